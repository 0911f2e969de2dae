// The public API: the service, the workspace it needs, and the errors and data shapes adapters map.
export { createLanguageService, type DiagnosticsReport, type LanguageServiceOptions, type SurveyLanguageService } from './language-service.js';
export { DEFAULT_ANALYSIS_MEMORY, type AnalysisMemory } from './survey-analyses.js';
export {
  DEFAULT_SURVEY_SETTINGS,
  NO_CONFIG_SOURCE,
  type OpenDocument,
  type SurveyConfigError,
  type SurveyConfigSource,
  type SurveyFileText,
  type SurveySettings,
  type SurveyWorkspace,
} from './workspace.js';
export { ContentModifiedError, NEVER_CANCELLED, RequestCancelledError, type CancellationToken } from './cancellation.js';
export { RenameRefusedError } from './features/rename-refused.js';
export { FIX_ALL_KIND, type CodeActionOptions } from './features/code-actions.js';
export { DIAGNOSTIC_SOURCE, type FixData, type RusDiagnosticData } from './features/diagnostics.js';
