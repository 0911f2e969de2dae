// The analyses the features share, cached so every request about one version of a document shares one lint
// run: open documents by (version, workspace generation), closed files by (stamp, generation). Each open
// document keeps its own incremental linter, so an edit re-lints only the blocks it changed. Closed files and
// small open documents are kept within a number of characters (`AnalysisCache`); a small open document dropped
// loses its linter too and is linted again, whole, when next asked about (milliseconds). Large open documents
// stay while open: linting one again costs seconds, and editing them is what the incremental linter is for.
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
}

export const DEFAULT_ANALYSIS_MEMORY: AnalysisMemory = { largeDocument: 256_000, openCharacters: 1_000_000, closedCharacters: 2_000_000 };

export class SurveyAnalyses {
  private readonly open: AnalysisCache<SurveyAnalysis>;
  private readonly openLarge: AnalysisCache<SurveyAnalysis>;
  private readonly closed: AnalysisCache<SurveyAnalysis>;
  private readonly largeDocument: number;
  /** One incremental linter per open document in `open` or `openLarge`, for the config and locale it was made with. */
  private readonly linters = new Map<string, { key: string; linter: IncrementalLinter }>();

  constructor(
    private readonly workspace: SurveyWorkspace,
    private readonly clientLocale: () => string | undefined,
    memory: AnalysisMemory = DEFAULT_ANALYSIS_MEMORY,
  ) {
    this.open = new AnalysisCache(memory.openCharacters, (uri) => this.linters.delete(uri));
    this.openLarge = new AnalysisCache(Infinity);
    this.largeDocument = memory.largeDocument;
    this.closed = new AnalysisCache(memory.closedCharacters);
  }

  /** The editor closed the document: its cache and linter go (the file on disk is read when asked). */
  documentClosed(uri: string): void {
    this.open.delete(uri);
    this.openLarge.delete(uri);
    this.linters.delete(uri);
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
    const [cache, other] = document.text.length >= this.largeDocument ? [this.openLarge, this.open] : [this.open, this.openLarge];
    other.delete(uri);
    const cached = cache.get(uri, key);
    if (cached) return cached;
    const configSource = this.workspace.resolveConfig(uri);
    const analysis = analyseSurvey(uri, document.text, document.version, {
      configSource,
      settings,
      clientLocale: this.clientLocale(),
      isSurvey: (text, settings) => this.workspace.isSurvey(uri, text, configSource, settings),
      linterFor: (config, locale) => this.linterFor(uri, config, locale),
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

  private linterFor(uri: string, config: Config, locale: Locale): IncrementalLinter {
    const key = JSON.stringify([config, locale]);
    const known = this.linters.get(uri);
    if (known?.key === key) return known.linter;
    const linter = createIncrementalLinter({ config, locale });
    this.linters.set(uri, { key, linter });
    return linter;
  }
}
