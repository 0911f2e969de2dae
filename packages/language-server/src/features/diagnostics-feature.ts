// When diagnostics reach the client: pushed (debounced, validated one document at a time around queued
// requests) to clients without pull support, pulled (textDocument/diagnostic) otherwise. What they say is the
// language service's.
import { RequestCancelledError, type CancellationToken as ServiceToken, type SurveyLanguageService } from '@rus-survey/language-service';
import {
  DiagnosticRefreshRequest,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Connection,
  type DiagnosticServerCancellationData,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { SettingsStore } from '../settings.js';
import type { ValidationQueue } from '../validation-queue.js';
import { cancelled, responseErrorOf } from './cancellation.js';

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

/** How long validation of a newly opened document lets the client's next messages arrive first. */
const OPEN_PAUSE_MS = 100;

export class DiagnosticsFeature {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** When each open document last changed (ms), for debouncing pulls as pushes are. */
  private readonly lastChange = new Map<string, number>();
  /** True when the client pulls (textDocument/diagnostic); then nothing is pushed. */
  pullMode = false;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly service: SurveyLanguageService,
    private readonly settings: SettingsStore,
    private readonly queue: ValidationQueue,
  ) {}

  /**
   * On open: validate shortly after, once no request waits. Clients send their first requests (symbols, folding,
   * code lenses, a hover elsewhere) right behind didOpen, and a busy machine may deliver them a little later than
   * the open itself; the pause lets them be read first instead of waiting for the first validation.
   */
  opened(uri: string): void {
    if (!this.pullMode) this.publishAfter(uri, OPEN_PAUSE_MS);
  }

  /** On change: validate when typing pauses (rusSurvey.debounceMs); a pull waits for the pause too. */
  changed(uri: string): void {
    this.lastChange.set(uri, Date.now());
    if (this.pullMode) return;
    clearTimeout(this.timers.get(uri));
    // The older version's validation, if it has not started, is not wanted any more.
    this.queue.cancel(uri);
    void this.settings.forDocument(uri).then((settings) => this.publishAfter(uri, settings.debounceMs));
  }

  /** Queues the document's validation and publication `ms` from now, replacing one already waiting. */
  private publishAfter(uri: string, ms: number): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.queue.schedule(uri, () => this.publish(uri));
      }, ms),
    );
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
    // Only open documents are reported (a closed file's diagnostics would never be cleared).
    // An edit while the service pauses makes the rest of the conversion not worth doing (superseded below).
    const cancelledOrEdited = this.untilEdited(uri, version, token);
    let report;
    try {
      report = version === undefined ? undefined : await this.service.getDiagnostics(uri, cancelledOrEdited);
    } catch (error) {
      if (!token.isCancellationRequested && version !== undefined && this.documents.get(uri)?.version !== version) throw superseded();
      throw responseErrorOf(error) ?? error;
    }
    if (token.isCancellationRequested) throw cancelled();
    // The service pauses for queued messages after the lint; an edit read then makes this report stale.
    if (version !== undefined && this.documents.get(uri)?.version !== version) throw superseded();
    return { kind: DocumentDiagnosticReportKind.Full, items: report?.diagnostics ?? [] };
  }

  /** A token cancelled once `token` is, or the document is no longer at `version` (edited or closed). */
  private untilEdited(uri: string, version: number | undefined, token?: CancellationToken): ServiceToken {
    const documents = this.documents;
    return {
      get isCancellationRequested(): boolean {
        return (token?.isCancellationRequested ?? false) || documents.get(uri)?.version !== version;
      },
    };
  }

  private async publish(uri: string): Promise<void> {
    try {
      const version = this.documents.get(uri)?.version;
      if (version === undefined) return;
      // An edit or a close while the diagnostics are converted makes them not worth finishing.
      const report = await this.service.getDiagnostics(uri, this.untilEdited(uri, version));
      const document = this.documents.get(uri);
      if (!report || !document || document.version !== report.version) return;
      await this.connection.sendDiagnostics({ uri, version: document.version, diagnostics: report.diagnostics });
    } catch (error) {
      if (error instanceof RequestCancelledError) return;
      this.connection.console.error(`Validating ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
}
