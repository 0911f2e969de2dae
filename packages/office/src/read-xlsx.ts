import ExcelJS from 'exceljs';
import { importSpreadsheetRows, type ImportOptions, type SurveyImport } from '@rus-survey/core';

/** A cell as the sheet shows it: rich text joined, dates and numbers as displayed, formulas by their result. */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((run) => run.text).join('');
  return cell.text ?? '';
}

/** The first sheet of an .xlsx (a form's export, or a compare matrix this package wrote) → survey content. */
export async function importXlsx(bytes: Uint8Array, options: ImportOptions = {}): Promise<SurveyImport> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) cells.push(cellText(row.getCell(column)));
    rows[rowNumber - 1] = cells;
  });
  const title = options.title ?? (workbook.title || undefined);
  return importSpreadsheetRows(Array.from(rows, (row) => row ?? []), { ...options, ...(title ? { title } : {}) });
}
