import { quickFixTitle } from '../i18n/quick-fix-titles.js';
import { foldText } from '../roster/fold-text.js';
import { missingAnswerInsertion } from './missing-answer-insertion.js';
import { defineRule, type FixReport, type RuleReport } from './rule.js';

export const rus002MissingOrganisation = defineRule({
  id: 'RUS002',
  name: 'missing-organisation',
  description: {
    en: 'Every organisation in the roster has an answer to every question (an explicit "Inget svar" counts).',
    sv: 'Varje organisation i listan har ett svar på varje fråga (ett uttryckligt "Inget svar" räknas).',
  },
  defaultSeverity: 'warning',
  fixable: true,
  scope: 'question',
  messages: {
    missing: {
      en: '{organisation} has no answer to question {question}.',
      sv: '{organisation} saknar svar på fråga {question}.',
    },
    addEmpty: { en: 'Add an empty answer for {organisation} to question {question}', sv: 'Lägg till ett tomt svar för {organisation} på fråga {question}' },
    addNoAnswer: { en: 'Record that {organisation} did not answer question {question}', sv: 'Ange att {organisation} inte svarade på fråga {question}' },
  },
  // Every organisation missing from one question, added in one go. Unnumbered questions are left out: the
  // number is all the facts say about which question it is.
  fixGroup: {
    key: (facts) => (typeof facts['question'] === 'number' ? `question ${facts['question']}` : undefined),
    title: (count, facts, locale) => quickFixTitle('addAllMissing', locale, { count, question: String(facts['question']) }),
  },
  check(question, context) {
    const answered = new Set(question.answers.map((answer) => context.organisations.resolve(answer.organisation.text)));
    // An answer under a misspelt name is RUS004's finding; its rename fix, not an empty row, is the remedy.
    const misspelt = new Set(
      question.answers
        .filter((answer) => !context.organisations.resolve(answer.organisation.text))
        .map((answer) =>
          context.roster.source === 'inferred'
            ? context.nearDuplicates.get(foldText(answer.organisation.text))?.name
            : context.organisations.suggest(answer.organisation.text)?.name,
        ),
    );
    const reports: RuleReport[] = [];
    const questionLabel = question.number ?? question.text;
    for (const organisation of context.roster.organisations) {
      if (answered.has(organisation) || misspelt.has(organisation.name)) continue;
      const data = { organisation: organisation.name, question: questionLabel };
      const empty = missingAnswerInsertion(question, organisation, '', context);
      const noAnswerText = context.parseOptions.noAnswer[0];
      const noAnswer = noAnswerText ? missingAnswerInsertion(question, organisation, noAnswerText, context) : null;
      const suggestions: FixReport[] = noAnswer ? [{ titleId: 'addNoAnswer', data, edits: [noAnswer] }] : [];
      reports.push({
        messageId: 'missing',
        data,
        range: question.heading.range,
        ...(empty ? { fix: { titleId: 'addEmpty', data, edits: [empty] } } : {}),
        suggestions,
        facts: { question: question.number, organisation: organisation.name },
      });
    }
    return reports;
  },
});
