import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';

/**
 * A CSV file's bytes as text: UTF-8 with or without a byte order mark, else Windows-1252 (what Swedish Excel's
 * "CSV (semikolonavgränsad)" writes). Every byte is a character in Windows-1252, so nothing is lost either way.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8' };
  } catch {
    // Not Node's TextDecoder('windows-1252'): Node 20 decodes it as Latin-1, so Word's – and ’ (0x96, 0x92) would
    // become control characters.
    return { text: iconv.decode(Buffer.from(body), 'windows-1252'), encoding: 'windows-1252' };
  }
}

/**
 * `;` or `,`: the one that splits the first records into the same number of fields, more than one (Swedish Excel
 * writes `;` because the comma is the decimal sign; forms' own exports write `,`, and questions hold commas).
 * Ties go to `;`.
 */
export function detectCsvDelimiter(text: string): ';' | ',' {
  const score = (delimiter: ';' | ','): [number, number] => {
    let rows: string[][];
    try {
      rows = parse(text, { delimiter, to: 20, relax_column_count: true, skip_empty_lines: true }) as string[][];
    } catch {
      return [0, 0];
    }
    const width = rows[0]?.length ?? 0;
    return [width > 1 ? rows.filter((row) => row.length === width).length : 0, width];
  };
  const [semicolon, comma] = [score(';'), score(',')];
  return comma[0] > semicolon[0] || (comma[0] === semicolon[0] && comma[1] > semicolon[1]) ? ',' : ';';
}
