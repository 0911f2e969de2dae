import type { Element, ElementContent, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { AnswerContent, PartContent, QuestionContent, SurveyContent } from '../schema/survey-content.js';
import { escapeTableCell } from '../serialize/markdown-escape.js';
import { headerKey, organisationColumnIndex } from './column-headers.js';
import { htmlCellMarkdown, htmlMarkdown, htmlPlainText } from './html-markdown.js';
import { importNote, type ImportNote } from './import-notes.js';
import type { ImportOptions } from './import-options.js';
import { summariseImport, type SurveyImport } from './import-result.js';
import { importedFrontMatter } from './survey-front-matter.js';
import { NOTICE_TEXT, PART_TEXT, numberedText } from './survey-heading-text.js';
import { appendAll } from '../collections/append-all.js';

type Block =
  | { kind: 'heading'; level: number; text: string; markdown: string }
  | { kind: 'paragraph'; text: string; markdown: string; bold: boolean }
  | { kind: 'table'; rows: Element[][] };

type Paragraph = { text: string; markdown: string };
type OpenQuestion = QuestionContent & { hasTable: boolean };
type OpenPart = { title: string | null; questions: OpenQuestion[] };

const isElement = (node: RootContent | ElementContent): node is Element => node.type === 'element';
const ANSWER_HEADER = /^(svar|answer|svaret|answers)$/i;

/** True when every letter of a paragraph is inside <strong> or <b>: an author's heading without a style. */
function allBold(node: ElementContent, inBold = false): boolean {
  if (node.type === 'text') return inBold || node.value.trim() === '';
  if (node.type !== 'element') return true;
  const bold = inBold || node.tagName === 'strong' || node.tagName === 'b';
  return node.children.every((child) => allBold(child, bold));
}

function tableRows(table: Element): Element[][] {
  const rows: Element[][] = [];
  const visit = (node: Element): void => {
    for (const child of node.children) {
      if (!isElement(child)) continue;
      if (child.tagName === 'tr') rows.push(child.children.filter(isElement).filter((cell) => cell.tagName === 'td' || cell.tagName === 'th'));
      else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') visit(child);
    }
  };
  visit(table);
  return rows;
}

/** mammoth's HTML as a flat list of headings, paragraphs (lists count as paragraphs) and tables. */
function blocksOf(html: string): Block[] {
  const root = fromHtml(html, { fragment: true });
  const blocks: Block[] = [];
  const visit = (nodes: readonly (RootContent | ElementContent)[]): void => {
    for (const node of nodes) {
      if (!isElement(node)) {
        if (node.type === 'text' && node.value.trim() !== '') blocks.push({ kind: 'paragraph', text: node.value.trim(), markdown: node.value.trim(), bold: false });
        continue;
      }
      const heading = /^h([1-6])$/.exec(node.tagName);
      const text = htmlPlainText([node]);
      if (heading) {
        if (text !== '') blocks.push({ kind: 'heading', level: Number(heading[1]), text, markdown: htmlMarkdown(node.children) });
      } else if (node.tagName === 'table') {
        blocks.push({ kind: 'table', rows: tableRows(node) });
      } else if (node.tagName === 'div' || node.tagName === 'section' || node.tagName === 'body' || node.tagName === 'html') {
        visit(node.children);
      } else if (text !== '') {
        blocks.push({ kind: 'paragraph', text, markdown: htmlMarkdown([node]), bold: node.tagName === 'p' && allBold(node) });
      }
    }
  };
  visit(root.children);
  return blocks;
}

const COVERAGE_FIRST_HEADER = /^(question|fråga)$/i;

/**
 * The coverage table an export adds (Question | Answered | Missing organisations) and its heading: counts made from
 * the answers, not answers, so they are left out, with a note.
 */
function withoutCoverageTables(blocks: Block[], notes: ImportNote[]): Block[] {
  const kept: Block[] = [];
  for (const block of blocks) {
    const header = block.kind === 'table' ? (block.rows[0] ?? []).map((cell) => htmlPlainText(cell.children)) : [];
    if (block.kind === 'table' && header.length >= 3 && COVERAGE_FIRST_HEADER.test(headerKey(header[0]!))) {
      const heading = kept.at(-1);
      if (heading?.kind === 'heading') kept.pop();
      notes.push(importNote('leftOutCoverage', { heading: heading?.kind === 'heading' ? heading.text : header.join(' | ') }));
      continue;
    }
    kept.push(block);
  }
  return kept;
}

/**
 * A Word document (as mammoth's HTML) → survey content. The title is the first Heading 1 (or Title) or a first bold
 * paragraph; parts and questions are headings or bold paragraphs ("Del ett: …", "1. …"); each question's table has a
 * header row naming the organisation column and the question (a header of only "Svar" takes the question from the
 * paragraph above) and a row per organisation. A cell's paragraphs are kept, as Markdown; nothing is dropped: what
 * does not fit is placed where it reads and noted.
 */
export function importDocxHtml(html: string, options: ImportOptions = {}): SurveyImport {
  const notes: ImportNote[] = [];
  const blocks = withoutCoverageTables(blocksOf(html), notes);
  let title: string | null = null;
  const intro: Paragraph[] = [];
  let notice: string | null = null;
  const parts: OpenPart[] = [];
  let part = null as OpenPart | null;
  let question = null as OpenQuestion | null;
  let pending: Extract<Block, { kind: 'paragraph' }>[] = [];
  const all: OpenQuestion[] = [];

  const lastNumber = (): number => all.reduce((max, q) => Math.max(max, q.number ?? 0), 0);
  const startQuestion = (number: number | null, text: string): OpenQuestion => {
    const assigned = number ?? lastNumber() + 1;
    if (number === null) notes.push(importNote('numberedQuestion', { question: text, number: assigned }));
    question = { number: assigned, text, lead: null, form: 'none', header: null, answers: [], hasTable: false };
    if (!part) {
      part = { title: null, questions: [] };
      parts.push(part);
    }
    part.questions.push(question);
    all.push(question);
    if (pending.length) {
      question.lead = pending.map((block) => block.markdown).join('\n\n');
      pending = [];
    }
    return question;
  };
  const addLead = (target: QuestionContent, markdown: string): void => {
    target.lead = target.lead ? `${target.lead}\n\n${markdown}` : markdown;
  };

  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    if (block.kind === 'heading' || (block.kind === 'paragraph' && block.bold)) {
      const level = block.kind === 'heading' ? block.level : 0;
      const numbered = numberedText(block.text);
      if (title === null && all.length === 0 && part === null && !numbered && (level === 1 || (level === 0 && index === 0))) {
        title = block.text;
        return;
      }
      if (numbered) {
        startQuestion(numbered.number, numbered.text);
        return;
      }
      if (PART_TEXT.test(block.text) || (level > 0 && next?.kind !== 'table')) {
        part = { title: block.text, questions: [] };
        parts.push(part);
        question = null;
        if (pending.length) appendAll(intro, pending.splice(0));
        return;
      }
      if (level > 0 || next?.kind === 'table') {
        startQuestion(null, block.text);
        return;
      }
    }
    if (block.kind === 'heading' || block.kind === 'paragraph') {
      if (!part && all.length === 0) {
        if (notice === null && NOTICE_TEXT.test(block.text)) notice = block.markdown;
        else intro.push(block);
      } else if (question && !question.hasTable) addLead(question, block.markdown);
      else pending.push(block as Extract<Block, { kind: 'paragraph' }>);
      return;
    }
    placeTable(block.rows);
  });

  function placeTable(rows: Element[][]): void {
    const [headerCells = [], ...bodyRows] = rows;
    const headers = headerCells.map((cell) => htmlPlainText(cell.children));
    let organisationIndex = organisationColumnIndex(headers);
    const answerHeader = headers.filter((_, i) => i !== Math.max(organisationIndex, 0)).join(' ').trim();
    let target = question;
    if (!target || target.hasTable) {
      const fromHeader = answerHeader !== '' && !ANSWER_HEADER.test(headerKey(answerHeader)) ? answerHeader : null;
      // The paragraph above: after a table, or before any question (then it was read as the intro).
      const above = fromHeader === null ? (pending.pop() ?? (all.length === 0 && !part ? intro.pop() : undefined)) : undefined;
      const text = fromHeader ?? above?.text ?? null;
      if (text !== null) {
        const numbered = numberedText(text);
        target = startQuestion(numbered?.number ?? null, numbered?.text ?? text);
        if (above === undefined && fromHeader !== null) notes.push(importNote('tableWithoutQuestion', { rows: bodyRows.length, number: target.number ?? '', question: target.text }));
      } else if (target) {
        notes.push(importNote('secondTable', { number: target.number ?? '' }));
      } else {
        target = startQuestion(null, answerHeader || 'Svar');
        notes.push(importNote('tableWithoutQuestion', { rows: bodyRows.length, number: target.number ?? '', question: target.text }));
      }
    }
    if (organisationIndex < 0) {
      organisationIndex = 0;
      notes.push(importNote('tableWithoutOrganisationColumn', { number: target.number ?? '', header: headers.join(' | ') }));
    }
    if (!target.hasTable) {
      target.header = ['Organisation', escapeTableCell(answerHeader || 'Svar')];
      target.form = 'table';
      target.hasTable = true;
    }
    let last: AnswerContent | null = null;
    for (const cells of bodyRows) {
      const organisation = htmlPlainText(cells[organisationIndex]?.children ?? []);
      const answer = cells
        .filter((_, i) => i !== organisationIndex)
        .map((cell) => htmlCellMarkdown(cell.children))
        .filter((text) => text !== '')
        .join('\n\n');
      if (organisation === '' && answer === '') continue;
      if (organisation === '' && last) {
        last.text = last.text ? `${last.text}\n\n${answer}` : answer;
        notes.push(importNote('continuationRow', { organisation: last.organisation, number: target.number ?? '' }));
        continue;
      }
      last = { organisation: escapeTableCell(organisation || `Rad ${target.answers.length + 1}`), text: answer };
      target.answers.push(last);
    }
  }

  if (pending.length) {
    const target = all.at(-1);
    if (target) {
      addLead(target, pending.map((block) => block.markdown).join('\n\n'));
      notes.push(importNote('textAfterQuestions', { number: target.number ?? '' }));
    } else appendAll(intro, pending);
  }
  const finalTitle = options.title?.trim() || title;
  if (finalTitle === null) notes.push(importNote('noTitle'));
  const content: SurveyContent = {
    frontMatter: importedFrontMatter(finalTitle, options),
    title: finalTitle,
    intro: intro.length ? intro.map((paragraph) => paragraph.markdown).join('\n\n') : null,
    notice,
    parts: parts.map((p): PartContent => ({ title: p.title, questions: p.questions.map(({ hasTable: _, ...rest }) => rest) })),
  };
  return { content, summary: summariseImport(content), notes, failure: null };
}
