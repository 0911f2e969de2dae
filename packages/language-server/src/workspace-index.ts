// Every survey file under the workspace folders, found by a scan at start and kept current from
// workspace/didChangeWatchedFiles. Features that look across files (references, rename, workspace symbols,
// compare) read from here; an open document's editor text wins over the file on disk. Which files are surveys,
// and how a file's bytes become text, is decided by the node layer, as in the CLI.
import { statSync } from 'node:fs';
import { GitignoreFilter, decideSurveyFile, markdownFilesIn, readSurveyFile, readSurveyHead, type ConfigResolver } from '@rus-survey/node';
import { FileChangeType, type FileEvent } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import type { SurveyDocuments } from './documents.js';
import { matchesSettingFiles, type SettingsStore } from './settings.js';
import { analyseSurvey, filePathOf, type SurveyAnalysis } from './survey-analysis.js';

/** A safety net for huge trees: a workspace with more Markdown than this is indexed only in part. */
const MAX_FILES = 20_000;

interface IndexedFile {
  path: string;
  isSurvey: boolean;
  cached?: { mtimeMs: number; generation: string; analysis: SurveyAnalysis };
}

export class WorkspaceIndex {
  private readonly files = new Map<string, IndexedFile>();
  /** One per workspace folder: .gitignore leaves files out, as it does for the CLI. */
  private gitignores: GitignoreFilter[] = [];
  private configGeneration = 0;
  /** Settles when the first scan is done; workspace-wide answers wait for it. */
  private scanned: Promise<void> = Promise.resolve();

  constructor(
    private readonly configs: ConfigResolver,
    private readonly documents: SurveyDocuments,
    private readonly settings: SettingsStore,
    private readonly clientLocale: () => string | undefined,
    private readonly log: (message: string) => void,
  ) {}

  /** Scans once `before` settles (the workspace-wide settings); requests asked meanwhile wait for the scan. */
  scanAfter(before: Promise<unknown>, folderUris: readonly string[]): Promise<void> {
    this.scanned = before.catch(() => undefined).then(() => this.scan(folderUris));
    return this.scanned;
  }

  /** Walks the folders once; unreadable folders are skipped, never fatal. */
  scan(folderUris: readonly string[]): void {
    for (const folderUri of folderUris) {
      const root = filePathOf(folderUri);
      if (!root) continue;
      this.gitignores.push(new GitignoreFilter(root));
      this.walk(root);
    }
    this.log(`Indexed ${this.surveyUris().length} survey file(s) in ${folderUris.length} workspace folder(s).`);
  }

  /** workspace/didChangeWatchedFiles for Markdown files. */
  fileChanged(event: FileEvent): void {
    const path = filePathOf(event.uri);
    if (!path || !/\.md$/i.test(path)) return;
    const uri = URI.file(path).toString();
    if (event.type === FileChangeType.Deleted) this.files.delete(uri);
    else this.add(path);
  }

  /** Configs decide which files are surveys (`files`, `ignores`), so re-judge every file. */
  configChanged(): void {
    this.configGeneration++;
    // A snapshot: re-adding a key while iterating the map would visit it again, forever.
    const paths = [...this.files.values()].map((file) => file.path);
    this.files.clear();
    for (const path of paths) this.add(path);
  }

  /** Every survey: indexed files plus open survey documents that are not on disk (untitled). */
  surveyUris(): string[] {
    const uris = new Set<string>();
    for (const [uri, file] of this.files) if (file.isSurvey) uris.add(uri);
    for (const document of this.documents.all()) uris.add(document.uri);
    return [...uris];
  }

  /** The survey's analysis: the open document's when open, else the file's on disk (cached by mtime). */
  async analysis(uri: string): Promise<SurveyAnalysis | undefined> {
    const open = await this.documents.analysis(uri);
    if (open) return open;
    const path = filePathOf(uri);
    if (!path) return undefined;
    const key = URI.file(path).toString();
    const file = this.files.get(key) ?? { path, isSurvey: true };
    let mtimeMs: number;
    let text: string;
    try {
      mtimeMs = statSync(path).mtimeMs;
      const settings = await this.settings.forDocument(uri);
      const generation = `${this.configGeneration}:${this.settings.generation}`;
      if (file.cached && file.cached.mtimeMs === mtimeMs && file.cached.generation === generation) return file.cached.analysis;
      // Decoded as the CLI decodes it (BOMs, UTF-16, Windows-1252), within the size limit; a FIFO is never opened.
      text = readSurveyFile(path, { maxBytes: settings.maxFileSize * 4 }).text;
      const analysis = analyseSurvey(key, text, null, { configs: this.configs, settings, clientLocale: this.clientLocale() });
      file.cached = { mtimeMs, generation, analysis };
      return analysis;
    } catch {
      return undefined;
    }
  }

  /** Analyses of every survey in the workspace, skipping those that are not (or no longer) surveys. */
  async allSurveys(isCancelled: () => boolean = () => false): Promise<SurveyAnalysis[]> {
    await this.scanned.catch(() => undefined);
    const analyses: SurveyAnalysis[] = [];
    for (const uri of this.surveyUris()) {
      if (isCancelled()) break;
      const analysis = await this.analysis(uri);
      if (analysis?.result) analyses.push(analysis);
    }
    return analyses;
  }

  private walk(folder: string): void {
    let paths: string[];
    try {
      paths = markdownFilesIn(folder);
    } catch {
      return;
    }
    for (const path of paths) {
      if (this.files.size >= MAX_FILES) return;
      this.add(path);
    }
  }

  private add(path: string): void {
    try {
      const gitignore = this.gitignores.find((filter) => filter.ignores(path));
      const decision = decideSurveyFile(
        { path, configs: this.configs, ...(gitignore ? { gitignore } : {}), matchedBySetting: matchesSettingFiles(path, this.settings.global.files) },
        () => readSurveyHead(path),
      );
      this.files.set(URI.file(path).toString(), { path, isSurvey: decision === 'survey' });
    } catch {
      // A file that vanished or cannot be read is simply not indexed.
    }
  }
}
