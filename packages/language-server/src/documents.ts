// The documents open in the editor and their analysis, cached per (version, settings, config) so every
// feature asking about one version shares one lint run.
import { createIncrementalLinter, type Config, type IncrementalLinter, type Locale } from '@rus-survey/core';
import { TextDocuments, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigResolver } from '@rus-survey/node';
import type { SettingsStore } from './settings.js';
import { analyseSurvey, type SurveyAnalysis } from './survey-analysis.js';

export class SurveyDocuments {
  readonly documents = new TextDocuments(TextDocument);
  private readonly cache = new Map<string, { key: string; analysis: SurveyAnalysis }>();
  /** One incremental linter per open document, for the config and locale it was made with; dropped on close. */
  private readonly linters = new Map<string, { key: string; linter: IncrementalLinter }>();
  private configGeneration = 0;

  constructor(
    private readonly configs: ConfigResolver,
    private readonly settings: SettingsStore,
    private readonly clientLocale: () => string | undefined,
  ) {
    this.documents.onDidClose((event) => {
      this.cache.delete(event.document.uri);
      this.linters.delete(event.document.uri);
    });
  }

  listen(connection: Connection): void {
    this.documents.listen(connection);
  }

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  all(): TextDocument[] {
    return this.documents.all();
  }

  /** A config or roster changed on disk: every cached analysis may be stale. */
  configChanged(): void {
    this.configGeneration++;
    this.configs.clear();
  }

  private linterFor(uri: string, config: Config, locale: Locale): IncrementalLinter {
    const key = JSON.stringify([config, locale]);
    const known = this.linters.get(uri);
    if (known?.key === key) return known.linter;
    const linter = createIncrementalLinter({ config, locale });
    this.linters.set(uri, { key, linter });
    return linter;
  }

  /** The open document's analysis; undefined when it is not open. */
  async analysis(uri: string): Promise<SurveyAnalysis | undefined> {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const settings = await this.settings.forDocument(uri);
    // The document may have changed while the settings were fetched; analyse what is current now.
    const current = this.documents.get(uri);
    if (!current) return undefined;
    const key = `${current.version}:${this.settings.generation}:${this.configGeneration}`;
    const cached = this.cache.get(uri);
    if (cached?.key === key) return cached.analysis;
    const analysis = analyseSurvey(uri, current.getText(), current.version, {
      configs: this.configs,
      settings,
      clientLocale: this.clientLocale(),
      linterFor: (config, locale) => this.linterFor(uri, config, locale),
    });
    this.cache.set(uri, { key, analysis });
    return analysis;
  }
}
