// Which config applies to a file, loaded through core: the nearest `.rus-survey.*` up the folders (or one
// given explicitly), with `extends` read by ExtendsReader. One resolver for the CLI and the language server.
import { dirname, isAbsolute, relative } from 'node:path';
import { loadConfig, matchesConfigGlobs, type Config, type ConfigError } from '@rus-survey/core';
import { CONFIG_MAX_BYTES, ExtendsReader, describeFileProblem } from './config-extends.js';
import { FileProblem } from './file-problem.js';
import { configFileIn } from './find-config-file.js';
import { readSurveyFile } from './read-survey-file.js';

export interface ResolvedConfig {
  /** The config file used, or null when no folder up to the root has one. */
  path: string | null;
  config: Config;
  /** Every problem, at its file, line and column (`{}` is used as the config when there are any in the file itself). */
  errors: ConfigError[];
  /** When the config file itself could not be read: why (for the adapter's own words). */
  problem?: FileProblem;
  /** Every file that took part (what it extends, then the config), for watching. */
  files: string[];
}

const NO_CONFIG: ResolvedConfig = { path: null, config: {}, errors: [], files: [] };

/** Reads one config file and what it extends. Never throws: problems are errors in the result. */
export function loadConfigFile(path: string): ResolvedConfig {
  let text: string;
  try {
    text = readSurveyFile(path, { maxBytes: CONFIG_MAX_BYTES }).text;
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    const reason = describeFileProblem(error);
    const localized = { en: `cannot read the config file: ${reason.en}`, sv: `kan inte läsa konfigurationsfilen: ${reason.sv}` };
    return { path, config: {}, errors: [{ filename: path, message: localized.en, localized, line: 1, column: 1, endLine: 1, endColumn: 1 }], problem: error, files: [path] };
  }
  const reader = new ExtendsReader();
  const loaded = loadConfig({ filename: path, text }, { resolveExtends: reader.resolve });
  return { path, config: loaded.config, errors: reader.explain(loaded.errors), files: loaded.files };
}

/** Whether a path matches globs relative to the config's folder (never a path outside it). */
function matchesGlobsOf(configPath: string | null, globs: readonly string[] | undefined, filePath: string): boolean {
  if (!configPath || !globs?.length) return false;
  const path = relative(dirname(configPath), filePath).split('\\').join('/');
  if (path.startsWith('..') || isAbsolute(path)) return false;
  return matchesConfigGlobs(path, globs);
}

export class ConfigResolver {
  private readonly byFolder = new Map<string, ResolvedConfig>();
  private readonly byFile = new Map<string, ResolvedConfig>();

  /** `explicit`: one config file for every survey (the CLI's `--config`) instead of the nearest one. */
  constructor(private readonly explicit?: string) {}

  /** The config that applies to the file at `filePath` (an absolute path). */
  resolveFor(filePath: string): ResolvedConfig {
    return this.resolveFolder(dirname(filePath));
  }

  /** The config for files in `folder` (an absolute path). */
  resolveFolder(folder: string): ResolvedConfig {
    const cached = this.byFolder.get(folder);
    if (cached) return cached;
    let resolved: ResolvedConfig;
    const own = this.explicit ?? configFileIn(folder);
    if (own) resolved = this.load(own);
    else {
      const parent = dirname(folder);
      resolved = parent === folder ? NO_CONFIG : this.resolveFolder(parent);
    }
    this.byFolder.set(folder, resolved);
    return resolved;
  }

  /** Whether the config's `files` globs match the file. */
  matchesFiles(filePath: string, resolved: ResolvedConfig): boolean {
    return matchesGlobsOf(resolved.path, resolved.config.files, filePath);
  }

  /** Whether the config's `ignores` globs match the file. */
  isIgnored(filePath: string, resolved: ResolvedConfig): boolean {
    return matchesGlobsOf(resolved.path, resolved.config.ignores, filePath);
  }

  /** Forget everything: a watched config changed, and extends chains make finer invalidation error-prone. */
  clear(): void {
    this.byFolder.clear();
    this.byFile.clear();
  }

  /** Every config file (and extended file) loaded so far, to tell whether a changed file matters. */
  knownFiles(): Set<string> {
    return new Set([...this.byFile.values()].flatMap((resolved) => resolved.files));
  }

  private load(path: string): ResolvedConfig {
    let resolved = this.byFile.get(path);
    if (!resolved) {
      resolved = loadConfigFile(path);
      this.byFile.set(path, resolved);
    }
    return resolved;
  }
}
