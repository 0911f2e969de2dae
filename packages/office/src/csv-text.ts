import { parse } from 'csv-parse/sync';
import { decodeText, type TextEncoding } from '@rus-survey/node';

/**
 * A CSV file's bytes as text, decoded as survey files are (the node layer's `decodeText`): a byte order mark
 * (UTF-8 or UTF-16, as Excel's "Unicode" exports write), else UTF-8, else Windows-1252 (what Swedish Excel's
 * "CSV (semikolonavgränsad)" writes, Word's – and ’ included).
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const { text, encoding } = decodeText(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return { text, encoding };
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
