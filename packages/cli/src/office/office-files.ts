import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { t } from '../i18n.js';
import { outputPath } from '../io/output.js';
import { DEFAULT_MAX_BYTES } from '../io/read-survey-file.js';
import { writeFileAtomic } from '../io/write-atomic.js';

/** An office file's bytes (a .docx, .xlsx or .csv is read whole), refused when missing, a folder or over the limit. */
export function readOfficeFile(context: CliContext, file: string): Uint8Array {
  const path = resolve(context.cwd, file);
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new CliError(t(context.locale, 'fileIsFolder', { file }));
    if (stat.size > DEFAULT_MAX_BYTES) throw new CliError(t(context.locale, 'fileTooLarge', { file, size: (stat.size / 2 ** 20).toFixed(1), limit: '10' }));
    return readFileSync(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliError(t(context.locale, 'fileMissing', { file }));
    throw new CliError(t(context.locale, 'fileUnreadable', { file, reason: code ?? String(error) }));
  }
}

/** Writes a binary result (.xlsx, .docx) to `-o FILE`, which it needs: a terminal or pipe gets no zip bytes. */
export function writeBinaryOutput(context: CliContext, output: string | undefined, bytes: Uint8Array, format: string, inputs: readonly string[]): void {
  if (!output) throw new CliError(t(context.locale, 'binaryNeedsOutput', { format }));
  const path = outputPath(context, output, inputs);
  try {
    writeFileAtomic(path, Buffer.from(bytes));
  } catch (error) {
    throw new CliError(t(context.locale, 'writeFailed', { file: output, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
}
