// The analyses the features share, cached so every request about one version of a document shares one lint
// run: open documents by (version, workspace generation), closed files by (stamp, generation). Each open
// document keeps its own incremental linter, so an edit re-lints only the blocks it changed.
import { createIncrementalLinter, type Config, type IncrementalLinter, type Locale } from '@rus-survey/core';
import { throwIfCancelled, type CancellationToken, NEVER_CANCELLED } from './cancellation.js';
import { analyseSurvey, type SurveyAnalysis } from './survey-analysis.js';
import type { SurveyWorkspace } from './workspace.js';

interface Cached {
  key: string;
  analysis: SurveyAnalysis;
}

export class SurveyAnalyses {
  private readonly open = new Map<string, Cached>();
  private readonly closed = new Map<string, Cached>();
  /** One incremental linter per open document, for the config and locale it was made with. */
  private readonly linters = new Map<string, { key: string; linter: IncrementalLinter }>();

  constructor(
    private readonly workspace: SurveyWorkspace,
    private readonly clientLocale: () => string | undefined,
  ) {}

  /** The editor closed the document: its cache and linter go (the file on disk is read when asked). */
  documentClosed(uri: string): void {
    this.open.delete(uri);
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
    const cached = this.open.get(uri);
    if (cached?.key === key) return cached.analysis;
    const configSource = this.workspace.resolveConfig(uri);
    const analysis = analyseSurvey(uri, document.text, document.version, {
      configSource,
      settings,
      clientLocale: this.clientLocale(),
      isSurvey: (text, settings) => this.workspace.isSurvey(uri, text, configSource, settings),
      linterFor: (config, locale) => this.linterFor(uri, config, locale),
    });
    this.open.set(uri, { key, analysis });
    return analysis;
  }

  /** The survey's analysis: the open document's when open, else the file's (cached by its stamp). */
  async analysis(uri: string): Promise<SurveyAnalysis | undefined> {
    const open = await this.openAnalysis(uri);
    if (open) return open;
    this.open.delete(uri);
    this.linters.delete(uri);
    try {
      const stamp = this.workspace.surveyFileStamp(uri);
      if (stamp === undefined) {
        this.closed.delete(uri);
        return undefined;
      }
      const generation = this.workspace.generation();
      const settings = await this.workspace.settings(uri);
      const key = `${stamp}:${generation}`;
      const cached = this.closed.get(uri);
      if (cached?.key === key) return cached.analysis;
      const file = this.workspace.readSurveyFile(uri, settings.maxFileSize);
      if (!file) return undefined;
      const configSource = this.workspace.resolveConfig(uri);
      const analysis = analyseSurvey(uri, file.text, null, {
        configSource,
        settings,
        clientLocale: this.clientLocale(),
        isSurvey: (text, settings) => this.workspace.isSurvey(uri, text, configSource, settings),
      });
      this.closed.set(uri, { key, analysis });
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
    return analyses;
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
