import type { TextEdit } from '../schema/diagnostic.js';
import type { Answer } from '../schema/survey.js';
import { replaceRange } from './edits.js';
import { defineRule, type RuleContext, type RuleReport } from './rule.js';

const PARAGRAPH_TAGS = /<\/p\s*>\s*<p(?:\s[^>]*)?>|<\/?p(?:\s[^>]*)?>/gi;

/** Edits that turn `<p>` markup into the form's own paragraph breaks; the words between the tags stay. */
function paragraphTagEdits(answer: Answer, context: RuleContext): TextEdit[] {
  // Removing the tag that opens an HTML block would turn the Markdown it swallowed into structure.
  if (answer.inlineHtml.some((html) => !html.inline)) return [];
  const breakText = answer.form === 'table' ? '<br><br>' : '\n\n';
  const edits: TextEdit[] = [];
  for (const segment of answer.segments) {
    const base = segment.range.start.offset;
    for (const match of segment.text.matchAll(PARAGRAPH_TAGS)) {
      const start = base + match.index;
      const end = start + match[0].length;
      const opensParagraph = /<p/i.test(match[0].replace(/^<\/p\s*>/i, ''));
      const atEdge = segment.text.slice(0, match.index).trim() === '' || segment.text.slice(match.index + match[0].length).trim() === '';
      edits.push(replaceRange(context.lines, start, end, opensParagraph && !atEdge ? breakText : ''));
    }
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
