import { parse } from 'csv-parse/sync';
import { importSpreadsheetRows, type ImportOptions, type SurveyImport } from '@rus-survey/core';
import type { TextEncoding } from '@rus-survey/node';
import { decodeCsvBytes, detectCsvDelimiter } from './csv-text.js';

export interface CsvImport extends SurveyImport {
  encoding: TextEncoding;
  delimiter: ';' | ',';
}

/** A web form's CSV export → survey content (quoted multi-line cells, CRLF, `;` or `,`, UTF-8, UTF-16 or Windows-1252). */
export function importCsv(bytes: Uint8Array, options: ImportOptions = {}): CsvImport {
  const { text, encoding } = decodeCsvBytes(bytes);
  const delimiter = detectCsvDelimiter(text);
  const rows = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as string[][];
  return { ...importSpreadsheetRows(rows, options), encoding, delimiter };
}
