import { escapeTableCell } from '../serialize/markdown-escape.js';
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
      let confident = false;
      if (context.roster.source === 'inferred') {
        suggestion = context.nearDuplicates.get(written.replace(/\s+/g, ' ').trim());
        if (!suggestion) continue;
        messageId = 'nearDuplicate';
        confident = true;
      } else {
        if (context.organisations.resolve(written)) continue;
        const suggested = context.organisations.suggest(written);
        suggestion = suggested?.name;
        confident = suggested?.confident ?? false;
        messageId = suggestion ? 'unknownWithSuggestion' : 'unknown';
      }
      const data = { organisation: written, ...(suggestion ? { suggestion } : {}) };
      const { start, end } = answer.organisation.range;
      const newName = suggestion && answer.form === 'table' ? escapeTableCell(suggestion) : suggestion;
      const rename = newName ? { titleId: 'rename', data, edits: [replaceRange(context.lines, start.offset, end.offset, newName)] } : undefined;
      reports.push({
        messageId,
        data,
        range: answer.organisation.range,
        // A close guess is applied by --fix; a looser one is only offered as a quick fix.
        ...(rename && confident ? { fix: rename } : {}),
        ...(rename && !confident ? { suggestions: [rename] } : {}),
        facts: { question: question.number, organisation: written, ...(suggestion ? { suggestion } : {}) },
      });
    }
    return reports;
  },
});
