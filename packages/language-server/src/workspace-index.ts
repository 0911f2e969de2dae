// Every survey file under the workspace folders, found by a scan at start and kept current from
// workspace/didChangeWatchedFiles: the survey URIs the language service's workspace-wide features (references,
// rename, workspace symbols, rounds) look through. Which files are surveys is decided by the node layer, as in
// the CLI.
import { GitignoreFilter, decideSurveyFile, markdownFilesIn, readSurveyHead, type ConfigResolver } from '@rus-survey/node';
import { FileChangeType, type FileEvent, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { filePathOf } from './file-uri.js';
import { matchesSettingFiles, type SettingsStore } from './settings.js';

/** A safety net for huge trees: a workspace with more Markdown than this is indexed only in part. */
const MAX_FILES = 20_000;

interface IndexedFile {
  path: string;
  isSurvey: boolean;
}

export class WorkspaceIndex {
  private readonly files = new Map<string, IndexedFile>();
  /** One per workspace folder: .gitignore leaves files out, as it does for the CLI. */
  private gitignores: GitignoreFilter[] = [];
  /** Settles when the first scan is done; workspace-wide answers wait for it. */
  private scanned: Promise<void> = Promise.resolve();

  constructor(
    private readonly configs: ConfigResolver,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsStore,
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

  /** The survey URIs once the first scan is done (requests asked meanwhile wait for it). */
  async surveyUrisAfterScan(): Promise<string[]> {
    await this.scanned.catch(() => undefined);
    return this.surveyUris();
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
