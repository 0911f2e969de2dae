import { foldText } from '../roster/fold-text.js';
import type { NearDuplicate } from '../roster/near-duplicates.js';
import { knownOrganisation } from '../organisations/known-organisations.js';
import type { Answer } from '../schema/survey.js';
import { escapeTableCell } from '../serialize/markdown-escape.js';
import { replaceRange } from './edits.js';
import { defineRule, type FixReport, type RuleContext, type RuleReport } from './rule.js';

const NEVER_TOGETHER = {
  en: 'the two never answer the same question',
  sv: 'de två svarar aldrig på samma fråga',
};

function nearDuplicateMessage(nearDuplicate: NearDuplicate): string {
  if (nearDuplicate.evidence !== 'rare') return `nearDuplicate${nearDuplicate.evidence[0]!.toUpperCase()}${nearDuplicate.evidence.slice(1)}`;
  return nearDuplicate.labels.length === 1 ? 'nearDuplicateRareOne' : 'nearDuplicateRare';
}

function renameFix(answer: Answer, to: string, context: RuleContext): FixReport {
  const written = answer.organisation.text;
  const { start, end } = answer.organisation.range;
  const newText = answer.form === 'table' ? escapeTableCell(to) : to;
  return {
    titleId: 'rename',
    data: { organisation: written, suggestion: to },
    edits: [replaceRange(context.lines, start.offset, end.offset, newText)],
    renames: [{ from: written, to }],
  };
}

export const rus004UnknownOrganisation = defineRule({
  id: 'RUS004',
  name: 'unknown-organisation',
  description: {
    en: 'Every answering organisation is in the roster, or (with an inferred roster) is not, on the evidence, another spelling of one that is.',
    sv: 'Varje svarande organisation finns i listan, eller (med en härledd lista) är inte, på goda grunder, en annan stavning av en som finns där.',
  },
  defaultSeverity: 'error',
  fixable: true,
  scope: 'question',
  messages: {
    unknown: {
      en: '"{organisation}" is not in the roster.',
      sv: '"{organisation}" finns inte i listan över organisationer.',
    },
    unknownKnown: {
      en: '"{organisation}" is not in the roster. It is a real organisation: add it to the roster if it is expected to answer.',
      sv: '"{organisation}" finns inte i listan över organisationer. Det är en verklig organisation: lägg till den i listan om den ska svara.',
    },
    unknownWithSuggestion: {
      en: '"{organisation}" is not in the roster. Did you mean "{suggestion}"?',
      sv: '"{organisation}" finns inte i listan över organisationer. Menade du "{suggestion}"?',
    },
    alias: {
      en: '"{organisation}" is another name of "{suggestion}"; the config asks for the roster\'s names (organisationNames: canonical).',
      sv: '"{organisation}" är ett annat namn på "{suggestion}"; konfigurationen vill ha listans namn (organisationNames: canonical).',
    },
    nearDuplicateWords: {
      en: `"{organisation}" looks like another form of "{suggestion}" (the same name with words added or left out), and ${NEVER_TOGETHER.en}.`,
      sv: `"{organisation}" ser ut som en annan form av "{suggestion}" (samma namn med ord tillagda eller borttagna), och ${NEVER_TOGETHER.sv}.`,
    },
    nearDuplicateLetters: {
      en: `"{organisation}" is "{suggestion}" spelt without its å, ä, ö or punctuation, and ${NEVER_TOGETHER.en}.`,
      sv: `"{organisation}" är "{suggestion}" stavat utan å, ä, ö eller skiljetecken, och ${NEVER_TOGETHER.sv}.`,
    },
    nearDuplicateKnown: {
      en: `"{organisation}" is not a known organisation, but "{suggestion}", spelt almost the same, is; ${NEVER_TOGETHER.en}.`,
      sv: `"{organisation}" är ingen känd organisation, men "{suggestion}", som stavas nästan likadant, är det; ${NEVER_TOGETHER.sv}.`,
    },
    nearDuplicateRareOne: {
      en: '"{organisation}" looks like another spelling of "{suggestion}": it answers question {questions} only, and "{suggestion}" answers {otherCount} others.',
      sv: '"{organisation}" ser ut som en annan stavning av "{suggestion}": den svarar bara på fråga {questions}, och "{suggestion}" på {otherCount} andra.',
    },
    nearDuplicateRare: {
      en: '"{organisation}" looks like another spelling of "{suggestion}": it answers only questions {questions}, and "{suggestion}" answers {otherCount} others.',
      sv: '"{organisation}" ser ut som en annan stavning av "{suggestion}": den svarar bara på frågorna {questions}, och "{suggestion}" på {otherCount} andra.',
    },
    rename: { en: 'Rename to "{suggestion}"', sv: 'Byt namn till "{suggestion}"' },
  },
  check(question, context) {
    const reports: RuleReport[] = [];
    // A rename into an organisation that already answers this question would merge two answers: not offered.
    const identity = (name: string): string => foldText(context.organisations.resolve(name)?.name ?? name);
    const answersBy = (name: string, other: Answer): boolean =>
      question.answers.some((answer) => answer !== other && identity(answer.organisation.text) === identity(name));
    const report = (answer: Answer, messageId: string, suggestion: string | undefined, confident: boolean, extra: Record<string, string | number> = {}, severity?: 'warning'): void => {
      const written = answer.organisation.text;
      const data = { organisation: written, ...(suggestion ? { suggestion } : {}), ...extra };
      const rename = suggestion && !answersBy(suggestion, answer) ? renameFix(answer, suggestion, context) : undefined;
      reports.push({
        messageId,
        data,
        range: answer.organisation.range,
        ...(severity ? { severity } : {}),
        // Certain evidence is applied by --fix; a looser guess is only offered as a quick fix.
        ...(rename && confident ? { fix: rename } : {}),
        ...(rename && !confident ? { suggestions: [rename] } : {}),
        facts: { question: question.number, organisation: written, ...(suggestion ? { suggestion } : {}) },
      });
    };
    for (const answer of question.answers) {
      const written = answer.organisation.text;
      if (context.roster.source === 'inferred') {
        // With an inferred roster, a known organisation's roster name is its official one.
        const known = knownOrganisation(written);
        if (known && context.config.organisationNames === 'canonical' && foldText(known.name) !== foldText(written)) {
          report(answer, 'alias', known.name, true, {}, 'warning');
          continue;
        }
        const nearDuplicate = context.nearDuplicates.get(foldText(written));
        if (!nearDuplicate) continue;
        const extra = { questions: nearDuplicate.labels.join(', '), otherCount: nearDuplicate.otherCount };
        report(answer, nearDuplicateMessage(nearDuplicate), nearDuplicate.name, nearDuplicate.confident, extra, nearDuplicate.confident ? undefined : 'warning');
        continue;
      }
      const entry = context.organisations.resolve(written);
      if (entry) {
        if (context.config.organisationNames === 'canonical' && !context.organisations.isCanonical(written)) report(answer, 'alias', entry.name, true, {}, 'warning');
        continue;
      }
      const suggested = context.organisations.suggest(written);
      if (suggested) report(answer, 'unknownWithSuggestion', suggested.name, suggested.confident);
      else report(answer, knownOrganisation(written) ? 'unknownKnown' : 'unknown', undefined, false);
    }
    return reports;
  },
});
