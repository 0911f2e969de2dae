import { FileProblem } from './file-problem.js';
import { readRegularFile } from './regular-file.js';
import { decodeText, looksBinary, type DecodedText } from './text-encoding.js';

/**
 * The CLI's size limit for one survey file (`--max-file-size` of lint, stats, compare, export and import raises it). Linting costs about
 * 5 s of CPU per MB on the shared 2-core development machine, linearly (docs/reliability.md); 4 MB keeps the
 * largest real-scale survey (290 municipalities × 40 questions, 2.2 MB) with room to spare.
 */
export const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

export interface SurveyFileText extends DecodedText {
  /** The bytes as read, so a writer can tell whether the file changed since. */
  bytes: Buffer;
}

/**
 * Reads and decodes one survey (or seed, or config) file. Throws a FileProblem for what is not a regular
 * file, too large or binary; see `decodeText` for how the encoding is told.
 */
export function readSurveyFile(path: string, options: { maxBytes?: number } = {}): SurveyFileText {
  const bytes = readRegularFile(path, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (looksBinary(bytes)) throw new FileProblem('binary', path);
  return { ...decodeText(bytes), bytes };
}
