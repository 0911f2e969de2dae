// The one engine behind every adapter: each editor feature as a method over an injected workspace, answering
// plain LSP data types (vscode-languageserver-types). The language server binds these methods to LSP requests;
// tests call them on an in-memory workspace. Nothing here knows a connection or a file system.
import type { CompareMatrix, RoundsComparison } from '@rus-survey/core';
import type { AnswerInRoundResult, CompareMatrixParams, NavigateDirection, SurveyPosition } from '@rus-survey/protocol';
import type {
  CodeAction,
  CodeActionContext,
  CodeLens,
  CompletionItem,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Location,
  Position,
  Range,
  SymbolInformation,
  WorkspaceEdit,
} from 'vscode-languageserver-types';
import { NEVER_CANCELLED, throwIfCancelled, type CancellationToken } from './cancellation.js';
import { codeActions, fixAllUri, resolveCodeAction, type CodeActionOptions } from './features/code-actions.js';
import { codeLenses } from './features/code-lens.js';
import { compare } from './features/compare.js';
import { completions } from './features/completion.js';
import { coverageMessage } from './features/coverage-message.js';
import { definition } from './features/definition.js';
import { diagnosticsOf } from './features/diagnostics.js';
import { foldingRanges } from './features/folding.js';
import { hover } from './features/hover.js';
import { navigate } from './features/navigate.js';
import { references } from './features/references.js';
import { prepareRename, rename } from './features/rename.js';
import { answerInOtherRound, rounds } from './features/rounds.js';
import { surveyPosition } from './features/survey-position.js';
import { documentSymbols, flatSymbols } from './features/symbols.js';
import { workspaceSymbols } from './features/workspace-symbols.js';
import { isValidPosition } from './positions.js';
import { DEFAULT_ANALYSIS_MEMORY, SurveyAnalyses, type AnalysisMemory } from './survey-analyses.js';
import { validated, type ValidatedSurvey } from './survey-lookup.js';
import type { SurveyWorkspace } from './workspace.js';

export interface LanguageServiceOptions {
  workspace: SurveyWorkspace;
  /** The client's UI locale (LSP initialize's `locale`), used when the `locale` setting is empty. */
  clientLocale?: () => string | undefined;
  /**
   * Lets the host handle other work inside a long job (diagnostics: after the lint, between chunks of the
   * conversion), so requests that arrived meanwhile are answered first. The server waits until its queued
   * messages are handled; the default (no host) only lets pending promise callbacks run.
   */
  pause?: () => Promise<void>;
  /** How much survey text the cached analyses may hold (see `AnalysisMemory`). */
  memory?: Partial<AnalysisMemory>;
}

/** A document's diagnostics and the version they are for (null for a file read from disk). */
export interface DiagnosticsReport {
  version: number | null;
  diagnostics: Diagnostic[];
}

export interface SurveyLanguageService {
  /** The editor closed the document: its cached analysis and incremental linter are dropped. */
  documentClosed(uri: string): void;
  /**
   * Diagnostics of the document's current text; undefined when it cannot be read. Empty for non-surveys. The
   * lint itself runs in one piece; what follows it pauses (`LanguageServiceOptions.pause`) and stops when the
   * token is cancelled.
   */
  getDiagnostics(uri: string, token?: CancellationToken): Promise<DiagnosticsReport | undefined>;
  /** The outline: nested when `hierarchical`, else flattened with container names. */
  getDocumentSymbols(uri: string, options: { hierarchical: boolean }, token?: CancellationToken): Promise<DocumentSymbol[] | SymbolInformation[]>;
  getFoldingRanges(uri: string, token?: CancellationToken): Promise<FoldingRange[]>;
  getHover(uri: string, position: Position, token?: CancellationToken): Promise<Hover | null>;
  getCompletions(uri: string, position: Position, token?: CancellationToken): Promise<CompletionItem[]>;
  getDefinition(uri: string, position: Position, token?: CancellationToken): Promise<Location | null>;
  getReferences(uri: string, position: Position, options: { includeDeclaration: boolean }, token?: CancellationToken): Promise<Location[] | null>;
  prepareRename(uri: string, position: Position, token?: CancellationToken): Promise<{ range: Range; placeholder: string } | null>;
  /** The rename as one edit; throws `RenameRefusedError` (with the reason, localized) when it cannot be done. */
  getRenameEdit(uri: string, position: Position, newName: string, token?: CancellationToken): Promise<WorkspaceEdit | null>;
  getCodeActions(uri: string, context: CodeActionContext, options: CodeActionOptions, token?: CancellationToken): Promise<CodeAction[]>;
  /** Fills in a fix-all action's edit (computed only now, on the document as it is). */
  resolveCodeAction(action: CodeAction, token?: CancellationToken): Promise<CodeAction>;
  getCodeLenses(uri: string, options: { clientCommands: ReadonlySet<string> }, token?: CancellationToken): Promise<CodeLens[]>;
  /** Who answered the question whose heading is on `headingLine` (0-based), as one sentence. */
  getCoverageMessage(uri: string, headingLine: number, token?: CancellationToken): Promise<string | null>;
  navigate(uri: string, position: Position, direction: NavigateDirection, token?: CancellationToken): Promise<Location | null>;
  getCompareMatrix(params: CompareMatrixParams, token?: CancellationToken): Promise<CompareMatrix>;
  getRounds(uri: string, token?: CancellationToken): Promise<RoundsComparison | null>;
  getAnswerInRound(uri: string, position: Position, step: number, token?: CancellationToken): Promise<AnswerInRoundResult | null>;
  getWorkspaceSymbols(query: string, token?: CancellationToken): Promise<SymbolInformation[]>;
  /** The question and organisation at a position; null when the document is not a survey. */
  getSurveyPosition(uri: string, position: Position, token?: CancellationToken): Promise<SurveyPosition | null>;
}

export function createLanguageService(options: LanguageServiceOptions): SurveyLanguageService {
  const { workspace } = options;
  const analyses = new SurveyAnalyses(workspace, options.clientLocale ?? (() => undefined), { ...DEFAULT_ANALYSIS_MEMORY, ...options.memory });
  const pause = options.pause ?? (() => Promise.resolve());

  /** Runs `handler` on a validated survey; anything else (not a survey, unknown, bad position) answers `fallback`. */
  async function onSurvey<T>(uri: unknown, token: CancellationToken, fallback: T, handler: (survey: ValidatedSurvey) => T | Promise<T>, position?: unknown): Promise<T> {
    // Clients (and tests) may send anything; a malformed request gets the empty answer.
    if (typeof uri !== 'string' || (position !== undefined && !isValidPosition(position))) return fallback;
    const survey = validated(await analyses.analysis(uri));
    throwIfCancelled(token);
    return survey ? handler(survey) : fallback;
  }

  return {
    documentClosed: (uri) => analyses.documentClosed(uri),
    async getDiagnostics(uri, token = NEVER_CANCELLED) {
      const analysis = await analyses.analysis(uri);
      throwIfCancelled(token);
      if (!analysis) return undefined;
      // Requests read while the lint ran are answered before its findings are converted and sent.
      await pause();
      throwIfCancelled(token);
      return { version: analysis.version, diagnostics: await diagnosticsOf(analysis, pause, token) };
    },
    getDocumentSymbols: (uri, { hierarchical }, token = NEVER_CANCELLED) =>
      onSurvey<DocumentSymbol[] | SymbolInformation[]>(uri, token, [], (survey) => {
        const symbols = documentSymbols(survey);
        return hierarchical ? symbols : flatSymbols(survey.uri, symbols);
      }),
    getFoldingRanges: (uri, token = NEVER_CANCELLED) => onSurvey(uri, token, [], foldingRanges),
    getHover: (uri, position, token = NEVER_CANCELLED) => onSurvey(uri, token, null, (survey) => hover(survey, position), position),
    getCompletions: (uri, position, token = NEVER_CANCELLED) => onSurvey(uri, token, [], (survey) => completions(survey, position), position),
    getDefinition: (uri, position, token = NEVER_CANCELLED) => onSurvey(uri, token, null, (survey) => definition(survey, position, workspace), position),
    getReferences: (uri, position, { includeDeclaration }, token = NEVER_CANCELLED) =>
      onSurvey(uri, token, null, (survey) => references(survey, position, includeDeclaration, analyses, workspace, token), position),
    prepareRename: (uri, position, token = NEVER_CANCELLED) => onSurvey(uri, token, null, (survey) => prepareRename(survey, position), position),
    getRenameEdit: (uri, position, newName, token = NEVER_CANCELLED) =>
      typeof newName !== 'string' ? Promise.resolve(null) : onSurvey(uri, token, null, (survey) => rename(survey, position, newName, analyses, workspace, token), position),
    getCodeActions: (uri, context, codeActionOptions, token = NEVER_CANCELLED) => onSurvey(uri, token, [], (survey) => codeActions(survey, context, codeActionOptions)),
    resolveCodeAction: (action, token = NEVER_CANCELLED) => onSurvey(fixAllUri(action), token, action, (survey) => resolveCodeAction(survey, action)),
    getCodeLenses: (uri, { clientCommands }, token = NEVER_CANCELLED) => onSurvey(uri, token, [], (survey) => codeLenses(survey, clientCommands)),
    getCoverageMessage: (uri, headingLine, token = NEVER_CANCELLED) =>
      Number.isInteger(headingLine) ? onSurvey(uri, token, null, (survey) => coverageMessage(survey, headingLine)) : Promise.resolve(null),
    navigate: (uri, position, direction, token = NEVER_CANCELLED) => onSurvey(uri, token, null, (survey) => navigate(survey, position, direction), position),
    getCompareMatrix: (params, token = NEVER_CANCELLED) => compare(analyses, params ?? { uris: [] }, token),
    getRounds: (uri, token = NEVER_CANCELLED) => (typeof uri === 'string' ? rounds(analyses, uri, token) : Promise.resolve(null)),
    getAnswerInRound: (uri, position, step, token = NEVER_CANCELLED) =>
      Number.isInteger(step) ? onSurvey(uri, token, null, (survey) => answerInOtherRound(analyses, survey, position, step, token), position) : Promise.resolve(null),
    getWorkspaceSymbols: (query, token = NEVER_CANCELLED) => workspaceSymbols(query, analyses, token),
    getSurveyPosition: (uri, position, token = NEVER_CANCELLED) => onSurvey(uri, token, null, (survey) => surveyPosition(survey, position), position),
  };
}
