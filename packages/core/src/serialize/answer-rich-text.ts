import type { PhrasingContent, RootContent } from 'mdast';
import { parseMarkdownTree } from '../parse/markdown-tree.js';
import { escapeParagraph } from './markdown-escape.js';

/** A stretch of text with one look: what a word processor's run is. */
export interface RichTextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  /** The link's target. */
  link?: string;
  /** A line break before the text. */
  breakBefore?: boolean;
}

/** One paragraph of an answer (a list item is a paragraph with its bullet or number). */
export interface RichTextParagraph {
  runs: RichTextRun[];
}

/**
 * An answer's (or intro's) Markdown as paragraphs of formatted runs, for writers of Word and similar formats: a
 * table cell's `<br><br>` and `<p>…</p>` separate paragraphs, a single `<br>` breaks a line, escapes are resolved.
 * `tableCell`: the text of a table cell, where no line starts a list, heading or quote (as GFM reads a cell).
 */
export function answerRichText(markdown: string, options: { tableCell?: boolean } = {}): RichTextParagraph[] {
  const blocks = markdown
    .replace(/<\/p>\s*<p>/gi, '\n\n')
    .replace(/<\/?p>/gi, '')
    .replace(/(?:<br\s*\/?>\s*){2,}/gi, '\n\n');
  // In a cell every line is text: escape what would start a block, and keep each line break a hard break.
  const source = options.tableCell
    ? escapeParagraph(blocks.replace(/<br\s*\/?>\s*/gi, '\n')).replace(/(?<!\n)\n(?!\n)/g, '\\\n')
    : blocks.replace(/<br\s*\/?>/gi, '\\\n');
  const paragraphs: RichTextParagraph[] = [];
  const visit = (nodes: readonly RootContent[], prefix: string): void => {
    for (const node of nodes) {
      if (node.type === 'list') {
        node.children.forEach((item, index) => {
          const bullet = node.ordered ? `${(node.start ?? 1) + index}. ` : '- ';
          visit(item.children, `${prefix}${bullet}`);
        });
      } else if (node.type === 'paragraph' || node.type === 'heading') {
        const runs: RichTextRun[] = prefix ? [{ text: prefix }] : [];
        inline(node.children, {}, runs);
        paragraphs.push({ runs });
        prefix = prefix.replace(/./g, ' ');
      } else if (node.type === 'blockquote') {
        visit(node.children, prefix);
      } else if (node.type === 'code' || node.type === 'html') {
        paragraphs.push({ runs: [{ text: node.value, ...(node.type === 'code' ? { code: true } : {}) }] });
      } else if ('children' in node) {
        visit(node.children as RootContent[], prefix);
      } else if ('value' in node && typeof node.value === 'string') {
        paragraphs.push({ runs: [{ text: node.value }] });
      }
    }
  };
  visit(parseMarkdownTree(source).children, '');
  return paragraphs;
}

function inline(nodes: readonly PhrasingContent[], look: Omit<RichTextRun, 'text'>, runs: RichTextRun[]): void {
  let breakBefore = false;
  for (const node of nodes) {
    if (node.type === 'break') {
      breakBefore = true;
      continue;
    }
    const push = (text: string, extra: Omit<RichTextRun, 'text'> = {}): void => {
      runs.push({ text, ...look, ...extra, ...(breakBefore ? { breakBefore: true } : {}) });
      breakBefore = false;
    };
    if (node.type === 'text' || node.type === 'html') push(node.value);
    else if (node.type === 'inlineCode') push(node.value, { code: true });
    else if (node.type === 'strong') inline(node.children, { ...look, bold: true }, runs);
    else if (node.type === 'emphasis') inline(node.children, { ...look, italic: true }, runs);
    else if (node.type === 'delete') inline(node.children, look, runs);
    else if (node.type === 'link') inline(node.children, { ...look, link: node.url }, runs);
    else if ('children' in node) inline(node.children as PhrasingContent[], look, runs);
    else if ('value' in node && typeof node.value === 'string') push(node.value);
    else if (node.type === 'image') push(node.alt ?? node.url);
  }
}
