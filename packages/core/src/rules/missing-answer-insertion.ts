import type { RosterEntry } from '../schema/roster.js';
import type { TextEdit } from '../schema/diagnostic.js';
import type { Question } from '../schema/survey.js';
import { escapeTableCell } from '../serialize/markdown-escape.js';
import { insertAt, lineBreakOf } from './edits.js';
import type { RuleContext } from './rule.js';

/**
 * The edit that adds an answer for `organisation` to the question, in roster order: a table row, or an H4
 * section at the end of the question. Null for questions with no single answer form to add to.
 */
export function missingAnswerInsertion(question: Question, organisation: RosterEntry, answerText: string, context: RuleContext): TextEdit | null {
  const lineBreak = lineBreakOf(context.text);
  if (question.form === 'sections') {
    const body = answerText === '' ? '' : `${lineBreak}${lineBreak}${answerText}`;
    return insertAt(context.lines, question.insertionOffset, `${lineBreak}${lineBreak}#### ${organisation.name}${body}`);
  }
  const table = question.tables.find((candidate) => candidate.hasOrganisationColumn);
  if (question.form !== 'table' || !table) return null;

  const rosterIndex = (name: string): number =>
    context.roster.organisations.indexOf(context.organisations.resolve(name) ?? ({} as RosterEntry));
  const target = context.roster.organisations.indexOf(organisation);
  const rows = question.answers.filter((answer) => answer.form === 'table' && answer.range.start.offset >= table.range.start.offset && answer.range.end.offset <= table.range.end.offset);
  const row = `| ${escapeTableCell(organisation.name)} | ${escapeTableCell(answerText)} |`;

  // After the last row of an organisation that comes earlier in the roster, else before the first row.
  const earlier = rows.filter((answer) => {
    const index = rosterIndex(answer.organisation.text);
    return index !== -1 && index < target;
  });
  const after = earlier[earlier.length - 1];
  if (after) return insertAt(context.lines, after.range.end.offset, `${lineBreak}${row}`);
  const first = rows[0];
  if (first) return insertAt(context.lines, first.range.start.offset, `${row}${lineBreak}`);
  return insertAt(context.lines, table.range.end.offset, `${lineBreak}${row}`);
}
