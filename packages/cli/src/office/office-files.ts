import { resolve } from 'node:path';
import { FileProblem, readRegularFile, writeFileAtomic } from '@rus-survey/node';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { t } from '../i18n.js';
import { fileProblemText } from '../io/file-problem-text.js';
import { outputPath } from '../io/output.js';

/** Word files carry their images: a compilation with logos and maps is often several MB of zip, little of it text. */
export const OFFICE_MAX_BYTES = 32 * 1024 * 1024;

/** An office file's bytes (a .docx, .xlsx or .csv is read whole), through the node layer's checks: regular file, size cap. */
export function readOfficeFile(context: CliContext, file: string, maxBytes: number = OFFICE_MAX_BYTES): Uint8Array {
  try {
    return readRegularFile(resolve(context.cwd, file), maxBytes);
  } catch (error) {
    if (error instanceof FileProblem) throw new CliError(fileProblemText(error, context.locale, file));
    throw error;
  }
}

/** Writes a binary result (.xlsx, .docx) to `-o FILE`, which it needs: a terminal or pipe gets no zip bytes. */
export function writeBinaryOutput(context: CliContext, output: string | undefined, bytes: Uint8Array, format: string, inputs: readonly string[]): void {
  if (!output) throw new CliError(t(context.locale, 'binaryNeedsOutput', { format }));
  const path = outputPath(context, output, inputs);
  try {
    writeFileAtomic(path, Buffer.from(bytes));
  } catch (error) {
    if (error instanceof FileProblem) throw new CliError(fileProblemText(error, context.locale, output));
    throw error;
  }
}
