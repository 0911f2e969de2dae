import { replaceRange } from './edits.js';
import { defineRule, type RuleReport } from './rule.js';

export const rus008ContinuationRow = defineRule({
  id: 'RUS008',
  name: 'continuation-row',
  description: {
    en: 'A table row with an empty organisation cell is the rest of the previous answer, split by a page break.',
    sv: 'En tabellrad med tom organisationscell är resten av föregående svar, delat av en sidbrytning.',
  },
  defaultSeverity: 'warning',
  fixable: true,
  scope: 'question',
  messages: {
    continuation: {
      en: 'This row continues the answer of {organisation} (a page break split it); join it to that row.',
      sv: 'Raden fortsätter svaret från {organisation} (en sidbrytning delade det); slå ihop den med den raden.',
    },
    join: { en: 'Join the row to the answer of {organisation}', sv: 'Slå ihop raden med svaret från {organisation}' },
  },
  check(question, context) {
    const reports: RuleReport[] = [];
    for (const answer of question.answers) {
      const [first, ...rest] = answer.segments;
      const firstRow = answer.anchor;
      if (!first || answer.continuationRows.length === 0) continue;
      // One fix joins every piece: the text moves into the first row, then the emptied rows go.
      const moved = rest.map((segment) => segment.text).filter(Boolean).join(' ');
      const lastRow = answer.continuationRows[answer.continuationRows.length - 1]!;
      // A first row with no answer cell (`| Region Blekinge |`) gets one; otherwise the text would join the name.
      const hasAnswerCell = context.text.slice(answer.organisation.range.end.offset, first.range.start.offset).includes('|');
      const joined = !hasAnswerCell && moved !== '' ? `${context.text[first.range.end.offset] === '|' ? '' : ' '}| ${moved} ` : first.text === '' || moved === '' ? moved : ` ${moved}`;
      const edits = [
        replaceRange(context.lines, first.range.end.offset, first.range.end.offset, joined),
        replaceRange(context.lines, firstRow.end.offset, lastRow.end.offset, ''),
      ];
      const data = { organisation: answer.organisation.text };
      for (const row of answer.continuationRows) {
        reports.push({
          messageId: 'continuation',
          data,
          range: row,
          fix: { titleId: 'join', data, edits },
          facts: { question: question.number, organisation: answer.organisation.text },
        });
      }
    }
    return reports;
  },
});
