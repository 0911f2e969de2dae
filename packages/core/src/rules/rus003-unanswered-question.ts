import { defineRule, type RuleReport } from './rule.js';

export const rus003UnansweredQuestion = defineRule({
  id: 'RUS003',
  name: 'unanswered-question',
  description: {
    en: 'An answer that is present is not empty and not a placeholder such as "-", "TBD" or "N/A".',
    sv: 'Ett svar som finns är inte tomt och inte en platshållare som "-", "TBD" eller "N/A".',
  },
  defaultSeverity: 'warning',
  fixable: false,
  scope: 'question',
  messages: {
    empty: {
      en: 'The answer of {organisation} to question {question} is empty.',
      sv: 'Svaret från {organisation} på fråga {question} är tomt.',
    },
    placeholder: {
      en: 'The answer of {organisation} to question {question} is only a placeholder ("{text}").',
      sv: 'Svaret från {organisation} på fråga {question} är bara en platshållare ("{text}").',
    },
  },
  check(question) {
    const reports: RuleReport[] = [];
    for (const answer of question.answers) {
      if (answer.status !== 'empty' && answer.status !== 'placeholder') continue;
      reports.push({
        messageId: answer.status,
        data: { organisation: answer.organisation.text, question: question.number ?? question.text, text: answer.text.trim() },
        range: answer.anchor,
        facts: { question: question.number, organisation: answer.organisation.text },
      });
    }
    return reports;
  },
});
