import type { TextEdit } from '../schema/diagnostic.js';
import type { Answer } from '../schema/survey.js';
import { lineBreakOf, replaceRange } from './edits.js';
import { defineRule, type RuleContext, type RuleReport } from './rule.js';

const OPENING_TAG = /^<p(?:\s[^>]*)?>$/i;
const CLOSING_TAG = /^<\/p\s*>$/i;

/**
 * Edits that turn `<p>` markup into the form's own paragraph breaks; the words between the tags stay. Only
 * tags the parser read as HTML are touched: `\<p>` (escaped) and `<p>` in code or in a comment are text.
 */
function paragraphTagEdits(answer: Answer, context: RuleContext): TextEdit[] {
  // Removing the tag that opens an HTML block would turn the Markdown it swallowed into structure.
  if (answer.inlineHtml.some((html) => !html.inline)) return [];
  const breakText = answer.form === 'table' ? '<br><br>' : lineBreakOf(context.text).repeat(2);
  const tags = answer.inlineHtml
    .map((html) => ({ value: html.value.trim(), start: html.range.start.offset, end: html.range.end.offset }))
    .filter((tag) => OPENING_TAG.test(tag.value) || CLOSING_TAG.test(tag.value))
    .sort((a, b) => a.start - b.start);
  const { text } = context;
  const atEdge = (start: number, end: number): boolean => {
    const segment = answer.segments.find((candidate) => candidate.range.start.offset <= start && end <= candidate.range.end.offset);
    if (!segment) return true;
    return text.slice(segment.range.start.offset, start).trim() === '' || text.slice(end, segment.range.end.offset).trim() === '';
  };
  const edits: TextEdit[] = [];
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const next = tags[i + 1];
    // `</p> <p>` is one paragraph break.
    if (CLOSING_TAG.test(tag.value) && next && OPENING_TAG.test(next.value) && text.slice(tag.end, next.start).trim() === '') {
      edits.push(replaceRange(context.lines, tag.start, next.end, atEdge(tag.start, next.end) ? '' : breakText));
      i++;
      continue;
    }
    // Between words, either tag is a paragraph break ("ett</p>två"); at the answer's edge it is only markup.
    edits.push(replaceRange(context.lines, tag.start, tag.end, atEdge(tag.start, tag.end) ? '' : breakText));
  }
  return edits;
}

export const rus009InlineHtml = defineRule({
  id: 'RUS009',
  name: 'inline-html',
  description: {
    en: 'Answers hold no raw HTML except `<br>` (the table form\'s line break).',
    sv: 'Svaren innehåller ingen rå HTML utom `<br>` (tabellformens radbrytning).',
  },
  defaultSeverity: 'info',
  fixable: true,
  scope: 'question',
  messages: {
    html: {
      en: 'The answer of {organisation} contains raw HTML ({tags}).',
      sv: 'Svaret från {organisation} innehåller rå HTML ({tags}).',
    },
    convertParagraphs: { en: 'Convert <p> to Markdown line breaks', sv: 'Gör om <p> till Markdown-radbrytningar' },
  },
  check(question, context) {
    const reports: RuleReport[] = [];
    for (const answer of question.answers) {
      if (answer.inlineHtml.length === 0) continue;
      const tags = [...new Set(answer.inlineHtml.map((html) => /<\/?[a-z][^\s>/]*/i.exec(html.value)?.[0].replace('/', '') ?? html.value.trim()))];
      const data = { organisation: answer.organisation.text, tags: tags.map((tag) => `${tag}>`).join(', ') };
      const edits = paragraphTagEdits(answer, context);
      reports.push({
        messageId: 'html',
        data,
        range: answer.segments[0]?.range ?? answer.range,
        ...(edits.length > 0 ? { fix: { titleId: 'convertParagraphs', edits } } : {}),
        facts: { question: question.number, organisation: answer.organisation.text },
      });
    }
    return reports;
  },
});
