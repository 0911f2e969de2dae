export * from './source-range.js';
export * from './survey.js';
export * from './roster.js';
export * from './config.js';
export * from './diagnostic.js';
export * from './front-matter.js';
export * from './compare.js';
export * from './survey-content.js';
