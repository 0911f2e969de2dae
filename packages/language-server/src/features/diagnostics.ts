// Core diagnostics as LSP diagnostics: rule id → code, docs url → codeDescription.href, the fixes → data (so
// code actions need no server-side state). Pushed (debounced) to clients without pull support, pulled otherwise.
import { findRule, ruleDocsUrl, type Diagnostic as CoreDiagnostic, type Fix, type Locale, type OrganisationRename, type Severity } from '@rus-survey/core';
import {
  DiagnosticRefreshRequest,
  LSPErrorCodes,
  ResponseError,
  type DiagnosticServerCancellationData,
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type TextEdit,
} from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import type { SurveyDocuments } from '../documents.js';
import { toLspRange, toLspTextEdit } from '../positions.js';
import type { SettingsStore } from '../settings.js';
import type { SurveyAnalysis } from '../survey-analysis.js';
import type { ValidationQueue } from '../validation-queue.js';
import { cancelled } from './cancellation.js';

export const DIAGNOSTIC_SOURCE = 'rus-survey';

export interface FixData {
  title: string;
  edits: TextEdit[];
  /** The organisations the fix renames on purpose (core's guard lets their answers move). */
  renames?: OrganisationRename[];
}

/** What a rus-survey diagnostic carries in `data`: everything its quick fixes need. */
export interface RusDiagnosticData {
  ruleId: string;
  ruleName: string;
  fix?: FixData;
  suggestions?: FixData[];
  /** Core's facts about the finding (question number, organisation, …). */
  facts?: Record<string, unknown>;
}

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

const SERVER_MESSAGES = {
  tooLarge: {
    en: 'This file is too large to validate ({size} characters; the limit is {limit}, setting rusSurvey.maxFileSize).',
    sv: 'Filen är för stor för att valideras ({size} tecken; gränsen är {limit}, inställningen rusSurvey.maxFileSize).',
  },
  binary: {
    en: 'This file looks binary (it contains NUL characters), so it was not validated.',
    sv: 'Filen ser binär ut (den innehåller NUL-tecken), så den validerades inte.',
  },
  config: {
    en: 'Invalid config {file}:{line}:{column}: {message}',
    sv: 'Ogiltig konfiguration {file}:{line}:{column}: {message}',
  },
} as const;

function say(id: keyof typeof SERVER_MESSAGES, locale: Locale, data: Record<string, string | number>): string {
  return SERVER_MESSAGES[id][locale].replace(/\{(\w+)\}/g, (whole, key: string) => String(data[key] ?? whole));
}

const toFixData = (fix: Fix): FixData => ({ title: fix.title, edits: fix.edits.map(toLspTextEdit), ...(fix.renames ? { renames: fix.renames } : {}) });

export function toLspDiagnostic(diagnostic: CoreDiagnostic): Diagnostic {
  const rule = findRule(diagnostic.ruleId);
  const data: RusDiagnosticData = {
    ruleId: diagnostic.ruleId,
    ruleName: diagnostic.ruleName,
    ...(diagnostic.fix ? { fix: toFixData(diagnostic.fix) } : {}),
    ...(diagnostic.suggestions?.length ? { suggestions: diagnostic.suggestions.map(toFixData) } : {}),
    ...(diagnostic.data ? { facts: diagnostic.data } : {}),
  };
  return {
    range: toLspRange(diagnostic.range),
    severity: SEVERITIES[diagnostic.severity],
    code: diagnostic.ruleId,
    ...(rule ? { codeDescription: { href: ruleDocsUrl(rule) } } : {}),
    source: DIAGNOSTIC_SOURCE,
    message: `${diagnostic.ruleName}: ${diagnostic.message}`,
    data,
  };
}

const FIRST_LINE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The LSP diagnostics of one analysed document; empty for anything that is not a survey. */
export function diagnosticsOf(analysis: SurveyAnalysis): Diagnostic[] {
  if (!analysis.isSurvey) return [];
  const diagnostics: Diagnostic[] = analysis.configSource.errors.map((error) => ({
    range: FIRST_LINE,
    severity: DiagnosticSeverity.Error,
    code: 'config',
    source: DIAGNOSTIC_SOURCE,
    message: say('config', analysis.locale, { file: error.filename, line: error.line, column: error.column, message: error.localized[analysis.locale] }),
    // Lets the editor jump to the error in the config itself.
    relatedInformation: [
      {
        location: {
          uri: URI.file(error.filename).toString(),
          range: toLspRange({ start: { line: error.line, column: error.column, offset: 0 }, end: { line: error.endLine, column: error.endColumn, offset: 0 } }),
        },
        message: error.localized[analysis.locale],
      },
    ],
  }));
  if (analysis.skipped === 'too-large') {
    diagnostics.push({
      range: FIRST_LINE,
      severity: DiagnosticSeverity.Warning,
      code: 'too-large',
      source: DIAGNOSTIC_SOURCE,
      message: say('tooLarge', analysis.locale, { size: analysis.text.length, limit: analysis.maxFileSize }),
    });
  } else if (analysis.skipped === 'binary') {
    diagnostics.push({ range: FIRST_LINE, severity: DiagnosticSeverity.Warning, code: 'binary', source: DIAGNOSTIC_SOURCE, message: say('binary', analysis.locale, {}) });
  }
  for (const diagnostic of analysis.result?.diagnostics ?? []) diagnostics.push(toLspDiagnostic(diagnostic));
  return diagnostics;
}

/**
 * A pull for a version that an edit has already replaced: the client is asked to pull again, which it does for
 * the new version (vscode-languageclient 9 treats `retriggerRequest: false` as a failed pull and stops pulling
 * the document).
 */
function superseded(): ResponseError<DiagnosticServerCancellationData> {
  return new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed; its newer version is validated instead.', { retriggerRequest: true });
}

/** Waits `ms`, or less when the request is cancelled. */
function pause(ms: number, token: CancellationToken): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    const listener = token.onCancellationRequested(done);
    function done(): void {
      clearTimeout(timer);
      listener.dispose();
      resolve();
    }
  });
}

export class DiagnosticsFeature {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** When each open document last changed (ms), for debouncing pulls as pushes are. */
  private readonly lastChange = new Map<string, number>();
  /** True when the client pulls (textDocument/diagnostic); then nothing is pushed. */
  pullMode = false;

  constructor(
    private readonly connection: Connection,
    private readonly documents: SurveyDocuments,
    private readonly settings: SettingsStore,
    private readonly queue: ValidationQueue,
  ) {}

  /** On open: validate as soon as no request waits. */
  opened(uri: string): void {
    if (!this.pullMode) this.queue.schedule(uri, () => this.publish(uri));
  }

  /** On change: validate when typing pauses (rusSurvey.debounceMs); a pull waits for the pause too. */
  changed(uri: string): void {
    this.lastChange.set(uri, Date.now());
    if (this.pullMode) return;
    clearTimeout(this.timers.get(uri));
    // The older version's validation, if it has not started, is not wanted any more.
    this.queue.cancel(uri);
    void this.settings.forDocument(uri).then((settings) => {
      clearTimeout(this.timers.get(uri));
      this.timers.set(
        uri,
        setTimeout(() => {
          this.timers.delete(uri);
          this.queue.schedule(uri, () => this.publish(uri));
        }, settings.debounceMs),
      );
    });
  }

  closed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.lastChange.delete(uri);
    this.queue.cancel(uri);
    if (!this.pullMode) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Settings or a config changed: every open document again (pull clients are asked to refresh). */
  revalidateAll(): void {
    if (this.pullMode) {
      // Clients that do not support refresh answer with an error; there is nothing else to do then.
      this.connection.sendRequest(DiagnosticRefreshRequest.type).catch(() => undefined);
      return;
    }
    for (const document of this.documents.all()) this.queue.schedule(document.uri, () => this.publish(document.uri));
  }

  async pull(params: DocumentDiagnosticParams, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const uri = params.textDocument.uri;
    const version = this.documents.get(uri)?.version;
    if (version !== undefined) {
      const { debounceMs } = await this.settings.forDocument(uri);
      // Typing goes on: wait for the pause, as pushed diagnostics do; an edit meanwhile supersedes this pull.
      for (let wait = (this.lastChange.get(uri) ?? 0) + debounceMs - Date.now(); wait > 0 && !token.isCancellationRequested; wait = (this.lastChange.get(uri) ?? 0) + debounceMs - Date.now())
        await pause(wait, token);
      if (token.isCancellationRequested) throw cancelled();
      if (this.documents.get(uri)?.version !== version) throw superseded();
      await this.queue.turn();
      if (token.isCancellationRequested) throw cancelled();
      if (this.documents.get(uri)?.version !== version) throw superseded();
    }
    const analysis = await this.documents.analysis(uri);
    if (token.isCancellationRequested) throw cancelled();
    return { kind: DocumentDiagnosticReportKind.Full, items: analysis ? diagnosticsOf(analysis) : [] };
  }

  private async publish(uri: string): Promise<void> {
    try {
      const analysis = await this.documents.analysis(uri);
      const document = this.documents.get(uri);
      if (!analysis || !document || document.version !== analysis.version) return;
      await this.connection.sendDiagnostics({ uri, version: analysis.version ?? undefined, diagnostics: diagnosticsOf(analysis) });
    } catch (error) {
      this.connection.console.error(`Validating ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
}
