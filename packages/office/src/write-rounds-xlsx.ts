import ExcelJS from 'exceljs';
import { neutraliseSpreadsheetCell, spreadsheetAnswerText, type AnswerChange, type Locale, type RoundQuestion, type RoundsComparison } from '@rus-survey/core';
import { officeText } from './office-texts.js';
import { STATUS_COLOURS } from './status-colours.js';
import { sheetName } from './write-xlsx.js';

const textCell = (text: string): string => neutraliseSpreadsheetCell(text);
const questionLabel = (question: RoundQuestion): string => `${question.number === null ? '' : `${question.number}. `}${question.text}`;

/** A change is coloured as the heat map colours the status it leads to: new as answered, removed as missing, edited as empty. */
const CHANGE_COLOURS: Record<AnswerChange['kind'], { fill: string; font: string }> = {
  new: STATUS_COLOURS.answered,
  removed: STATUS_COLOURS.missing,
  edited: STATUS_COLOURS.empty,
  unchanged: STATUS_COLOURS['no-answer'],
  unanswered: STATUS_COLOURS['no-answer'],
};

/**
 * Rounds as an Excel workbook: one row per organisation and question with the answer in each round and each
 * change (coloured), header row and first two columns frozen; and a summary sheet of the rounds and what changed.
 */
export async function roundsWorkbook(comparison: RoundsComparison, options: { locale?: Locale } = {}): Promise<Uint8Array> {
  const locale = options.locale ?? 'en';
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'rus-survey';
  const taken = new Set<string>();
  const { rounds, summary } = comparison;

  const sheet = workbook.addWorksheet(sheetName(officeText(locale, 'rounds'), taken), { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  const changeHeader = (r: number): string => `${officeText(locale, 'change')} ${rounds[r - 1]!.label} → ${rounds[r]!.label}`;
  const header = [officeText(locale, 'organisation'), officeText(locale, 'question'), ...rounds.map((round) => round.label), ...rounds.slice(1).map((_, i) => changeHeader(i + 1))];
  sheet.addRow(header.map(textCell)).font = { bold: true };
  sheet.getColumn(1).width = 30;
  sheet.getColumn(2).width = 50;
  rounds.forEach((_, r) => (sheet.getColumn(r + 3).width = 50));
  const questions = new Map(comparison.questions.map((question) => [question.key, question]));
  for (const cell of comparison.cells) {
    const question = questions.get(cell.questionKey)!;
    const latest = [...question.rounds].reverse().find((q) => q !== null)!;
    const answers = cell.answers.map((answer) => spreadsheetAnswerText(answer?.text ?? ''));
    const changes = cell.changes.map((change) => officeText(locale, `change_${change.kind}`));
    const row = sheet.addRow([cell.organisation, questionLabel(latest), ...answers, ...changes].map(textCell));
    row.alignment = { wrapText: true, vertical: 'top' };
    cell.changes.forEach((change, i) => {
      const colours = CHANGE_COLOURS[change.kind];
      const target = row.getCell(3 + rounds.length + i);
      target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: colours.fill } };
      target.font = { color: { argb: colours.font } };
    });
  }

  const overview = workbook.addWorksheet(sheetName(officeText(locale, 'summary'), taken), { views: [{ state: 'frozen', ySplit: 1 }] });
  overview.getColumn(1).width = 45;
  overview.getColumn(2).width = 60;
  overview.addRow([officeText(locale, 'round'), officeText(locale, 'file'), officeText(locale, 'questions'), officeText(locale, 'organisations'), officeText(locale, 'answered')].map(textCell)).font = { bold: true };
  for (const round of rounds) overview.addRow([textCell(round.label), textCell(round.uri), round.questions, round.organisations, round.answered]);
  rounds.slice(1).forEach((round, i) => {
    overview.addRow([]);
    overview.addRow([textCell(`${rounds[i]!.label} → ${round.label}`)]).font = { bold: true };
    const counts = summary.answerChanges[i]!;
    for (const kind of ['new', 'removed', 'edited', 'unchanged'] as const) overview.addRow([officeText(locale, `change_${kind}`), counts[kind]]);
    const list = (items: readonly string[]): string => textCell(items.join('; '));
    overview.addRow([officeText(locale, 'questionsAdded'), list(summary.questionsAdded[i]!)]);
    overview.addRow([officeText(locale, 'questionsDropped'), list(summary.questionsDropped[i]!)]);
    overview.addRow([officeText(locale, 'organisationsJoined'), list(summary.organisationsJoined[i]!)]);
    overview.addRow([officeText(locale, 'organisationsLeft'), list(summary.organisationsLeft[i]!)]);
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
