import { DEFAULT_CONFIDENTIALITY_NOTICE } from '../i18n/default-notice.js';
import { detectSurveyLanguage } from '../i18n/survey-language.js';
import { foldText } from '../roster/fold-text.js';
import { insertAt, lineBreakOf, replaceRange } from './edits.js';
import { defineRule, type RuleContext, type RuleReport } from './rule.js';

function expectedNotice(context: RuleContext): string | null {
  const fromFrontMatter = context.survey.frontMatter?.data['confidentiality'];
  if (typeof fromFrontMatter === 'string' && fromFrontMatter.trim()) return fromFrontMatter;
  return context.config.confidentiality?.trim() ? context.config.confidentiality : null;
}

function asBlockquote(text: string, lineBreak: string): string {
  return text
    .trim()
    .split(/\r\n|\r|\n/)
    .map((line) => `> ${line}`.trimEnd())
    .join(lineBreak);
}

export const rus001ConfidentialityNotice = defineRule({
  id: 'RUS001',
  name: 'confidentiality-notice',
  description: {
    en: 'The survey has its confidentiality notice as a blockquote between the title and the first part.',
    sv: 'Enkäten har sin konfidentialitetsnotis som citatblock mellan rubriken och första delen.',
  },
  defaultSeverity: 'error',
  fixable: true,
  scope: 'survey',
  messages: {
    missing: {
      en: 'The survey has no confidentiality notice before its first part.',
      sv: 'Enkäten saknar konfidentialitetsnotis före första delen.',
    },
    differs: {
      en: 'The confidentiality notice differs from the expected text: "{expected}".',
      sv: 'Konfidentialitetsnotisen skiljer sig från den förväntade texten: "{expected}".',
    },
    misplaced: {
      en: 'The confidentiality notice stands after the first part; move it between the title and the first part.',
      sv: 'Konfidentialitetsnotisen står efter första delen; flytta den mellan rubriken och första delen.',
    },
    insertNotice: { en: 'Insert the confidentiality notice', sv: 'Infoga konfidentialitetsnotisen' },
    replaceNotice: { en: 'Replace the notice with the expected text', sv: 'Ersätt notisen med den förväntade texten' },
  },
  check(survey, context) {
    const expected = expectedNotice(context);
    const reports: RuleReport[] = [];
    // The notice is a blockquote between the H1 and the first part; without an expected text it must not be empty.
    const titleEnd = survey.titleHeading?.range.end.offset ?? 0;
    const notice = survey.blockquotes.find(
      (quote) => quote.beforeFirstPart && quote.range.start.offset >= titleEnd && (expected !== null || quote.text !== ''),
    );
    const lineBreak = lineBreakOf(context.text);

    if (notice) {
      if (expected !== null && foldText(notice.text) !== foldText(expected)) {
        reports.push({
          messageId: 'differs',
          data: { expected },
          range: notice.range,
          severity: 'warning',
          suggestions: [
            {
              titleId: 'replaceNotice',
              edits: [replaceRange(context.lines, notice.range.start.offset, notice.range.end.offset, asBlockquote(expected, lineBreak))],
            },
          ],
        });
      }
      return reports;
    }

    const text = expected ?? DEFAULT_CONFIDENTIALITY_NOTICE[detectSurveyLanguage(survey)];
    const range = survey.titleHeading?.range ?? context.lines.lineRange(0);
    const offset = survey.noticeInsertionOffset;
    // Keep the notice a block of its own: a blank line before it and before what follows.
    const before = offset === 0 ? '' : `${lineBreak}${lineBreak}`;
    const { text: source } = context;
    const after =
      offset >= source.length ? lineBreak
      : source.startsWith(`${lineBreak}${lineBreak}`, offset) ? ''
      : source.startsWith(lineBreak, offset) ? lineBreak
      : `${lineBreak}${lineBreak}`;
    // Inserting helps only where the notice would stand after the H1 and before the first part (a part can precede the H1).
    const firstPart = survey.parts[0];
    const insertable = offset >= titleEnd && (!firstPart || offset <= firstPart.range.start.offset);
    reports.push({
      messageId: 'missing',
      range,
      ...(insertable
        ? { fix: { titleId: 'insertNotice', edits: [insertAt(context.lines, offset, `${before}${asBlockquote(text, lineBreak)}${after}`)] } }
        : {}),
    });
    const late = survey.blockquotes.find((quote) => !quote.beforeFirstPart && (expected === null || foldText(quote.text) === foldText(expected)));
    if (late && expected !== null) reports.push({ messageId: 'misplaced', range: late.range, severity: 'warning' });
    return reports;
  },
});
