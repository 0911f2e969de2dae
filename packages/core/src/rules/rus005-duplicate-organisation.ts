import { foldText } from '../roster/fold-text.js';
import { defineRule, type RuleReport } from './rule.js';

export const rus005DuplicateOrganisation = defineRule({
  id: 'RUS005',
  name: 'duplicate-organisation',
  description: {
    en: 'An organisation answers a question once (names and aliases count as the same organisation).',
    sv: 'En organisation svarar en gång per fråga (namn och alias räknas som samma organisation).',
  },
  defaultSeverity: 'error',
  fixable: false,
  scope: 'question',
  messages: {
    duplicate: {
      en: '{organisation} answers question {question} more than once (first on line {firstLine}).',
      sv: '{organisation} svarar mer än en gång på fråga {question} (först på rad {firstLine}).',
    },
  },
  check(question, context) {
    const seen = new Map<unknown, number>();
    const reports: RuleReport[] = [];
    for (const answer of question.answers) {
      const key = context.organisations.resolve(answer.organisation.text) ?? foldText(answer.organisation.text);
      const firstLine = seen.get(key);
      if (firstLine === undefined) {
        seen.set(key, answer.anchor.start.line);
        continue;
      }
      reports.push({
        messageId: 'duplicate',
        data: { organisation: answer.organisation.text, question: question.number ?? question.text, firstLine },
        range: answer.organisation.range,
        facts: { question: question.number, organisation: answer.organisation.text },
      });
    }
    return reports;
  },
});
