import { createLineIndex } from '../parse/line-index.js';
import { findRule } from '../rules/registry.js';
import { ConfigSchema, type Config } from '../schema/config.js';
import type { ConfigError } from './config-error.js';
import { parseConfigSource } from './parse-config-source.js';

/** A config file's name (for messages and format) and contents; the caller does the reading. */
export interface ConfigFile {
  filename: string;
  text: string;
}

export interface LoadConfigOptions {
  /** Reads a file named in `extends`, relative to the file that names it; undefined when there is none. */
  resolveExtends?: (reference: string, fromFilename: string) => ConfigFile | undefined;
}

export interface LoadConfigResult {
  /** The merged config; `{}` when the file could not be read as a config at all. */
  config: Config;
  errors: ConfigError[];
  /** Every file that took part, the given one last (for watching). */
  files: string[];
}

function locatedError(file: ConfigFile, start: number, end: number, message: string, path?: string): ConfigError {
  const lines = createLineIndex(file.text);
  const from = lines.position(start);
  const to = lines.position(Math.max(start, end));
  return {
    filename: file.filename,
    message,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    ...(path !== undefined ? { path } : {}),
  };
}

/** Later configs win; `rules` merge key by key, so a config can change one rule of the one it extends. */
export function mergeConfigs(base: Config, override: Config): Config {
  const { extends: _ignored, ...rest } = override;
  return { ...base, ...rest, ...(base.rules || override.rules ? { rules: { ...base.rules, ...override.rules } } : {}) };
}

function loadOne(file: ConfigFile, options: LoadConfigOptions, stack: string[]): LoadConfigResult {
  const source = parseConfigSource(file.filename, file.text);
  if (source.errors.length > 0) {
    return { config: {}, errors: source.errors.map((error) => locatedError(file, error.start, error.end, error.message)), files: [file.filename] };
  }
  const value = source.value ?? {};
  const parsed = ConfigSchema.safeParse(value);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => {
      const unknownKey = issue.code === 'unrecognized_keys';
      const path = unknownKey ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
      const [start, end] = source.locate(path, unknownKey ? 'key' : 'value');
      const where = path.join('.');
      return locatedError(file, start, end, where ? `${where}: ${issue.message}` : issue.message, where);
    });
    return { config: {}, errors, files: [file.filename] };
  }
  const own = parsed.data;
  const errors: ConfigError[] = [];
  for (const key of Object.keys(own.rules ?? {})) {
    if (findRule(key)) continue;
    const [start, end] = source.locate(['rules', key], 'key');
    errors.push(locatedError(file, start, end, `rules.${key}: unknown rule; use an id (RUS001–RUS011) or a rule name`, `rules.${key}`));
  }

  let config: Config = {};
  const files: string[] = [];
  const references = own.extends === undefined ? [] : Array.isArray(own.extends) ? own.extends : [own.extends];
  references.forEach((reference, index) => {
    const path = Array.isArray(own.extends) ? ['extends', index] : ['extends'];
    const [start, end] = source.locate(path);
    const base = options.resolveExtends?.(reference, file.filename);
    if (!base) {
      errors.push(locatedError(file, start, end, `extends: cannot read "${reference}"`, 'extends'));
      return;
    }
    if (stack.includes(base.filename)) {
      errors.push(locatedError(file, start, end, `extends: "${reference}" extends this file again (a cycle)`, 'extends'));
      return;
    }
    const loaded = loadOne(base, options, [...stack, base.filename]);
    config = mergeConfigs(config, loaded.config);
    errors.push(...loaded.errors);
    files.push(...loaded.files);
  });
  return { config: mergeConfigs(config, own), errors, files: [...files, file.filename] };
}

/**
 * Reads a `.rus-survey.json`, `.jsonc` or `.yaml` from its text, follows `extends`, and validates it
 * against the schema. Never throws: every problem is a `ConfigError` at its line and column.
 */
export function loadConfig(file: ConfigFile, options: LoadConfigOptions = {}): LoadConfigResult {
  return loadOne(file, options, [file.filename]);
}
