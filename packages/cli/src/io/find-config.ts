import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAMES, loadConfig, type Config, type ConfigError } from '@rus-survey/core';
import { CliError } from '../errors.js';
import { t, type Locale } from '../i18n.js';
import { decodeText } from './read-survey-file.js';

export interface FoundConfig {
  /** Absolute path of the config file; undefined when none applies. */
  path: string | undefined;
  config: Config;
}

/** The nearest config file name in `folder` or a parent, in CONFIG_FILE_NAMES order within one folder. */
export function findConfigFile(folder: string): string | undefined {
  let current = resolve(folder);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(current, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

function readConfigText(path: string, locale: Locale, displayPath: string): string {
  return decodeText(readFileSync(path), { locale, displayPath }).text;
}

function describe(error: ConfigError, display: (path: string) => string): string {
  return `${display(error.filename)}:${error.line}:${error.column}`;
}

/**
 * Reads and validates one config file, following `extends` relative to the file that names it. Throws a
 * CliError naming the file, line and column of the first problem (every problem on its own line).
 */
export function loadConfigFile(path: string, locale: Locale, display: (path: string) => string): Config {
  let text: string;
  try {
    text = readConfigText(path, locale, display(path));
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? t(locale, 'fileMissing', { file: display(path) }) : t(locale, 'fileUnreadable', { file: display(path), reason: code ?? String(error) }));
  }
  const result = loadConfig(
    { filename: path, text },
    {
      resolveExtends(reference, fromFilename) {
        const target = resolve(dirname(fromFilename), reference);
        try {
          return { filename: target, text: readConfigText(target, locale, display(target)) };
        } catch {
          return undefined;
        }
      },
    },
  );
  if (result.errors.length > 0) {
    throw new CliError(result.errors.map((error) => t(locale, 'invalidConfig', { location: describe(error, display), message: error.message })).join('\n'));
  }
  return result.config;
}

/** Finds and loads the config for each folder once per run. */
export class ConfigResolver {
  private readonly byFolder = new Map<string, FoundConfig>();
  private readonly byFile = new Map<string, Config>();

  constructor(
    private readonly locale: Locale,
    private readonly display: (path: string) => string,
    /** `--config FILE`: used for every survey instead of the nearest one. */
    private readonly explicit?: string,
  ) {}

  forFolder(folder: string): FoundConfig {
    const cached = this.byFolder.get(folder);
    if (cached) return cached;
    const path = this.explicit ?? findConfigFile(folder);
    let config: Config = {};
    if (path) {
      config = this.byFile.get(path) ?? loadConfigFile(path, this.locale, this.display);
      this.byFile.set(path, config);
    }
    const found = { path, config };
    this.byFolder.set(folder, found);
    return found;
  }
}
