// A SurveyWorkspace over Maps: files (surveys and configs) by URI, open documents with versions, settings.
// Configs are found as the node layer finds them (the nearest `.rus-survey.*` up the URI's folders) and loaded
// by core; no disk anywhere, so every test states its whole world.
import { CONFIG_FILE_NAMES, isSurveyDocument, loadConfig } from '@rus-survey/core';
import {
  createLanguageService,
  DEFAULT_SURVEY_SETTINGS,
  NO_CONFIG_SOURCE,
  type OpenDocument,
  type SurveyConfigSource,
  type LanguageServiceOptions,
  type SurveyFileText,
  type SurveyLanguageService,
  type SurveySettings,
  type SurveyWorkspace,
} from '../src/index.js';

export class InMemoryWorkspace implements SurveyWorkspace {
  private readonly files = new Map<string, { text: string; stamp: number }>();
  private readonly open = new Map<string, OpenDocument>();
  private stampCounter = 0;
  private generationCounter = 0;
  settingsValue: SurveySettings = DEFAULT_SURVEY_SETTINGS;
  /** What the service read, to show that it read a config through the workspace. */
  readonly configReads: string[] = [];
  /** The closed survey files the service read, in order, to show what it kept and what it read again. */
  readonly fileReads: string[] = [];

  constructor(files: Record<string, string> = {}) {
    for (const [uri, text] of Object.entries(files)) this.writeFile(uri, text);
  }

  writeFile(uri: string, text: string): void {
    this.files.set(uri, { text, stamp: ++this.stampCounter });
    // A config may have changed: cached analyses go stale, as the server does on a watched config change.
    if (/\/\.rus-survey\.[a-z]+$/.test(uri)) this.generationCounter++;
  }

  openDocument(uri: string, text: string, version = 1): void {
    this.open.set(uri, { uri, version, text });
  }

  closeDocument(uri: string): void {
    this.open.delete(uri);
  }

  setSettings(settings: Partial<SurveySettings>): void {
    this.settingsValue = { ...DEFAULT_SURVEY_SETTINGS, ...settings };
    this.generationCounter++;
  }

  getOpenDocument(uri: string): OpenDocument | undefined {
    return this.open.get(uri);
  }

  async surveyUris(): Promise<readonly string[]> {
    const uris = new Set<string>();
    for (const [uri, file] of this.files) if (uri.endsWith('.md') && this.isSurvey(uri, file.text)) uris.add(uri);
    for (const uri of this.open.keys()) uris.add(uri);
    return [...uris];
  }

  surveyFileStamp(uri: string): number | undefined {
    return this.files.get(uri)?.stamp;
  }

  readSurveyFile(uri: string, maxFileSize: number): SurveyFileText | undefined {
    this.fileReads.push(uri);
    const file = this.files.get(uri);
    return file && file.text.length <= maxFileSize * 4 ? { text: file.text } : undefined;
  }

  readConfigFile(uri: string): string | undefined {
    this.configReads.push(uri);
    return this.files.get(uri)?.text;
  }

  resolveConfig(uri: string): SurveyConfigSource {
    for (let folder = uri.slice(0, uri.lastIndexOf('/')); folder.includes('/'); folder = folder.slice(0, folder.lastIndexOf('/'))) {
      for (const name of CONFIG_FILE_NAMES) {
        const configUri = `${folder}/${name}`;
        const file = this.files.get(configUri);
        if (!file) continue;
        const loaded = loadConfig({ filename: configUri, text: file.text }, { resolveExtends: () => undefined });
        return { uri: configUri, config: loaded.config, errors: loaded.errors.map((error) => ({ ...error, uri: error.filename })), fileUris: loaded.files };
      }
    }
    return NO_CONFIG_SOURCE;
  }

  isSurvey(uri: string, text: string): boolean {
    return isSurveyDocument({ path: uri, text });
  }

  async settings(): Promise<SurveySettings> {
    return this.settingsValue;
  }

  generation(): number {
    return this.generationCounter;
  }
}

export function serviceOver(workspace: InMemoryWorkspace, options: Omit<LanguageServiceOptions, 'workspace'> = {}): SurveyLanguageService {
  return createLanguageService({ workspace, clientLocale: () => 'en', ...options });
}

/** The LSP position (0-based line and character) of the first occurrence of `needle`, plus `delta` characters. */
export function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" is not in the text`);
  const before = text.slice(0, offset + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}
