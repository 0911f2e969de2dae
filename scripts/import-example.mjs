// Regenerates examples/rus-natverket-2018.survey.md from the seed's text export with the core importer.
import { readFileSync, writeFileSync } from 'node:fs';
import { importSeedText } from '@rus-survey/core';

const { markdown, notes } = importSeedText(readFileSync('examples/rus-natverket-enkat-2018.txt', 'utf8'));
writeFileSync('examples/rus-natverket-2018.survey.md', markdown);
for (const note of notes) console.log(`note: ${note}`);
console.log('wrote examples/rus-natverket-2018.survey.md');
