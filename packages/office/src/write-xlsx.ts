import ExcelJS from 'exceljs';
import { neutraliseSpreadsheetCell, spreadsheetAnswerText, type CompareMatrix, type CompareRow, type Locale } from '@rus-survey/core';
import { officeText } from './office-texts.js';
import { STATUS_COLOURS } from './status-colours.js';

export interface MatrixWorkbookOptions {
  locale?: Locale;
}

/** Every text a sheet gets passes here: answers come from many organisations and must never run as formulas. */
const textCell = (text: string): string => neutraliseSpreadsheetCell(text);

const questionLabel = (row: CompareRow): string => `${row.number === null ? '' : `${row.number}. `}${row.text}`;

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ], unique in the workbook. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31) || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

function addMatrixSheet(workbook: ExcelJS.Workbook, name: string, matrix: CompareMatrix, rows: readonly CompareRow[], locale: Locale): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  const header = [officeText(locale, 'question'), ...matrix.organisations, officeText(locale, 'part')];
  sheet.addRow(header.map(textCell)).font = { bold: true };
  sheet.getColumn(1).width = 50;
  matrix.organisations.forEach((_, index) => (sheet.getColumn(index + 2).width = 40));
  sheet.getColumn(matrix.organisations.length + 2).width = 30;
  for (const row of rows) {
    const added = sheet.addRow([questionLabel(row), ...row.cells.map((cell) => spreadsheetAnswerText(cell.text)), row.part].map(textCell));
    added.alignment = { wrapText: true, vertical: 'top' };
    row.cells.forEach((cell, index) => {
      const colours = STATUS_COLOURS[cell.status];
      const target = added.getCell(index + 2);
      target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: colours.fill } };
      target.font = { color: { argb: colours.font } };
    });
  }
}

function addCoverageSheet(workbook: ExcelJS.Workbook, name: string, matrix: CompareMatrix, locale: Locale): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  sheet.addRow([officeText(locale, 'question'), officeText(locale, 'answered'), officeText(locale, 'of'), officeText(locale, 'missingOrganisations')].map(textCell)).font = { bold: true };
  sheet.getColumn(1).width = 50;
  sheet.getColumn(4).width = 60;
  for (const row of matrix.rows) {
    const missing = row.cells.filter((cell) => cell.status === 'missing').map((cell) => cell.organisation);
    sheet.addRow([textCell(questionLabel(row)), row.answered, row.cells.length, textCell(missing.join(', '))]).alignment = { wrapText: true, vertical: 'top' };
  }
  sheet.addRow([]);
  sheet.addRow([officeText(locale, 'perOrganisation'), officeText(locale, 'answered'), officeText(locale, 'of')].map(textCell)).font = { bold: true };
  matrix.organisations.forEach((organisation, index) => sheet.addRow([textCell(organisation), matrix.answeredByOrganisation[index] ?? 0, matrix.rows.length]));
  sheet.addRow([]);
  const { totals } = matrix;
  sheet.addRow([officeText(locale, 'total'), officeText(locale, 'answered'), officeText(locale, 'noAnswer'), officeText(locale, 'empty'), officeText(locale, 'missing'), officeText(locale, 'of')].map(textCell)).font = { bold: true };
  sheet.addRow(['', totals.answered, totals.noAnswer, totals.empty, totals.missing, totals.cells]);
}

/**
 * The compare matrix as an Excel workbook: every question on one sheet, one sheet per part, and the coverage; answers
 * wrapped, each cell filled with its status's heat-map colour, the header row and the question column frozen.
 */
export async function matrixWorkbook(matrix: CompareMatrix, options: MatrixWorkbookOptions = {}): Promise<Uint8Array> {
  const locale = options.locale ?? 'en';
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'rus-survey';
  if (matrix.title) workbook.title = matrix.title;
  const taken = new Set<string>();
  addMatrixSheet(workbook, sheetName(officeText(locale, 'allQuestions'), taken), matrix, matrix.rows, locale);
  const parts = [...new Set(matrix.rows.map((row) => row.part))].filter((part) => part !== '');
  if (parts.length > 1) {
    for (const part of parts) addMatrixSheet(workbook, sheetName(part, taken), matrix, matrix.rows.filter((row) => row.part === part), locale);
  }
  addCoverageSheet(workbook, sheetName(officeText(locale, 'coverage'), taken), matrix, locale);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
