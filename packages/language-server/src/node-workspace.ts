// The language service's workspace, implemented with the node layer: open documents from the editor, survey
// files from the workspace index, closed files decoded as the CLI decodes them (BOMs, UTF-16, Windows-1252),
// configs through one resolver, settings through workspace/configuration.
import { readFileSync, statSync } from 'node:fs';
import { isSurveyDocument } from '@rus-survey/core';
import type { OpenDocument, SurveyConfigSource, SurveyFileText, SurveyWorkspace } from '@rus-survey/language-service';
import { readSurveyFile, type ConfigResolver, type ResolvedConfig } from '@rus-survey/node';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { filePathOf, fileUriOf } from './file-uri.js';
import { matchesSettingFiles, type ServerSettings, type SettingsStore } from './settings.js';
import type { WorkspaceIndex } from './workspace-index.js';

const NO_CONFIG: ResolvedConfig = { path: null, config: {}, errors: [], files: [] };

export class NodeWorkspace implements SurveyWorkspace {
  private configGeneration = 0;

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly index: WorkspaceIndex,
    private readonly configs: ConfigResolver,
    private readonly settingsStore: SettingsStore,
  ) {}

  /** A config or roster changed on disk: every cached analysis may be stale. */
  configChanged(): void {
    this.configGeneration++;
    this.configs.clear();
  }

  generation(): string {
    return `${this.configGeneration}:${this.settingsStore.generation}`;
  }

  getOpenDocument(uri: string): OpenDocument | undefined {
    const document = this.documents.get(uri);
    return document ? { uri, version: document.version, text: document.getText() } : undefined;
  }

  surveyUris(): Promise<readonly string[]> {
    return this.index.surveyUrisAfterScan();
  }

  surveyFileStamp(uri: string): number | undefined {
    const path = filePathOf(uri);
    if (!path) return undefined;
    try {
      return statSync(path).mtimeMs;
    } catch {
      return undefined;
    }
  }

  readSurveyFile(uri: string, maxFileSize: number): SurveyFileText | undefined {
    const path = filePathOf(uri);
    if (!path) return undefined;
    try {
      // Within the size limit (a character is at most 4 bytes); a FIFO is never opened.
      return { text: readSurveyFile(path, { maxBytes: maxFileSize * 4 }).text };
    } catch {
      return undefined;
    }
  }

  readConfigFile(uri: string): string | undefined {
    const path = filePathOf(uri);
    if (!path) return undefined;
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  }

  resolveConfig(uri: string): SurveyConfigSource {
    const resolved = this.resolved(uri);
    return {
      uri: resolved.path ? fileUriOf(resolved.path) : null,
      config: resolved.config,
      errors: resolved.errors.map((error) => ({ ...error, uri: fileUriOf(error.filename) })),
      fileUris: resolved.files.map(fileUriOf),
    };
  }

  isSurvey(uri: string, text: string, _config: SurveyConfigSource, settings: ServerSettings): boolean {
    const path = filePathOf(uri);
    if (path === null) return isSurveyDocument({ path: uri, text });
    const resolved = this.resolved(uri);
    if (this.configs.isIgnored(path, resolved)) return false;
    const matchedByConfig = this.configs.matchesFiles(path, resolved) || matchesSettingFiles(path, settings.files);
    return isSurveyDocument({ path, text, matchedByConfig });
  }

  settings(uri: string): Promise<ServerSettings> {
    return this.settingsStore.forDocument(uri);
  }

  private resolved(uri: string): ResolvedConfig {
    const path = filePathOf(uri);
    return path ? this.configs.resolveFor(path) : NO_CONFIG;
  }
}
