import type { ElementContent, Root } from 'hast';
import { toMdast } from 'hast-util-to-mdast';
import { toString } from 'hast-util-to-string';
import { toMarkdown } from 'mdast-util-to-markdown';

/** Markdown of HTML content (a cell's paragraphs, one paragraph, a list): lists, bold, italic and links kept. */
export function htmlMarkdown(children: readonly ElementContent[]): string {
  const root: Root = { type: 'root', children: [...children] };
  const markdown = toMarkdown(toMdast(root), { bullet: '-', emphasis: '_', strong: '*', listItemIndent: 'one', rule: '-' });
  // A hard break is written as a backslash before the line end: keep the line end, which the caller places.
  return markdown.replace(/\\\r?\n/g, '\n').trim();
}

/**
 * Markdown of HTML content for a table cell: pipes escaped (line ends become `<br>` when serialized). A cell's lines
 * never start a list, heading or quote, so the escapes to-markdown puts before such a start are left out.
 */
export function htmlCellMarkdown(children: readonly ElementContent[]): string {
  return htmlMarkdown(children)
    .replace(/^(\s*\d+)\\([.)])(?=\s|$)/gm, '$1$2')
    .replace(/^(\s*)\\([-+*#>])(?=\s|$)/gm, '$1$2')
    .replace(/\|/g, '\\|');
}

/** The text of HTML content, whitespace folded: organisation names, headings. */
export function htmlPlainText(children: readonly ElementContent[]): string {
  return children
    .map((child) => toString(child))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
