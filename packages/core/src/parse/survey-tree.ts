import type { Root, RootContent } from 'mdast';
import { CLOSED_FRONT_MATTER, offsetsOf, parseMarkdownTree } from './markdown-tree.js';
import { findPlainBlocks, type PlainBlock } from './plain-blocks.js';

/**
 * Internal switch (not exported from the package): tests and the bench turn the plain-block path off to compare
 * whole lints (`lintSurvey`) with the reference, micromark on the whole text.
 */
export const surveyTreeSettings = { plainBlocks: true };

/** The tree and how it was made, for tests. */
export interface SurveyTreeParse {
  readonly tree: Root;
  /** Blocks built without micromark reading the whole text (0 when it fell back). */
  readonly builtDirectly: number;
  /** Table rows of those blocks that micromark read in a small table of their own (`parseTableRows`). */
  readonly rowsReadApart: number;
}

/** Where the scan for plain blocks starts: after a closed front matter, as `parseMarkdownTree` reads it. */
function scanStart(text: string): { offset: number; line: number } {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const match = CLOSED_FRONT_MATTER.exec(bom ? text.slice(bom) : text);
  if (!match) return { offset: 0, line: 0 };
  const offset = bom + match[0].length;
  let line = 0;
  for (let i = 0; i < offset; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  // A front matter closed at the very end has no line after it.
  return /[\r\n]$/.test(match[0]) ? { offset, line } : { offset: text.length, line };
}

interface Compacted {
  /** The text without the blocks' characters, their line breaks kept: blank lines where the blocks were. */
  text: string;
  /** Each block's start in the compacted text, and the characters removed up to and including it. */
  starts: number[];
  removed: number[];
}

/**
 * `text` without the blocks' characters but with their line breaks: micromark reads empty lines there (cheaper
 * than lines of spaces), and since blocks are whole lines every other line keeps its number and columns; only
 * offsets after a block move, by what was removed (`restoreOffsets`).
 */
function compact(text: string, blocks: readonly PlainBlock[]): Compacted {
  const pieces: string[] = [];
  const starts: number[] = [];
  const removed: number[] = [];
  let at = 0;
  let total = 0;
  for (const block of blocks) {
    pieces.push(text.slice(at, block.start));
    starts.push(block.start - total);
    const breaks = text.slice(block.start, block.end).replace(/[^\r\n]+/g, '');
    pieces.push(breaks);
    total += block.end - block.start - breaks.length;
    removed.push(total);
    at = block.end;
  }
  pieces.push(text.slice(at));
  return { text: pieces.join(''), starts, removed };
}

type Positioned = { position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } }; children?: unknown[] };

/** Moves the offsets of a tree parsed from the compacted text back to the original text's. */
function restoreOffsets(root: Root, compacted: Compacted): void {
  const { starts, removed } = compacted;
  const restore = (offset: number | undefined): number | undefined => {
    if (offset === undefined) return offset;
    // The last block that starts before `offset`: no node but the root ends inside a block (see `parseSurveyTree`).
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    return low === 0 ? offset : offset + removed[low - 1]!;
  };
  const pending: Positioned[] = [root as Positioned];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.position) {
      const { start, end } = node.position;
      node.position = {
        start: { line: start.line, column: start.column, offset: restore(start.offset) as number },
        end: { line: end.line, column: end.column, offset: restore(end.offset) as number },
      };
    }
    for (const child of node.children ?? []) pending.push(child as Positioned);
  }
}

/** Whether the code block starting at `start` is indented code (four columns of white space), not fenced. */
function isIndentedCode(text: string, start: number): boolean {
  let column = 0;
  for (let i = start; column < 4; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) column++;
    else if (code === 9) column += 4 - (column % 4);
    else return false;
  }
  return true;
}

/**
 * Whether every block lies between the top-level nodes micromark found, not inside one (a fence, a list...),
 * and the heading before it, if any, is a top-level heading.
 */
function blocksStandAlone(nodes: readonly RootContent[], blocks: readonly PlainBlock[], read: string): boolean {
  const headings = new Set<number>();
  for (const node of nodes) if (node.type === 'heading') headings.add(offsetsOf(node)[0]);
  let n = 0;
  for (const block of blocks) {
    // Strictly before: a construct left open at the end of the text ends exactly where a removed last block began.
    while (n < nodes.length && offsetsOf(nodes[n]!)[1] < block.start) n++;
    const node = nodes[n];
    if (node && offsetsOf(node)[0] < block.end) return false;
    // micromark still holds an indented code block open over the blank lines after it, and an ordered list not
    // starting at 1 cannot start there: where the block stood, the code had ended.
    const previous = nodes[n - 1];
    if (previous?.type === 'code' && isIndentedCode(read, offsetsOf(previous)[0])) return false;
    if (block.afterHeading !== null && !headings.has(block.afterHeading)) return false;
    if (block.node.type === 'heading') headings.add(block.start);
  }
  return true;
}

/**
 * The document's mdast, as `parseMarkdownTree(guarded)` gives it, where micromark only reads what is not a plain
 * paragraph, table or ATX heading (`findPlainBlocks`); those are built directly. `guarded` is `text` after `guardNesting`
 * (same length), which never changes a plain block. When a plain block turns out to sit inside another
 * construct, the whole text goes to micromark.
 */
export function parseSurveyTree(text: string, guarded: string = text): Root {
  return parseSurveyTreeDetailed(text, guarded).tree;
}

/** `parseSurveyTree`, with how many blocks and table rows it built without micromark reading the whole text. */
export function parseSurveyTreeDetailed(text: string, guarded: string = text): SurveyTreeParse {
  const whole = (): SurveyTreeParse => ({ tree: parseMarkdownTree(guarded), builtDirectly: 0, rowsReadApart: 0 });
  if (!surveyTreeSettings.plainBlocks) return whole();
  const start = scanStart(text);
  const blocks = findPlainBlocks(text, start.offset, start.line, guarded);
  if (blocks.length === 0) return whole();
  const compacted = compact(guarded, blocks);
  const rest = parseMarkdownTree(compacted.text);
  restoreOffsets(rest, compacted);
  // The root ends where the text does; when a block is the last line, the compacted text's last line was empty.
  const last = blocks[blocks.length - 1]!;
  if (last.end === text.length && rest.position) {
    let lineStart = last.end;
    while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
    rest.position.end = { line: rest.position.end.line, column: last.end - lineStart + 1, offset: last.end };
  }
  if (!blocksStandAlone(rest.children, blocks, guarded)) return whole();

  const children: RootContent[] = [];
  let n = 0;
  let rowsReadApart = 0;
  for (const block of blocks) {
    while (n < rest.children.length && offsetsOf(rest.children[n]!)[0] < block.start) children.push(rest.children[n++]!);
    children.push(block.node);
    rowsReadApart += block.rowsReadApart;
  }
  while (n < rest.children.length) children.push(rest.children[n++]!);
  rest.children = children;
  return { tree: rest, builtDirectly: blocks.length, rowsReadApart };
}
