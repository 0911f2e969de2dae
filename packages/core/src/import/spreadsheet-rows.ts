import { headerKey } from './column-headers.js';
import type { ImportOptions, PartRange } from './import-options.js';
import type { SurveyImport } from './import-result.js';
import { numberedText } from './survey-heading-text.js';
import { importWebFormRows } from './web-form-rows.js';

const QUESTION_HEADER = /^(question|fråga|frågor|questions)$/i;
const PART_HEADER = /^(part|del)$/i;

/**
 * A sheet's rows → survey content. A compare matrix (as `rus-survey compare --format xlsx` writes it: questions down,
 * organisations across, headed "Question"/"Fråga", a "Part"/"Del" column) is read as questions × organisations;
 * anything else as a web form's export, one row per respondent.
 */
export function importSpreadsheetRows(rows: readonly (readonly string[])[], options: ImportOptions = {}): SurveyImport {
  const header = rows[0] ?? [];
  if (!QUESTION_HEADER.test(headerKey(header[0] ?? ''))) return importWebFormRows(rows, options);
  const partColumn = header.findIndex((cell, index) => index > 0 && PART_HEADER.test(headerKey(cell)));
  const organisationColumns = header.map((_, index) => index).filter((index) => index > 0 && index !== partColumn && header[index]!.trim() !== '');
  const questions = rows.slice(1).filter((row) => (row[0] ?? '').trim() !== '');
  const formRows = [
    ['Organisation', ...questions.map((row) => row[0]!)],
    ...organisationColumns.map((column) => [header[column]!, ...questions.map((row) => row[column] ?? '')]),
  ];
  const parts: PartRange[] = [];
  if (partColumn >= 0 && !options.parts) {
    questions.forEach((row, index) => {
      const title = (row[partColumn] ?? '').trim();
      const number = numberedText(row[0]!)?.number ?? index + 1;
      const last = parts.at(-1);
      if (title === '') return;
      if (last && last.title === title) last.to = number;
      else parts.push({ title, from: number, to: number });
    });
  }
  return importWebFormRows(formRows, { ...options, organisationColumn: 'Organisation', ...(parts.length ? { parts } : {}) });
}
