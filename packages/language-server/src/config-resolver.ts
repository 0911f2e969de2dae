// Finds the nearest `.rus-survey.*` config for a file and loads it through core. Core never touches the file
// system, so reading the config and the files it `extends` happens here.
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { CONFIG_FILE_NAMES, loadConfig, matchesConfigGlobs, type Config, type ConfigError, type ConfigFile } from '@rus-survey/core';

export interface ResolvedConfig {
  /** The config file used, or null when no folder up to the root has one. */
  path: string | null;
  config: Config;
  errors: ConfigError[];
  /** Every file that took part (the config and what it extends), for watching. */
  files: string[];
}

const NO_CONFIG: ResolvedConfig = { path: null, config: {}, errors: [], files: [] };

function readConfigFile(path: string): ConfigFile | undefined {
  try {
    return { filename: path, text: readFileSync(path, 'utf8') };
  } catch {
    return undefined;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export class ConfigResolver {
  private readonly byFolder = new Map<string, ResolvedConfig>();

  /** The config that applies to the file at `filePath` (an absolute path). */
  resolveFor(filePath: string): ResolvedConfig {
    return this.resolveFolder(dirname(filePath));
  }

  /** Whether the config's `files` globs match the file (and its `ignores` do not). */
  matchesFiles(filePath: string, resolved: ResolvedConfig): boolean {
    if (!resolved.path || !resolved.config.files?.length) return false;
    return this.matchesAny(filePath, resolved.path, resolved.config.files);
  }

  isIgnored(filePath: string, resolved: ResolvedConfig): boolean {
    if (!resolved.path || !resolved.config.ignores?.length) return false;
    return this.matchesAny(filePath, resolved.path, resolved.config.ignores);
  }

  /** Forget everything: a watched config changed, and extends chains make finer invalidation error-prone. */
  clear(): void {
    this.byFolder.clear();
  }

  /** Every config file (and extended file) loaded so far, to tell whether a changed file matters. */
  knownFiles(): Set<string> {
    return new Set([...this.byFolder.values()].flatMap((resolved) => resolved.files));
  }

  private matchesAny(filePath: string, configPath: string, globs: readonly string[]): boolean {
    const relativePath = relative(dirname(configPath), filePath).split('\\').join('/');
    if (relativePath.startsWith('..') || isAbsolute(relativePath)) return false;
    return matchesConfigGlobs(relativePath, globs);
  }

  private resolveFolder(folder: string): ResolvedConfig {
    const cached = this.byFolder.get(folder);
    if (cached) return cached;
    let resolved: ResolvedConfig | undefined;
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(folder, name);
      if (!isFile(candidate)) continue;
      const file = readConfigFile(candidate);
      if (!file) continue;
      const loaded = loadConfig(file, {
        resolveExtends: (reference, fromFilename) => readConfigFile(resolve(dirname(fromFilename), reference)),
      });
      resolved = { path: candidate, config: loaded.config, errors: loaded.errors, files: loaded.files };
      break;
    }
    if (!resolved) {
      const parent = dirname(folder);
      resolved = parent === folder ? NO_CONFIG : this.resolveFolder(parent);
    }
    this.byFolder.set(folder, resolved);
    return resolved;
  }
}
