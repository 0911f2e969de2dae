// The file side of a config's `extends`: core follows the chain and reports errors at the `extends` key; what
// may be read is decided here. Only regular files with a config extension, none over the size limit, none
// twice in one chain, at most MAX_EXTENDED_FILES per config; every refusal gets its reason in the error.
import { realpathSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { ConfigError, ConfigFile, LocalizedText } from '@rus-survey/core';
import { FileProblem } from './file-problem.js';
import { readSurveyFile } from './read-survey-file.js';

/** A config is a few hundred bytes; a megabyte is far past any real one and still cheap to read. */
export const CONFIG_MAX_BYTES = 1024 * 1024;
/** Files one config may pull in through `extends`, all levels together. */
export const MAX_EXTENDED_FILES = 32;

const CONFIG_EXTENSION = /\.(json|jsonc|ya?ml)$/i;

interface Refusal {
  fromFilename: string;
  reference: string;
  reason: LocalizedText;
}

/** A FileProblem as the reason in a config error, in the languages config errors speak. */
export function describeFileProblem(problem: FileProblem): LocalizedText {
  switch (problem.kind) {
    case 'missing':
      return { en: 'no such file', sv: 'filen finns inte' };
    case 'folder':
      return { en: 'it is a folder', sv: 'det är en mapp' };
    case 'not-regular':
      return { en: `it is not a regular file (a ${problem.details.fileType ?? 'special file'})`, sv: `det är ingen vanlig fil (${problem.details.fileType ?? 'specialfil'})` };
    case 'too-large': {
      const kb = Math.round((problem.details.limit ?? CONFIG_MAX_BYTES) / 1024);
      return { en: `it is over the size limit of ${kb} KB for a config file`, sv: `den är över storleksgränsen på ${kb} KB för en konfigurationsfil` };
    }
    case 'binary':
      return { en: 'it is a binary file', sv: 'det är en binärfil' };
    case 'link-loop':
      return { en: 'its symbolic links form a loop', sv: 'dess symboliska länkar bildar en slinga' };
    default: {
      const code = problem.details.code ?? problem.kind;
      return { en: code, sv: code };
    }
  }
}

/** Reads the files a config extends, once each, and remembers why any was refused. */
export class ExtendsReader {
  private readonly refusals: Refusal[] = [];
  /** Which file extended which, to find a cycle through links or other spellings of a path. */
  private readonly extendedBy = new Map<string, string>();
  private readonly realPaths = new Map<string, string>();
  private count = 0;

  constructor(private readonly maxBytes = CONFIG_MAX_BYTES) {}

  /** core's `resolveExtends`. */
  readonly resolve = (reference: string, fromFilename: string): ConfigFile | undefined => {
    const refuse = (reason: LocalizedText): undefined => {
      this.refusals.push({ fromFilename, reference, reason });
      return undefined;
    };
    const filename = resolve(dirname(fromFilename), reference);
    if (!CONFIG_EXTENSION.test(basename(filename))) return refuse({ en: 'only .json, .jsonc, .yaml and .yml files can be extended', sv: 'bara .json-, .jsonc-, .yaml- och .yml-filer kan utökas' });
    if (++this.count > MAX_EXTENDED_FILES) return refuse({ en: `more than ${MAX_EXTENDED_FILES} files extended in all`, sv: `fler än ${MAX_EXTENDED_FILES} utökade filer sammanlagt` });
    let text: string;
    try {
      text = readSurveyFile(filename, { maxBytes: this.maxBytes }).text;
    } catch (error) {
      if (error instanceof FileProblem) return refuse(describeFileProblem(error));
      throw error;
    }
    const real = this.realPathOf(filename);
    const chain: string[] = [];
    for (let at: string | undefined = fromFilename; at !== undefined && !chain.includes(at); at = this.extendedBy.get(at)) {
      chain.push(at);
      if (this.realPathOf(at) === real) return refuse({ en: 'it extends itself (a cycle)', sv: 'den utökar sig själv (en cykel)' });
    }
    this.extendedBy.set(filename, fromFilename);
    return { filename, text };
  };

  /** core's errors with the reason for each refusal added to its `extends: cannot read` error. */
  explain(errors: readonly ConfigError[]): ConfigError[] {
    const result = errors.map((error) => ({ ...error }));
    for (const refusal of this.refusals) {
      const quoted = `"${refusal.reference}"`;
      const { reason } = refusal;
      const match = result.find((error) => error.filename === refusal.fromFilename && error.message.includes(quoted) && error.message.includes('cannot read') && !error.message.includes(reason.en));
      if (match) {
        match.message = `${match.message}: ${reason.en}`;
        match.localized = { en: `${match.localized.en}: ${reason.en}`, sv: `${match.localized.sv}: ${reason.sv}` };
      } else {
        const localized = { en: `extends: cannot read ${quoted}: ${reason.en}`, sv: `extends: kan inte läsa ${quoted}: ${reason.sv}` };
        result.push({ filename: refusal.fromFilename, message: localized.en, localized, line: 1, column: 1, endLine: 1, endColumn: 1, path: 'extends' });
      }
    }
    return result;
  }

  private realPathOf(path: string): string {
    let real = this.realPaths.get(path);
    if (real === undefined) {
      try {
        real = realpathSync(path);
      } catch {
        real = path;
      }
      this.realPaths.set(path, real);
    }
    return real;
  }
}
