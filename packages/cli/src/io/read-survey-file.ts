import { readFileSync, statSync } from 'node:fs';
import { CliError } from '../errors.js';
import { t, type Locale } from '../i18n.js';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface ReadTextFile {
  /** The decoded text, without a byte order mark. */
  text: string;
  encoding: TextEncoding;
  /** The bytes as read, so a writer can tell whether the file changed since. */
  bytes: Buffer;
  /** A notice for stderr when the file was not plain UTF-8. */
  notice?: string;
}

export interface ReadOptions {
  locale: Locale;
  /** The path as the user should see it. */
  displayPath: string;
  maxBytes?: number;
}

const megabytes = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 1).replace(/\.0+$/, '');

/** Swaps byte pairs: Node decodes only little-endian UTF-16. */
function swapPairs(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
  return copy.swap16();
}

/** Decodes a file's bytes: BOMs first (so UTF-16's NUL bytes are not taken for binary), then UTF-8, then Windows-1252. */
export function decodeText(bytes: Buffer, options: ReadOptions): Omit<ReadTextFile, 'bytes'> {
  const { locale, displayPath: file } = options;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: bytes.subarray(2).toString('utf16le'), encoding: 'utf-16le', notice: t(locale, 'noticeUtf16', { file, order: 'little-endian' }) };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: swapPairs(bytes.subarray(2)).toString('utf16le'), encoding: 'utf-16be', notice: t(locale, 'noticeUtf16', { file, order: 'big-endian' }) };
  }
  if (bytes.subarray(0, 8000).includes(0)) throw new CliError(t(locale, 'fileBinary', { file }));
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    // Old Word and Excel exports on Windows: every byte is a character, so nothing is lost.
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252', notice: t(locale, 'noticeWindows1252', { file }) };
  }
}

/** Reads a text file for linting: refuses folders, files over the size limit and binary files with a CliError. */
export function readSurveyFile(path: string, options: ReadOptions): ReadTextFile {
  const { locale, displayPath: file } = options;
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new CliError(t(locale, 'fileIsFolder', { file }));
    if (stat.size > limit) throw new CliError(t(locale, 'fileTooLarge', { file, size: megabytes(stat.size), limit: megabytes(limit) }));
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliError(t(locale, 'fileMissing', { file }));
    throw new CliError(t(locale, 'fileUnreadable', { file, reason: code ?? String(error) }));
  }
  return { ...decodeText(bytes, options), bytes };
}

/** The bytes to write back: UTF-8 (with the BOM if it had one); other encodings become UTF-8. */
export function encodeText(text: string, encoding: TextEncoding): Buffer {
  const utf8 = Buffer.from(text, 'utf8');
  return encoding === 'utf-8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]) : utf8;
}
