import type { TextEdit } from '../schema/diagnostic.js';
import { allQuestions } from '../schema/survey.js';
import { insertAt, replaceRange } from './edits.js';
import { defineRule, type RuleReport } from './rule.js';

const NUMBER_IN_HEADER = /^\d+/;

export const rus006QuestionNumbering = defineRule({
  id: 'RUS006',
  name: 'question-numbering',
  description: {
    en: 'Questions are numbered 1..n in order through the whole survey, and a table header repeats its question\'s number.',
    sv: 'Frågorna är numrerade 1..n i ordning genom hela enkäten, och en tabellrubrik upprepar frågans nummer.',
  },
  defaultSeverity: 'error',
  fixable: true,
  scope: 'survey',
  messages: {
    unnumbered: {
      en: 'Question "{text}" has no number; expected {expected}.',
      sv: 'Frågan "{text}" saknar nummer; förväntat {expected}.',
    },
    wrongNumber: {
      en: 'Question {actual} should be numbered {expected}.',
      sv: 'Fråga {actual} ska ha nummer {expected}.',
    },
    headerNumber: {
      en: 'The table header numbers question {expected} as {actual}.',
      sv: 'Tabellrubriken numrerar fråga {expected} som {actual}.',
    },
    renumber: { en: 'Renumber as {expected}', sv: 'Numrera om till {expected}' },
  },
  check(survey, context) {
    const reports: RuleReport[] = [];
    allQuestions(survey).forEach((question, index) => {
      const expected = index + 1;
      const edits: TextEdit[] = [];
      let messageId: string | null = null;
      let actual: number | null = question.number;
      if (question.numberRange === null) {
        messageId = 'unnumbered';
        // Spaces and tabs only, as CommonMark: JavaScript's \s would also skip a BOM that the heading's text starts with.
        const textStart = question.heading.range.start.offset + (/^[ \t]*#+[ \t]*/.exec(question.heading.text)?.[0].length ?? 0);
        edits.push(insertAt(context.lines, textStart, `${expected}. `));
      } else if (question.number !== expected) {
        messageId = 'wrongNumber';
        edits.push(replaceRange(context.lines, question.numberRange.start.offset, question.numberRange.end.offset, String(expected)));
      }
      for (const table of question.tables) {
        if (table.headerNumber === null || table.headerNumber === expected || !table.questionHeader) continue;
        if (messageId === null) {
          messageId = 'headerNumber';
          actual = table.headerNumber;
        }
        const start = table.questionHeader.range.start.offset;
        const length = NUMBER_IN_HEADER.exec(table.questionHeader.text)?.[0].length ?? 0;
        edits.push(replaceRange(context.lines, start, start + length, String(expected)));
      }
      if (messageId === null) return;
      const data = { expected, actual: actual ?? '', text: question.text };
      reports.push({
        messageId,
        data,
        range: question.heading.range,
        fix: { titleId: 'renumber', data, edits },
        facts: { question: question.number, expected },
      });
    });
    return reports;
  },
});
