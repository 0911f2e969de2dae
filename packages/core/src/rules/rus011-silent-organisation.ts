import type { OrganisationMatcher } from '../roster/organisation-matcher.js';
import type { RosterEntry } from '../schema/roster.js';
import { allQuestions, type Question } from '../schema/survey.js';
import { defineRule, type RuleReport } from './rule.js';

/**
 * The roster entries that answer in a question, by question and matcher: the incremental linter keeps the
 * models of the questions an edit did not touch (and the matcher while the roster holds), so only the edited
 * question's answers are resolved again.
 */
const answeringByQuestion = new WeakMap<Question, { organisations: OrganisationMatcher; entries: Set<RosterEntry | undefined> }>();

function answeringIn(question: Question, organisations: OrganisationMatcher): Set<RosterEntry | undefined> {
  const known = answeringByQuestion.get(question);
  if (known?.organisations === organisations) return known.entries;
  // An empty row or a placeholder is not an answer; an explicit "Inget svar" is one.
  const entries = new Set(
    question.answers
      .filter((answer) => answer.status === 'answered' || answer.status === 'no-answer')
      .map((answer) => organisations.resolve(answer.organisation.text)),
  );
  answeringByQuestion.set(question, { organisations, entries });
  return entries;
}

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
    const answering = allQuestions(survey).map((question) => answeringIn(question, context.organisations));
    return context.roster.organisations
      .filter((organisation) => !answering.some((entries) => entries.has(organisation)))
      .map((organisation): RuleReport => ({
        messageId: 'silent',
        data: { organisation: organisation.name },
        range: context.lines.lineRange(0),
        facts: { organisation: organisation.name },
      }));
  },
});
