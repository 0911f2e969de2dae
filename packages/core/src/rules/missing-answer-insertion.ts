import type { RosterEntry } from '../schema/roster.js';
import type { TextEdit } from '../schema/diagnostic.js';
import type { Answer, Question } from '../schema/survey.js';
import { escapeTableCell } from '../serialize/markdown-escape.js';
import { insertAt, lineBreakOf } from './edits.js';
import type { RuleContext } from './rule.js';

/**
 * The edit that adds an answer for `organisation` to the question, in roster order: a table row, or an H4
 * section. Null for questions with no single answer form to add to (no answers, or both forms).
 */
export function missingAnswerInsertion(question: Question, organisation: RosterEntry, answerText: string, context: RuleContext): TextEdit | null {
  const lineBreak = lineBreakOf(context.text);
  const target = context.roster.organisations.indexOf(organisation);
  const rosterIndex = (answer: Answer): number => {
    const entry = context.organisations.resolve(answer.organisation.text);
    return entry ? context.roster.organisations.indexOf(entry) : -1;
  };
  // The answer to insert after: the last one by an organisation earlier in the roster.
  const before = (answers: Answer[]): Answer | undefined => answers.filter((answer) => rosterIndex(answer) !== -1 && rosterIndex(answer) < target).pop();

  if (question.form === 'sections') {
    // A name that ends in #s would read as the heading's closing sequence, and the added section as nobody's.
    if (/(^|\s)#+\s*$/.test(organisation.name)) return null;
    const section = `#### ${organisation.name}${answerText === '' ? '' : `${lineBreak}${lineBreak}${answerText}`}`;
    const previous = before(question.answers);
    const next = previous ? question.answers[question.answers.indexOf(previous) + 1] : question.answers[0];
    if (next && (!previous || rosterIndex(next) > target || rosterIndex(next) === -1)) {
      return insertAt(context.lines, next.anchor.start.offset, `${section}${lineBreak}${lineBreak}`);
    }
    return insertAt(context.lines, question.insertionOffset, `${lineBreak}${lineBreak}${section}`);
  }

  const table = question.tables.find((candidate) => candidate.hasOrganisationColumn);
  if (question.form !== 'table' || !table) return null;
  const rows = question.answers.filter(
    (answer) => answer.range.start.offset >= table.range.start.offset && answer.range.end.offset <= table.range.end.offset,
  );
  const row = `| ${escapeTableCell(organisation.name)} | ${escapeTableCell(answerText)} |`;
  const previous = before(rows);
  if (previous) return insertAt(context.lines, previous.range.end.offset, `${lineBreak}${row}`);
  const first = rows[0];
  if (first) return insertAt(context.lines, first.range.start.offset, `${row}${lineBreak}`);
  return insertAt(context.lines, table.range.end.offset, `${lineBreak}${row}`);
}
