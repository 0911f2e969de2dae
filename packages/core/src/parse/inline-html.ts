import type { Nodes } from 'mdast';
import type { InlineHtml } from '../schema/survey.js';
import { offsetsOf } from './markdown-tree.js';
import type { ParseContext } from './parse-context.js';

const ALLOWED = /^<br\s*\/?>$/i;
const COMMENT = /^<!--/;

/** Raw HTML inside the given nodes, except `<br>` (the table form's line break) and comments. */
export function collectInlineHtml(nodes: readonly Nodes[], ctx: ParseContext): InlineHtml[] {
  const found: InlineHtml[] = [];
  const visit = (node: Nodes, inline: boolean): void => {
    if (node.type === 'html') {
      const value = node.value.trim();
      if (!ALLOWED.test(value) && !COMMENT.test(value)) {
        const [start, end] = offsetsOf(node);
        found.push({ value: node.value, range: ctx.lines.range(start, end), inline });
      }
      return;
    }
    const phrasing = inline || node.type === 'paragraph' || node.type === 'tableCell' || node.type === 'heading';
    if ('children' in node) for (const child of node.children) visit(child as Nodes, phrasing);
  };
  nodes.forEach((node) => visit(node, node.type === 'tableCell'));
  return found;
}
