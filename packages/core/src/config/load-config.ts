import { createLineIndex } from '../parse/line-index.js';
import type { LocalizedText } from '../i18n/locale.js';
import { findRule, rules } from '../rules/registry.js';
import { ConfigSchema, RuleKeySchema, type Config } from '../schema/config.js';
import { configDepthExcess, MAX_CONFIG_DEPTH } from './config-depth.js';
import { configFormatOf } from './config-file-names.js';
import type { ConfigError } from './config-error.js';
import { parseConfigSource } from './parse-config-source.js';
import { appendAll } from '../collections/append-all.js';

/** A config file's name (for messages and format) and contents; the caller does the reading. */
export interface ConfigFile {
  filename: string;
  text: string;
}

export interface LoadConfigOptions {
  /** Reads a file named in `extends`, relative to the file that names it; undefined when there is none. */
  resolveExtends?: (reference: string, fromFilename: string) => ConfigFile | undefined;
}

/** How far `extends` may chain, how many files one config may pull in, and how much text they may hold together. */
export const MAX_EXTENDS_DEPTH = 16;
export const MAX_CONFIG_FILES = 64;
export const MAX_CONFIG_CHAIN_CHARS = 4_000_000;

export interface LoadConfigResult {
  /** The merged config; `{}` when the file could not be read as a config at all. */
  config: Config;
  errors: ConfigError[];
  /** Every file that took part, the given one last (for watching). */
  files: string[];
}

function locatedError(file: ConfigFile, start: number, end: number, message: LocalizedText, path?: string): ConfigError {
  const lines = createLineIndex(file.text);
  const from = lines.position(start);
  const to = lines.position(Math.max(start, end));
  return {
    filename: file.filename,
    message: message.en,
    localized: message,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    ...(path !== undefined ? { path } : {}),
  };
}

const both = (text: string): LocalizedText => ({ en: text, sv: text });

/** Later configs win; `rules` merge key by key, so a config can change one rule of the one it extends. */
export function mergeConfigs(base: Config, override: Config): Config {
  const { extends: _ignored, ...rest } = override;
  return { ...base, ...rest, ...(base.rules || override.rules ? { rules: { ...base.rules, ...override.rules } } : {}) };
}

/** What one `loadConfig` call shares across the whole `extends` graph. */
interface LoadState {
  options: LoadConfigOptions;
  /** Each file's result, so a file reached twice (a diamond) is read once and a cycle is seen. */
  loaded: Map<string, LoadConfigResult | 'loading'>;
  chars: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function loadOne(file: ConfigFile, state: LoadState, depth: number): LoadConfigResult {
  const refuse = (message: LocalizedText, start = 0, end = 0): LoadConfigResult => ({
    config: {},
    errors: [locatedError(file, start, end, message)],
    files: [file.filename],
  });
  state.chars += file.text.length;
  if (state.chars > MAX_CONFIG_CHAIN_CHARS) {
    return refuse({
      en: `the config files together hold more than ${MAX_CONFIG_CHAIN_CHARS.toLocaleString('en')} characters`,
      sv: `konfigurationsfilerna innehåller tillsammans mer än ${MAX_CONFIG_CHAIN_CHARS.toLocaleString('sv')} tecken`,
    });
  }
  const tooDeep = configDepthExcess(file.text, configFormatOf(file.filename));
  if (tooDeep !== -1) {
    return refuse(
      { en: `nested more than ${MAX_CONFIG_DEPTH} levels deep`, sv: `nästlad mer än ${MAX_CONFIG_DEPTH} nivåer djupt` },
      tooDeep,
      tooDeep + 1,
    );
  }
  const source = parseConfigSource(file.filename, file.text);
  if (source.errors.length > 0) {
    return { config: {}, errors: source.errors.map((error) => locatedError(file, error.start, error.end, error.message)), files: [file.filename] };
  }
  const value = source.value ?? {};
  const errors: ConfigError[] = [];
  // Unknown rule keys are found on the raw value: a schema's output could already have lost `__proto__`.
  if (isRecord(value) && isRecord(value['rules'])) {
    const rawRules = value['rules'];
    const known: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(rawRules)) {
      if (RuleKeySchema.safeParse(key).success) {
        known[key] = rawRules[key];
        continue;
      }
      const [start, end] = source.locate(['rules', key], 'key');
      const rule = findRule(key);
      errors.push(
        locatedError(
          file,
          start,
          end,
          rule
            ? { en: `rules.${key}: write the rule as "${rule.id}" or "${rule.name}"`, sv: `rules.${key}: skriv regeln som "${rule.id}" eller "${rule.name}"` }
            : {
                en: `rules.${key}: unknown rule; use an id (${rules[0]!.id}–${rules[rules.length - 1]!.id}) or a rule name`,
                sv: `rules.${key}: okänd regel; använd ett id (${rules[0]!.id}–${rules[rules.length - 1]!.id}) eller ett regelnamn`,
              },
          `rules.${key}`,
        ),
      );
    }
    value['rules'] = known;
  }
  const parsed = ConfigSchema.safeParse(value);
  if (!parsed.success) {
    errors.push(
      ...parsed.error.issues.map((issue) => {
        const unknownKey = issue.code === 'unrecognized_keys';
        const path = unknownKey ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
        const [start, end] = source.locate(path, unknownKey ? 'key' : 'value');
        const where = path.join('.');
        return locatedError(file, start, end, both(where ? `${where}: ${issue.message}` : issue.message), where);
      }),
    );
    errors.sort((a, b) => a.line - b.line || a.column - b.column);
    return { config: {}, errors, files: [file.filename] };
  }
  const own = parsed.data;

  let config: Config = {};
  const files: string[] = [];
  const references = own.extends === undefined ? [] : Array.isArray(own.extends) ? own.extends : [own.extends];
  references.forEach((reference, index) => {
    const path = Array.isArray(own.extends) ? ['extends', index] : ['extends'];
    const [start, end] = source.locate(path);
    const fail = (message: LocalizedText): void => {
      errors.push(locatedError(file, start, end, message, 'extends'));
    };
    if (depth >= MAX_EXTENDS_DEPTH) {
      fail({
        en: `extends: "${reference}" goes beyond ${MAX_EXTENDS_DEPTH} levels of extends`,
        sv: `extends: "${reference}" går längre än ${MAX_EXTENDS_DEPTH} nivåer av extends`,
      });
      return;
    }
    if (state.loaded.size >= MAX_CONFIG_FILES) {
      fail({
        en: `extends: "${reference}" would take more than ${MAX_CONFIG_FILES} config files`,
        sv: `extends: "${reference}" skulle kräva mer än ${MAX_CONFIG_FILES} konfigurationsfiler`,
      });
      return;
    }
    const base = state.options.resolveExtends?.(reference, file.filename);
    if (!base) {
      fail({ en: `extends: cannot read "${reference}"`, sv: `extends: kan inte läsa "${reference}"` });
      return;
    }
    const seen = state.loaded.get(base.filename);
    if (seen === 'loading') {
      fail({ en: `extends: "${reference}" extends this file again (a cycle)`, sv: `extends: "${reference}" utökar den här filen igen (en cykel)` });
      return;
    }
    let loaded = seen;
    if (!loaded) {
      state.loaded.set(base.filename, 'loading');
      loaded = loadOne(base, state, depth + 1);
      state.loaded.set(base.filename, loaded);
      appendAll(errors, loaded.errors);
    }
    config = mergeConfigs(config, loaded.config);
    for (const name of loaded.files) if (!files.includes(name)) files.push(name);
  });
  return { config: mergeConfigs(config, own), errors, files: [...files, file.filename] };
}

/**
 * Reads a `.rus-survey.json`, `.jsonc` or `.yaml` from its text, follows `extends` (each file once, cycles and
 * chains deeper than MAX_EXTENDS_DEPTH refused), and validates it against the schema. Never throws: every
 * problem is a `ConfigError` at its line and column, in English and Swedish.
 */
export function loadConfig(file: ConfigFile, options: LoadConfigOptions = {}): LoadConfigResult {
  const state: LoadState = { options, loaded: new Map([[file.filename, 'loading']]), chars: 0 };
  try {
    return loadOne(file, state, 0);
  } catch (error) {
    // The checks above keep parsers within bounds; this keeps the promise never to throw if one is missed.
    return {
      config: {},
      errors: [locatedError(file, 0, 0, both(`cannot read the config: ${error instanceof Error ? error.message : String(error)}`))],
      files: [file.filename],
    };
  }
}
