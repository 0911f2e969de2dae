// The public API of @rus-survey/core. Nothing else is exported; everything here is pure (no fs, no editor).

// The domain's shape (zod schemas and their types)
export * from './schema/index.js';

// Parse, lint, fix
export { buildSurvey } from './parse/parse-survey.js';
export { lintSurvey, parseSurvey, type LintOptions, type LintResult } from './lint/lint-survey.js';
export { validateSurvey, type ValidateOptions } from './validate/validate-survey.js';
export { createIncrementalLinter, type IncrementalLinter, type IncrementalUpdateStats } from './incremental/incremental-linter.js';
export { applyFixes, applyFixesDetailed, type ApplyFixesResult } from './fix/apply-fixes.js';
export { fixSurvey, type FixSurveyResult } from './fix/fix-survey.js';
export { disableDirectiveEdit, type DisableDirectiveRequest } from './fix/disable-directive-edit.js';
export { guardEdit, type GuardOptions, type GuardProblem, type GuardVerdict } from './fix/edit-guard.js';
export { guardFix } from './fix/guard-fix.js';
export { createFixGuard, type FixGuard } from './fix/fix-guard.js';
export {
  organisationNameProblem,
  renameMergeProblem,
  organisationRenameProblem,
  renameProblemMessage,
  guardProblemMessage,
  type RenameProblem,
} from './fix/organisation-rename.js';
export { createLineIndex, type LineIndex } from './parse/line-index.js';
export { DEFAULT_NO_ANSWER_MARKERS, DEFAULT_PLACEHOLDERS, type ParseOptions } from './parse/parse-options.js';
export { isSurveyDocument, type SurveyDocumentQuery } from './parse/is-survey-document.js';

// Rules
export { rules, findRule, ruleDocsUrl, RULE_DOCS_BASE_URL } from './rules/registry.js';
export type { Rule, RuleMeta, RuleId, RuleReport, RuleContext, FixReport, FixGroup } from './rules/rule.js';
export { resolveRuleSettings, type ResolvedRuleSetting } from './validate/rule-severities.js';

// Config and roster
export { loadConfig, mergeConfigs, type ConfigFile, type LoadConfigOptions, type LoadConfigResult } from './config/load-config.js';
export type { ConfigError } from './config/config-error.js';
export { configJsonSchema, CONFIG_JSON_SCHEMA_ID } from './config/config-json-schema.js';
export { matchesConfigGlobs } from './config/config-globs.js';
export { CONFIG_FILE_NAMES, isConfigFileName, configFormatOf, type ConfigFormat } from './config/config-file-names.js';
export { resolveRoster, resolveRosterDetailed, normalizeRosterEntries, type ResolvedRoster } from './roster/resolve-roster.js';
export { frontMatterRosterNameEdit, locateFrontMatterRosterName, locateRosterName, rosterNameEdit, rosterSyntaxOfPath, type RosterNameEdit, type RosterNameLocation, type RosterSyntax } from './roster/roster-name-location.js';
export { createOrganisationMatcher, type OrganisationMatcher, type OrganisationSuggestion, type SuggestionEvidence } from './roster/organisation-matcher.js';
export { foldForSearch, foldText } from './roster/fold-text.js';
export type { NearDuplicate, NearDuplicateEvidence } from './roster/near-duplicates.js';
export { knownOrganisation } from './organisations/known-organisations.js';
export { ROSTER_PRESET_ORGANISATIONS } from './organisations/roster-presets.js';
export type { KnownOrganisation } from './organisations/known-organisation.js';

// Import, serialize, compare
export { importSeedText, type SeedImportResult } from './import/seed-text.js';
export { importWebFormRows } from './import/web-form-rows.js';
// importDocxHtml is at `@rus-survey/core/docx-html`: its HTML parser stays out of what lint and the editor load.
export { importSpreadsheetRows } from './import/spreadsheet-rows.js';
export { importNoteMessage, summariseImport, type SurveyImport, type ImportSummary } from './import/import-result.js';
export { IMPORT_NOTE_TEXTS, type ImportNote, type ImportNoteId } from './import/import-notes.js';
export type { ImportOptions, PartRange } from './import/import-options.js';
export { isMetadataHeader, isOrganisationHeader } from './import/column-headers.js';
export { serializeSurvey, serializeSurveyContent } from './serialize/serialize-survey.js';
export { surveyContentOf } from './serialize/survey-content.js';
export { neutraliseSpreadsheetCell } from './serialize/spreadsheet-cell.js';
export { escapeTableCell } from './serialize/markdown-escape.js';
export { spreadsheetAnswerText } from './serialize/spreadsheet-answer-text.js';
export { answerRichText, type RichTextParagraph, type RichTextRun } from './serialize/answer-rich-text.js';
export { compareMatrix, countWords, type CompareSource, type CompareOptions } from './compare/compare-matrix.js';
export { matrixCoverage } from './compare/matrix-coverage.js';
export { compareRounds, type RoundSource, type CompareRoundsOptions } from './rounds/compare-rounds.js';
export { roundFromText, roundLabel } from './rounds/round-label.js';
export { wordDiff } from './rounds/word-diff.js';
export { isSameQuestionnaire } from './rounds/same-questionnaire.js';
export { answerInRound, type AnswerInRound } from './rounds/answer-in-round.js';
export { questionCoverage, type QuestionCoverage } from './compare/question-coverage.js';

// Languages
export { resolveLocale, formatMessage, localize, type LocalizedText } from './i18n/locale.js';
export { DEFAULT_CONFIDENTIALITY_NOTICE } from './i18n/default-notice.js';
export { quickFixTitle, type QuickFixTitle } from './i18n/quick-fix-titles.js';
