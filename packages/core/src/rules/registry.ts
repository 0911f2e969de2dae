import type { Rule } from './rule.js';
import { rus001ConfidentialityNotice } from './rus001-confidentiality-notice.js';
import { rus002MissingOrganisation } from './rus002-missing-organisation.js';
import { rus003UnansweredQuestion } from './rus003-unanswered-question.js';
import { rus004UnknownOrganisation } from './rus004-unknown-organisation.js';
import { rus005DuplicateOrganisation } from './rus005-duplicate-organisation.js';
import { rus006QuestionNumbering } from './rus006-question-numbering.js';
import { rus007QuestionTextMismatch } from './rus007-question-text-mismatch.js';
import { rus008ContinuationRow } from './rus008-continuation-row.js';
import { rus009InlineHtml } from './rus009-inline-html.js';
import { rus010SurveyStructure } from './rus010-survey-structure.js';
import { rus011SilentOrganisation } from './rus011-silent-organisation.js';

/** Every rule, in id order. */
export const rules: readonly Rule[] = [
  rus001ConfidentialityNotice,
  rus002MissingOrganisation,
  rus003UnansweredQuestion,
  rus004UnknownOrganisation,
  rus005DuplicateOrganisation,
  rus006QuestionNumbering,
  rus007QuestionTextMismatch,
  rus008ContinuationRow,
  rus009InlineHtml,
  rus010SurveyStructure,
  rus011SilentOrganisation,
];

const byKey = new Map<string, Rule>();
for (const rule of rules) {
  byKey.set(rule.id.toLowerCase(), rule);
  byKey.set(rule.name.toLowerCase(), rule);
}

/** A rule by id (`RUS002`) or name (`missing-organisation`), case-insensitive. */
export function findRule(idOrName: string): Rule | undefined {
  return byKey.get(idOrName.trim().toLowerCase());
}

/** Where each rule's documentation page lives. */
export const RULE_DOCS_BASE_URL = 'https://github.com/rus-survey/rus-survey/blob/main/docs/rules/';

export function ruleDocsUrl(rule: Pick<Rule, 'id'>): string {
  return `${RULE_DOCS_BASE_URL}${rule.id}.md`;
}
