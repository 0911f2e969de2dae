// @rus-survey/compare-ui: the compare view (browser) and the standalone report (Node or browser).
export { mountCompareView, type ViewName } from './mount.js';
export type { CompareHost, CompareView, CompareViewOptions, ExportFormat } from './types.js';
export type { SavedState } from './saved-state.js';
export type { Locale } from './i18n.js';
export { buildViewModel, applyFilters, wordLevel, STATUS_SYMBOL, NO_FILTERS } from './view-model.js';
export type { ViewModel, QuestionModel, OrganisationModel, PartModel, CellModel, Filters, FilterResult } from './view-model.js';
export { answerParagraphs, answerPlainText, findMatches } from './answer-text.js';
export { matrixToCsv } from './csv.js';
export { roundsToCsv } from './rounds/rounds-csv.js';
export { mountRoundsView, type RoundsView, type RoundsViewOptions } from './rounds/rounds-view.js';
export type { RoundsState } from './rounds/rounds-state.js';
export { renderRoundsHtml, ROUNDS_DATA_ELEMENT_ID } from './rounds/rounds-html.js';
export { jsonForScript, escapeHtml } from './escape.js';
export { renderStandaloneHtml, randomNonce, DATA_ELEMENT_ID, type StandaloneHtmlOptions } from './standalone-html.js';
