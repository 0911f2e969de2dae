import { foldText } from '../roster/fold-text.js';
import { escapeTableCell } from '../serialize/markdown-escape.js';
import { replaceRange } from './edits.js';
import { defineRule, type RuleReport } from './rule.js';

export const rus007QuestionTextMismatch = defineRule({
  id: 'RUS007',
  name: 'question-text-mismatch',
  description: {
    en: 'A table header that repeats the question repeats it word for word (whitespace and case aside).',
    sv: 'En tabellrubrik som upprepar frågan gör det ordagrant (bortsett från blanksteg och versaler).',
  },
  defaultSeverity: 'warning',
  fixable: false,
  scope: 'question',
  messages: {
    mismatch: {
      en: 'The table header repeats question {question} with other text: "{header}".',
      sv: 'Tabellrubriken upprepar fråga {question} med annan text: "{header}".',
    },
    useQuestionText: { en: 'Make the header repeat the question', sv: 'Låt rubriken upprepa frågan' },
  },
  check(question, context) {
    const reports: RuleReport[] = [];
    for (const table of question.tables) {
      if (!table.questionHeader || table.headerText === null || table.headerText === '') continue;
      // In a table cell `\|` is a literal pipe (the suggestion below writes it so), so compare it as one.
      if (foldText(table.headerText.replace(/\\\|/g, '|')) === foldText(question.text)) continue;
      const { start, end } = table.questionHeader.range;
      const number = table.headerNumber ?? question.number ?? '';
      reports.push({
        messageId: 'mismatch',
        data: { question: question.number ?? question.text, header: table.headerText },
        range: table.questionHeader.range,
        // Only a suggestion: the header's extra words may matter to the reader, so no automatic fix drops them.
        suggestions: [
          {
            titleId: 'useQuestionText',
            edits: [replaceRange(context.lines, start.offset, end.offset, `${number}. ${escapeTableCell(question.text)}`)],
          },
        ],
        facts: { question: question.number },
      });
    }
    return reports;
  },
});
