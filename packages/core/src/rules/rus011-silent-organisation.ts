import { allQuestions } from '../schema/survey.js';
import { defineRule, type RuleReport } from './rule.js';

export const rus011SilentOrganisation = defineRule({
  id: 'RUS011',
  name: 'silent-organisation',
  description: {
    en: 'Every organisation in the roster answers at least one question.',
    sv: 'Varje organisation i listan svarar på minst en fråga.',
  },
  defaultSeverity: 'info',
  fixable: false,
  scope: 'survey',
  messages: {
    silent: {
      en: '{organisation} answers no question in this survey.',
      sv: '{organisation} svarar inte på någon fråga i enkäten.',
    },
  },
  check(survey, context) {
    // An empty row or a placeholder is not an answer; an explicit "Inget svar" is one.
    const answering = new Set(
      allQuestions(survey).flatMap((question) =>
        question.answers
          .filter((answer) => answer.status === 'answered' || answer.status === 'no-answer')
          .map((answer) => context.organisations.resolve(answer.organisation.text)),
      ),
    );
    return context.roster.organisations
      .filter((organisation) => !answering.has(organisation))
      .map((organisation): RuleReport => ({
        messageId: 'silent',
        data: { organisation: organisation.name },
        range: context.lines.lineRange(0),
        facts: { organisation: organisation.name },
      }));
  },
});
