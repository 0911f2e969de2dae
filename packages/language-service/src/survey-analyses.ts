// The analyses the features share, cached so every request about one version of a document shares one lint
// run: open documents by (version, workspace generation), closed files by (stamp, generation). An open document
// that is being edited has its own incremental linter, so an edit re-lints only the blocks it changed. Closed
// files and small open documents are kept within a number of characters (`AnalysisCache`); a small open
// document dropped loses its linter too and is linted again, whole, when next asked about (milliseconds). Large
// open documents stay while open: linting one again costs seconds, and editing them is what the incremental
// linter is for.
//
// A linter's block cache costs about as much again as the analysis (107 KB for a 19 KB survey), and a document
// opened and never edited does not need one: small documents get a linter at their first edit, and only the
// few edited last keep theirs (a document edited again after losing its linter gets a new one: a cold lint of
// its blocks, milliseconds). Large documents get theirs at once, so their first edit is incremental too.
import { createIncrementalLinter, type Config, type IncrementalLinter, type Locale } from '@rus-survey/core';
import { AnalysisCache } from './analysis-cache.js';
import { ContentModifiedError, NEVER_CANCELLED, throwIfCancelled, type CancellationToken } from './cancellation.js';
import { analyseSurvey, type SurveyAnalysis } from './survey-analysis.js';
import type { SurveyWorkspace } from './workspace.js';

/** How many characters of survey text the analyses kept in memory may hold together. */
export interface AnalysisMemory {
  /** Open documents from this many characters on keep their analysis and linter while open (default 256,000). */
  largeDocument: number;
  /** Smaller open documents' analyses and incremental linters (default 1,000,000: about fifty 20 KB surveys). */
  openCharacters: number;
  /** Closed files' analyses, kept for workspace-wide features (default 2,000,000). */
  closedCharacters: number;
  /** How many small open documents, the ones edited last, keep an incremental linter (default 8). */
  editedLinters: number;
}

export const DEFAULT_ANALYSIS_MEMORY: AnalysisMemory = { largeDocument: 256_000, openCharacters: 1_000_000, closedCharacters: 2_000_000, editedLinters: 8 };

export class SurveyAnalyses {
  private readonly open: AnalysisCache<SurveyAnalysis>;
  private readonly openLarge: AnalysisCache<SurveyAnalysis>;
  private readonly closed: AnalysisCache<SurveyAnalysis>;
  private readonly largeDocument: number;
  private readonly editedLinters: number;
  /**
   * The incremental linters of large open documents and of the small ones edited last, for the config and
   * locale each was made with; in order of use, least recent first (a use re-inserts).
   */
  private readonly linters = new Map<string, { key: string; linter: IncrementalLinter; large: boolean }>();
  /** The version each open document was last analysed at: another version means it is being edited. */
  private readonly analysedVersions = new Map<string, number>();

  constructor(
    private readonly workspace: SurveyWorkspace,
    private readonly clientLocale: () => string | undefined,
    memory: AnalysisMemory = DEFAULT_ANALYSIS_MEMORY,
  ) {
    this.open = new AnalysisCache(memory.openCharacters, (uri) => this.linters.delete(uri));
    this.openLarge = new AnalysisCache(Infinity);
    this.largeDocument = memory.largeDocument;
    this.editedLinters = memory.editedLinters;
    this.closed = new AnalysisCache(memory.closedCharacters);
  }

  /** The editor closed the document: its cache and linter go (the file on disk is read when asked). */
  documentClosed(uri: string): void {
    this.open.delete(uri);
    this.openLarge.delete(uri);
    this.linters.delete(uri);
    this.analysedVersions.delete(uri);
  }

  /** The open document's analysis (its current version); undefined when it is not open. */
  async openAnalysis(uri: string): Promise<SurveyAnalysis | undefined> {
    if (!this.workspace.getOpenDocument(uri)) return undefined;
    // Read before the settings: if they change while these are fetched, the result is keyed as stale.
    const generation = this.workspace.generation();
    const settings = await this.workspace.settings(uri);
    // The document may have changed while the settings were fetched; analyse what is current now.
    const document = this.workspace.getOpenDocument(uri);
    if (!document) return undefined;
    const key = `${document.version}:${generation}`;
    // A document moves between the two when its size crosses the line.
    const large = document.text.length >= this.largeDocument;
    const [cache, other] = large ? [this.openLarge, this.open] : [this.open, this.openLarge];
    other.delete(uri);
    const cached = cache.get(uri, key);
    if (cached) return cached;
    const configSource = this.workspace.resolveConfig(uri);
    const analysedVersion = this.analysedVersions.get(uri);
    const edited = analysedVersion !== undefined && analysedVersion !== document.version;
    this.analysedVersions.set(uri, document.version);
    const incremental = large || edited || this.linters.has(uri);
    const analysis = analyseSurvey(uri, document.text, document.version, {
      configSource,
      settings,
      clientLocale: this.clientLocale(),
      isSurvey: (text, settings) => this.workspace.isSurvey(uri, text, configSource, settings),
      ...(incremental ? { linterFor: (config: Config, locale: Locale) => this.linterFor(uri, config, locale, large) } : {}),
    });
    cache.set(uri, key, analysis, document.text.length);
    return analysis;
  }

  /** The survey's analysis: the open document's when open, else the file's (cached by its stamp). */
  async analysis(uri: string): Promise<SurveyAnalysis | undefined> {
    const open = await this.openAnalysis(uri);
    if (open) return open;
    this.documentClosed(uri);
    try {
      const stamp = this.workspace.surveyFileStamp(uri);
      if (stamp === undefined) {
        this.closed.delete(uri);
        return undefined;
      }
      const generation = this.workspace.generation();
      const settings = await this.workspace.settings(uri);
      const key = `${stamp}:${generation}`;
      const cached = this.closed.get(uri, key);
      if (cached) return cached;
      const file = this.workspace.readSurveyFile(uri, settings.maxFileSize);
      if (!file) return undefined;
      const configSource = this.workspace.resolveConfig(uri);
      const analysis = analyseSurvey(uri, file.text, null, {
        configSource,
        settings,
        clientLocale: this.clientLocale(),
        isSurvey: (text, settings) => this.workspace.isSurvey(uri, text, configSource, settings),
      });
      this.closed.set(uri, key, analysis, file.text.length);
      return analysis;
    } catch {
      return undefined;
    }
  }

  /** Analyses of every survey in the workspace that could be validated. */
  async allSurveys(token: CancellationToken = NEVER_CANCELLED): Promise<SurveyAnalysis[]> {
    const uris = await this.workspace.surveyUris();
    throwIfCancelled(token);
    const analyses: SurveyAnalysis[] = [];
    for (const uri of uris) {
      if (token.isCancellationRequested) break;
      const analysis = await this.analysis(uri);
      if (analysis?.result) analyses.push(analysis);
    }
    throwIfCancelled(token);
    // Each analysis was taken across awaits (settings, reads); an edit meanwhile has moved an open document's
    // positions under the analysis taken before it.
    for (const analysis of analyses) this.throwIfModified(analysis);
    return analyses;
  }

  /** Throws `ContentModifiedError` when `analysis` is of an open document that has been edited since. */
  throwIfModified(analysis: SurveyAnalysis): void {
    if (analysis.version !== null && this.workspace.getOpenDocument(analysis.uri)?.version !== analysis.version) throw new ContentModifiedError(analysis.uri);
  }

  private linterFor(uri: string, config: Config, locale: Locale, large: boolean): IncrementalLinter {
    const key = JSON.stringify([config, locale]);
    const known = this.linters.get(uri);
    this.linters.delete(uri);
    const entry = known?.key === key ? { ...known, large } : { key, linter: createIncrementalLinter({ config, locale }), large };
    this.linters.set(uri, entry);
    let small = 0;
    for (const other of this.linters.values()) if (!other.large) small++;
    for (const [oldest, other] of this.linters) {
      if (small <= this.editedLinters || oldest === uri) break;
      if (other.large) continue;
      this.linters.delete(oldest);
      small--;
    }
    return entry.linter;
  }
}
