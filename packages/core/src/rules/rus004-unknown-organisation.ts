import { replaceRange } from './edits.js';
import { defineRule, type RuleReport } from './rule.js';

export const rus004UnknownOrganisation = defineRule({
  id: 'RUS004',
  name: 'unknown-organisation',
  description: {
    en: 'Every answering organisation is in the roster, or (with an inferred roster) is not a near-duplicate of another name.',
    sv: 'Varje svarande organisation finns i listan, eller (med en härledd lista) är inte en nästan-dubblett av ett annat namn.',
  },
  defaultSeverity: 'error',
  fixable: true,
  scope: 'question',
  messages: {
    unknown: {
      en: '"{organisation}" is not in the roster.',
      sv: '"{organisation}" finns inte i listan över organisationer.',
    },
    unknownWithSuggestion: {
      en: '"{organisation}" is not in the roster. Did you mean "{suggestion}"?',
      sv: '"{organisation}" finns inte i listan över organisationer. Menade du "{suggestion}"?',
    },
    nearDuplicate: {
      en: '"{organisation}" looks like another spelling of "{suggestion}".',
      sv: '"{organisation}" ser ut som en annan stavning av "{suggestion}".',
    },
    rename: { en: 'Rename to "{suggestion}"', sv: 'Byt namn till "{suggestion}"' },
  },
  check(question, context) {
    const reports: RuleReport[] = [];
    for (const answer of question.answers) {
      const written = answer.organisation.text;
      let messageId: string;
      let suggestion: string | undefined;
      if (context.roster.source === 'inferred') {
        suggestion = context.nearDuplicates.get(written.replace(/\s+/g, ' ').trim());
        if (!suggestion) continue;
        messageId = 'nearDuplicate';
      } else {
        if (context.organisations.resolve(written)) continue;
        suggestion = context.organisations.suggest(written);
        messageId = suggestion ? 'unknownWithSuggestion' : 'unknown';
      }
      const data = { organisation: written, ...(suggestion ? { suggestion } : {}) };
      const { start, end } = answer.organisation.range;
      reports.push({
        messageId,
        data,
        range: answer.organisation.range,
        ...(suggestion ? { fix: { titleId: 'rename', data, edits: [replaceRange(context.lines, start.offset, end.offset, suggestion)] } } : {}),
        facts: { question: question.number, organisation: written, ...(suggestion ? { suggestion } : {}) },
      });
    }
    return reports;
  },
});
