import { neutraliseSpreadsheetCell, type CompareMatrix } from '@rus-survey/core';

/** RFC 4180: quote a field holding a comma, quote or line break; double the quotes inside. Text cells are neutralised
 * against formula injection. */
export const csvField = (value: string | number): string => {
  const text = typeof value === 'number' ? String(value) : neutraliseSpreadsheetCell(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The CLI's CSV: one row per question × organisation, a BOM so spreadsheet programs read UTF-8. */
export function matrixToCsv(matrix: CompareMatrix): string {
  const header = ['question', 'question text', 'part', 'organisation', 'status', 'words', 'answer'];
  const rows = matrix.rows.flatMap((row) =>
    row.cells.map((cell) => [row.number ?? '', row.text, row.part, cell.organisation, cell.status, cell.words, cell.text]),
  );
  return '\uFEFF' + [header, ...rows].map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}
