// The file side of a config's `extends`: core follows the chain and reports errors at the `extends` key; what
// may be read is decided here. Only regular files with a config extension, none over the size limit, none
// twice in one chain, at most MAX_EXTENDED_FILES per config; every refusal gets its reason in the error.
import { realpathSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { ConfigError, ConfigFile } from '@rus-survey/core';
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
  reason: string;
}

/** A FileProblem as the reason in a config error (config errors are core's, in English). */
export function describeFileProblem(problem: FileProblem): string {
  switch (problem.kind) {
    case 'missing':
      return 'no such file';
    case 'folder':
      return 'it is a folder';
    case 'not-regular':
      return `it is not a regular file (a ${problem.details.fileType ?? 'special file'})`;
    case 'too-large':
      return `it is over the size limit of ${Math.round((problem.details.limit ?? CONFIG_MAX_BYTES) / 1024)} KB for a config file`;
    case 'binary':
      return 'it is a binary file';
    case 'link-loop':
      return 'its symbolic links form a loop';
    default:
      return problem.details.code ?? problem.kind;
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
    const refuse = (reason: string): undefined => {
      this.refusals.push({ fromFilename, reference, reason });
      return undefined;
    };
    const filename = resolve(dirname(fromFilename), reference);
    if (!CONFIG_EXTENSION.test(basename(filename))) return refuse('only .json, .jsonc, .yaml and .yml files can be extended');
    if (++this.count > MAX_EXTENDED_FILES) return refuse(`more than ${MAX_EXTENDED_FILES} files extended in all`);
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
      if (this.realPathOf(at) === real) return refuse('it extends itself (a cycle)');
    }
    this.extendedBy.set(filename, fromFilename);
    return { filename, text };
  };

  /** core's errors with the reason for each refusal added to its `extends: cannot read` error. */
  explain(errors: readonly ConfigError[]): ConfigError[] {
    const result = errors.map((error) => ({ ...error }));
    for (const refusal of this.refusals) {
      const quoted = `"${refusal.reference}"`;
      const match = result.find((error) => error.filename === refusal.fromFilename && error.message.includes(quoted) && error.message.includes('cannot read') && !error.message.includes(refusal.reason));
      if (match) match.message = `${match.message}: ${refusal.reason}`;
      else result.push({ filename: refusal.fromFilename, message: `extends: cannot read ${quoted}: ${refusal.reason}`, line: 1, column: 1, endLine: 1, endColumn: 1, path: 'extends' });
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
