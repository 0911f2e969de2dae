import type { AnswerContent, PartContent, QuestionContent, SurveyContent } from '../schema/survey-content.js';
import { escapeParagraph, escapeTableCell } from '../serialize/markdown-escape.js';
import { serializeSurveyContent } from '../serialize/serialize-survey.js';
import { NOTICE_TEXT as NOTICE, dateInTitle as dateIn } from './survey-heading-text.js';
import { appendAll } from '../collections/append-all.js';

const TABLE_HEADER = /^(organisation|organization|org)\t/i;
const JUNK_ROW = /^-{3,}\t-*\s*$/;

export interface SeedImportResult {
  content: SurveyContent;
  /** The canonical `.survey.md`. */
  markdown: string;
  /** What the importer changed or could not place, for a person to check. */
  notes: string[];
}

/**
 * Reads the plain-text export of the Word questionnaire (title, paragraphs, tab-separated tables, blank
 * lines for page breaks): joins rows split by a page break to the answer above, drops `-----` rows, and
 * keeps everything else, raw HTML included, so RUS009 can report it.
 */
export function importSeedText(text: string): SeedImportResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).map((line) => line.replace(/\s+$/, ''));
  const content: SurveyContent = { frontMatter: { 'rus-survey': true }, title: null, intro: null, notice: null, parts: [] };
  const notes: string[] = [];
  const nonBlank = lines.map((line, index) => ({ line, index })).filter(({ line }) => line.trim() !== '');
  const isHeader = (i: number): boolean => TABLE_HEADER.test(nonBlank[i]?.line ?? '');
  const isRow = (i: number): boolean => (nonBlank[i]?.line ?? '').includes('\t');

  const intro: string[] = [];
  let part: PartContent | null = null;
  let question: QuestionContent | null = null;
  let pendingLead: string[] = [];

  for (let i = 0; i < nonBlank.length; i++) {
    const line = nonBlank[i]!.line.trim();
    if (content.title === null) {
      content.title = line;
      const date = dateIn(line);
      if (date) content.frontMatter = { ...content.frontMatter, date };
      continue;
    }
    if (isHeader(i + 1)) {
      // The question's paragraph: the table's header repeats it with its number.
      const [, header = ''] = nonBlank[i + 1]!.line.split('\t');
      const number = /^(\d+)[.)]/.exec(header.trim());
      const previous = part?.questions.flatMap((q) => (q.number === null ? [] : [q.number])).pop() ?? 0;
      question = {
        number: number ? Number(number[1]) : previous + 1,
        text: line,
        lead: pendingLead.length ? pendingLead.join('\n\n') : null,
        form: 'table',
        header: ['Organisation', escapeTableCell(header.trim() || 'Svar')],
        answers: [],
      };
      pendingLead = [];
      if (!part) {
        part = { title: null, questions: [] };
        content.parts.push(part);
      }
      part.questions.push(question);
      i++;
      // The rows: up to the next line without a tab; blank lines (page breaks) do not end the table.
      let last: AnswerContent | null = null;
      while (isRow(i + 1)) {
        i++;
        const row = nonBlank[i]!.line;
        if (JUNK_ROW.test(row.trim())) {
          notes.push(`dropped the row "${row.trim()}" (line ${nonBlank[i]!.index + 1})`);
          continue;
        }
        const [organisation = '', ...rest] = row.split('\t');
        const answer = escapeTableCell(rest.join(' ').trim());
        if (organisation.trim() === '' && last) {
          last.text = `${last.text} ${answer}`.trim();
          notes.push(`joined the row on line ${nonBlank[i]!.index + 1} to the answer of ${last.organisation}`);
          continue;
        }
        last = { organisation: escapeTableCell(organisation.trim()), text: answer };
        question.answers.push(last);
      }
      continue;
    }
    if (isHeader(i + 2)) {
      // A line followed by a question is a part heading.
      part = { title: line, questions: [] };
      content.parts.push(part);
      question = null;
      continue;
    }
    if (!part) {
      if (NOTICE.test(line) && content.notice === null) content.notice = line;
      else intro.push(escapeParagraph(line));
      continue;
    }
    // Text after a table that is no heading: keep it as the lead of the next question.
    pendingLead.push(escapeParagraph(line));
  }
  if (pendingLead.length) {
    const target = question ?? null;
    if (target) target.lead = [target.lead, ...pendingLead].filter(Boolean).join('\n\n');
    else appendAll(intro, pendingLead);
  }
  content.intro = intro.length ? intro.join('\n\n') : null;
  return { content, markdown: serializeSurveyContent(content), notes };
}
