import { CLOSED_FRONT_MATTER } from '../parse/markdown-tree.js';

/** `#`, `##` or `###` opening a line: an ATX heading that ends a question block (and may start one). */
const BLOCK_HEADING = /#{1,3}(?:[ \t\r\n]|$)/y;

/** Where the front matter ends (0 without a closed one), as `parseMarkdownTree` decides it. */
export function frontMatterEnd(text: string): number {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const match = CLOSED_FRONT_MATTER.exec(bom ? text.slice(bom) : text);
  return match ? bom + match[0].length : 0;
}

/**
 * Start offsets of the document's blocks: the first block holds the front matter and whatever stands before
 * the first H1–H3 written at the start of a line; each later block starts at such a heading line. Cheap (no
 * Markdown parse); whether each split is real Markdown is checked on the blocks' own parses (`parseBlock`).
 */
export function blockStarts(text: string): number[] {
  const starts = [0];
  const from = Math.max(1, frontMatterEnd(text));
  for (let at = text.indexOf('#', from); at !== -1; at = text.indexOf('#', at + 1)) {
    const before = text.charCodeAt(at - 1);
    // A line starts after \n, or after a \r that is not the first half of \r\n (as `createLineIndex` counts).
    if (before !== 10 && before !== 13) continue;
    BLOCK_HEADING.lastIndex = at;
    if (BLOCK_HEADING.test(text)) starts.push(at);
    // Skip the rest of this heading's hashes.
    while (text.charCodeAt(at + 1) === 35) at++;
  }
  return starts;
}
