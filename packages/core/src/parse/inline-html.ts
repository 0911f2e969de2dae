import type { Nodes } from 'mdast';
import type { InlineHtml } from '../schema/survey.js';
import { offsetsOf } from './markdown-tree.js';
import type { ParseContext } from './parse-context.js';

const ALLOWED = /^<br\s*\/?>$/i;
const COMMENT = /^<!--/;

/** Raw HTML inside the given nodes, except `<br>` (the table form's line break) and comments. */
export function collectInlineHtml(nodes: readonly Nodes[], ctx: ParseContext): InlineHtml[] {
  const found: InlineHtml[] = [];
  // A stack in document order, not recursion: the tree's depth is the document's to choose.
  const pending: { node: Nodes; inline: boolean }[] = nodes.map((node) => ({ node, inline: node.type === 'tableCell' })).reverse();
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node, inline } = next;
    if (node.type === 'html') {
      const value = node.value.trim();
      if (!ALLOWED.test(value) && !COMMENT.test(value)) {
        const [start, end] = offsetsOf(node);
        found.push({ value: node.value, range: ctx.lines.range(start, end), inline });
      }
      continue;
    }
    const phrasing = inline || node.type === 'paragraph' || node.type === 'tableCell' || node.type === 'heading';
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) pending.push({ node: node.children[i] as Nodes, inline: phrasing });
  }
  return found;
}
