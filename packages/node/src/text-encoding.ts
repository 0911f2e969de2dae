// How a file's bytes become text and back. A decoding is either certain (a BOM, valid UTF-8, or Windows-1252
// whose every non-ASCII byte is a letter or Word's usual punctuation) or a guess; a guess is read (so the file
// is linted) but never written back, because writing it would turn what could not be read into wrong text.
import * as windows1252 from 'windows-1252';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  /** The text, without a byte order mark. */
  text: string;
  encoding: TextEncoding;
  /** `guess`: the bytes were not all valid in any encoding we can tell apart, so some characters may be wrong. */
  certainty: 'certain' | 'guess';
  /** For a guess, the 1-based line of the first byte that did not decode cleanly. */
  firstBadLine?: number;
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const REPLACEMENT = '\uFFFD';

/** Word and Excel exports on Windows write these besides letters: no-break space, quotes, dashes, …, §, °, «». */
const WORD_PUNCTUATION = new Set('\u00A0\u2018\u2019\u201A\u201C\u201D\u201E\u2013\u2014\u2026\u00A7\u00B0\u00AB\u00BB\u2022\u00B4'.split(''));

const lineOf = (text: string, index: number): number => text.slice(0, index).split('\n').length;

function decodeUtf16(body: Buffer, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  const even = Buffer.from(body.subarray(0, body.length - (body.length % 2)));
  // Node's decoder is little-endian only; swap the pairs of a big-endian file first.
  const little = encoding === 'utf-16be' ? even.swap16() : even;
  const text = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(little);
  let clean = body.length % 2 === 0;
  try {
    new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(little);
  } catch {
    clean = false;
  }
  if (clean) return { text, encoding, certainty: 'certain' };
  const bad = text.indexOf(REPLACEMENT);
  return { text, encoding, certainty: 'guess', firstBadLine: lineOf(text, bad < 0 ? text.length : bad) };
}

/** Whether every non-ASCII byte, read as Windows-1252, is a letter or Word's punctuation. */
function clearlyWindows1252(text: string): boolean {
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) continue;
    if (!/\p{L}/u.test(char) && !WORD_PUNCTUATION.has(char)) return false;
  }
  return true;
}

/**
 * Decodes a file's bytes: a BOM first (so UTF-16's NUL bytes are not taken for binary), then UTF-8, then
 * Windows-1252. UTF-8 with a few broken bytes (a truncated character) stays UTF-8 with U+FFFD in their place,
 * flagged as a guess: read whole as Windows-1252 every å would become "Ã¥".
 */
export function decodeText(bytes: Buffer): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be');
  const hasBom = bytes.subarray(0, 3).equals(UTF8_BOM);
  const body = hasBom ? bytes.subarray(3) : bytes;
  const encoding = hasBom ? 'utf-8-bom' : 'utf-8';
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding, certainty: 'certain' };
  } catch {
    // Not valid UTF-8; which guess is better depends on what the valid parts look like.
  }
  const lossy = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
  const firstBad = lossy.indexOf(REPLACEMENT);
  const hasUtf8Characters = [...lossy].some((char) => char.charCodeAt(0) >= 0x80 && char !== REPLACEMENT);
  if (hasUtf8Characters || hasBom) return { text: lossy, encoding, certainty: 'guess', firstBadLine: lineOf(lossy, firstBad) };
  // Not Node's TextDecoder: its 'windows-1252' is Latin-1, so Word's dashes and quotes (0x80–0x9F) would
  // become C1 control characters.
  const latin = windows1252.decode(body);
  if (clearlyWindows1252(latin)) return { text: latin, encoding: 'windows-1252', certainty: 'certain' };
  const firstOdd = [...latin].findIndex((char) => char.charCodeAt(0) >= 0x80 && !/\p{L}/u.test(char) && !WORD_PUNCTUATION.has(char));
  return { text: latin, encoding: 'windows-1252', certainty: 'guess', firstBadLine: lineOf(latin, firstOdd) };
}

/** NUL bytes do not occur in text files (UTF-16 is told by its BOM first). */
export function looksBinary(bytes: Buffer): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  return bytes.subarray(0, 8000).includes(0);
}

/**
 * The bytes to write text back in the encoding it was read in (with its BOM, if it had one); undefined when
 * a character has no Windows-1252 byte, so the caller refuses rather than writes something else.
 */
export function encodeText(text: string, encoding: TextEncoding): Buffer | undefined {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([UTF8_BOM, Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 'windows-1252':
      try {
        return Buffer.from(windows1252.encode(text, { mode: 'fatal' }));
      } catch {
        return undefined;
      }
  }
}
