import type { AlignType, Heading, Paragraph, Table, TableCell, TableRow, Text } from 'mdast';
import { mayHaveDefinitions } from './link-definitions.js';
import { parseTableRows, type TableLine } from './table-rows.js';

type Position = NonNullable<Text['position']>;
type Point = Position['start'];

/**
 * Finds the paragraphs, pipe tables and ATX headings whose text no Markdown construct can touch, and builds their mdast
 * directly, as micromark would: most of a survey is plain answer text, and micromark is most of a lint's cost.
 * Deliberately conservative; anything it is not sure of is left to micromark:
 *
 * - a run of lines counts only when the line before it is blank or an ATX heading (or there is none), and the
 *   line after it is blank, an ATX heading or the end: then it is a block of its own;
 * - an ATX heading (one line) counts on the same condition; its text holds no `#`, `|` or the characters below;
 * - a paragraph's lines start with a letter, `|` (or a digit not followed by `.`/`)`), hold no leading or
 *   trailing white space (a hard break) and none of the characters below, and none could be a table's delimiter
 *   row (only `|`, `:`, `-` and white space): a run of `|` lines without one is a paragraph;
 * - a table's first two lines start with `|` and end with `|` (white space may follow it); the second is a
 *   delimiter row with as many cells as the first. Rows that start and end so and none of whose cells holds a
 *   character below are built here; micromark reads the others (and the header, if it holds one) in a small
 *   table of their own (`parseTableRows`), where a line that would not be a row sends the whole table to
 *   micromark, as does a `[`/`]` anywhere in the table when the text may define links;
 * - the characters: `*_`<>[]\&!~@`, control characters, and `www.` / `http` (GFM's autolink literals).
 *
 * Whether each run really stands at the top level (not inside an open fence, HTML block or list) is checked by
 * the caller on micromark's parse of the rest (`parseSurveyTree`).
 */

export interface PlainBlock {
  /** Offsets of the block's text: the first line's start to the last line's end (without its line break). */
  readonly start: number;
  readonly end: number;
  readonly node: Paragraph | Table | Heading;
  /**
   * The start of the line before the block when that line is an ATX heading (null when it is blank, or the
   * block opens the text): the block stands alone only if micromark (or this scan) made that line a top-level
   * heading, not a line inside an HTML block or a fence.
   */
  readonly afterHeading: number | null;
  /** The table rows (the header included) micromark read in a small table of their own (`parseTableRows`). */
  readonly rowsReadApart: number;
}

const SIGNIFICANT = /[*_`<>[\]\\&!~@\u0000-\u0008\u000b-\u001f\u007f]|www\.|http/i;
const PARAGRAPH_START = /^(?:\p{L}|\d+(?![\d.)])|\|)/u;
/** A line that might be a table's delimiter row: a table could start on the line before it, even mid-paragraph. */
const MAY_DELIMIT_TABLE = /^[ \t|:-]+$/;
const DELIMITER_ROW = /^\|(?:[ \t]*:?-+:?[ \t]*\|)+$/;

interface Lines {
  starts: number[];
  ends: number[];
}

function splitLines(text: string, from: number): Lines {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let start = from; start <= text.length; ) {
    let end = start;
    while (end < text.length) {
      const code = text.charCodeAt(end);
      if (code === 10 || code === 13) break;
      end++;
    }
    starts.push(start);
    ends.push(end);
    if (end >= text.length) break;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return { starts, ends };
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

/** `#` to `######` at the line's start followed by white space or the line's end. */
function isAtxHeading(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && i - start < 7 && text.charCodeAt(i) === 35) i++;
  const hashes = i - start;
  if (hashes < 1 || hashes > 6) return false;
  if (i === end) return true;
  const code = text.charCodeAt(i);
  return code === 32 || code === 9;
}

/** Ends a run: a blank line or an ATX heading. */
const isBoundary = (text: string, start: number, end: number): boolean => isBlank(text, start, end) || isAtxHeading(text, start, end);

function isParagraphLine(text: string, start: number, end: number): boolean {
  if (end === start) return false;
  const line = text.slice(start, end);
  if (!PARAGRAPH_START.test(line) || MAY_DELIMIT_TABLE.test(line) || SIGNIFICANT.test(line)) return false;
  const last = text.charCodeAt(end - 1);
  return last !== 32 && last !== 9;
}

/** Offsets of the `|` on a table line (`end` just after its last `|`), or null when a cell is not plain. */
function rowPipes(text: string, start: number, end: number): number[] | null {
  if (end - start < 2) return null;
  if (SIGNIFICANT.test(text.slice(start, end))) return null;
  const pipes: number[] = [];
  for (let i = text.indexOf('|', start); i !== -1 && i < end; i = text.indexOf('|', i + 1)) pipes.push(i);
  return pipes;
}

/** Turns an offset on a known line into an mdast point. */
function pointMaker(lines: Lines, firstLine: number): (offset: number, line: number) => Point {
  return (offset, line) => ({ line: firstLine + line + 1, column: offset - lines.starts[line]! + 1, offset });
}

const isSpace = (code: number): boolean => code === 32 || code === 9;

/**
 * The plain blocks of `text` from `from` on (a line start after the front matter), in document order.
 * `firstLine` is the 0-based line `from` stands on.
 */
export function findPlainBlocks(text: string, from: number, firstLine: number, guarded: string = text): PlainBlock[] {
  const mayDefineLinks = mayHaveDefinitions(text) || mayHaveDefinitions(guarded);
  const lines = splitLines(text, from);
  const { starts, ends } = lines;
  const point = pointMaker(lines, firstLine);
  const position = (start: number, startLine: number, end: number, endLine: number): Position => ({
    start: point(start, startLine),
    end: point(end, endLine),
  });
  const blocks: PlainBlock[] = [];
  const count = starts.length;
  /** What the line before `line` allows: a block (null: blank or the start), a heading to verify (its offset), nothing (-1). */
  const before = (line: number): number | null => {
    // The first line after the front matter follows its closing `---`, not a blank line.
    if (line === 0) return from === 0 ? null : -1;
    const start = starts[line - 1]!;
    const end = ends[line - 1]!;
    if (isBlank(text, start, end)) return null;
    return isAtxHeading(text, start, end) ? start : -1;
  };

  for (let line = 0; line < count; ) {
    const start = starts[line]!;
    const end = ends[line]!;
    if (isBlank(text, start, end)) {
      line++;
      continue;
    }
    const afterHeading = before(line);
    if (isAtxHeading(text, start, end)) {
      const node = afterHeading === -1 ? null : plainHeading(text, lines, line, position);
      if (node) blocks.push({ start, end, node, afterHeading, rowsReadApart: 0 });
      line++;
      continue;
    }
    // A run of lines up to a blank line or a heading: one paragraph or table, if plain.
    let to = line + 1;
    while (to < count && !isBoundary(text, starts[to]!, ends[to]!)) to++;
    if (afterHeading !== -1) {
      const built = (text.charCodeAt(start) === 124 ? plainTable(text, guarded, lines, firstLine, line, to, position, mayDefineLinks) : null) ?? {
        node: plainParagraph(text, lines, line, to, position),
        rowsReadApart: 0,
      };
      if (built.node) blocks.push({ start, end: ends[to - 1]!, node: built.node, afterHeading, rowsReadApart: built.rowsReadApart });
    }
    line = to;
  }
  return blocks;
}

function plainHeading(text: string, lines: Lines, line: number, position: MakePosition): Heading | null {
  const start = lines.starts[line]!;
  const end = lines.ends[line]!;
  let depth = 0;
  while (text.charCodeAt(start + depth) === 35) depth++;
  let contentStart = start + depth;
  let contentEnd = end;
  while (contentStart < contentEnd && isSpace(text.charCodeAt(contentStart))) contentStart++;
  while (contentEnd > contentStart && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;
  if (contentEnd === contentStart) return null;
  const content = text.slice(contentStart, contentEnd);
  // `#` could close the heading; `|` is kept to micromark for safety.
  if (content.includes('#') || content.includes('|') || SIGNIFICANT.test(content)) return null;
  const value: Text = { type: 'text', value: content, position: position(contentStart, line, contentEnd, line) };
  return { type: 'heading', depth: depth as Heading['depth'], children: [value], position: position(start, line, end, line) };
}

type MakePosition = (start: number, startLine: number, end: number, endLine: number) => Position;

function plainParagraph(text: string, lines: Lines, from: number, to: number, position: MakePosition): Paragraph | null {
  for (let line = from; line < to; line++) if (!isParagraphLine(text, lines.starts[line]!, lines.ends[line]!)) return null;
  const start = lines.starts[from]!;
  const end = lines.ends[to - 1]!;
  const at = position(start, from, end, to - 1);
  const value: Text = { type: 'text', value: text.slice(start, end), position: at };
  return { type: 'paragraph', children: [value], position: position(start, from, end, to - 1) };
}

/** The alignment of each column of a delimiter row that `DELIMITER_ROW` accepts. */
export function delimiterAlign(delimiter: string): AlignType[] {
  // Outer pipes are optional in a delimiter row (`--- | :---:`).
  const inner = delimiter.slice(delimiter.startsWith('|') ? 1 : 0, delimiter.endsWith('|') ? -1 : undefined);
  return inner
    .split('|')
    .map((cell): AlignType => {
      const trimmed = cell.trim();
      const left = trimmed.startsWith(':');
      const right = trimmed.endsWith(':');
      return left && right ? 'center' : left ? 'left' : right ? 'right' : null;
    });
}

/** The row on the line [start, end) whose `|` stand at `pipes`, built as micromark would; `at` places offsets on that line. */
function rowOfPipes(text: string, start: number, end: number, pipes: readonly number[], at: (start: number, end: number) => Position): TableRow {
  const cells: TableCell[] = [];
  for (let k = 0; k + 1 < pipes.length; k++) {
    const cellStart = pipes[k]!;
    const cellEnd = k + 2 === pipes.length ? end : pipes[k + 1]!;
    let contentStart = cellStart + 1;
    let contentEnd = pipes[k + 1]!;
    while (contentStart < contentEnd && isSpace(text.charCodeAt(contentStart))) contentStart++;
    while (contentEnd > contentStart && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;
    const children: Text[] = contentEnd > contentStart ? [{ type: 'text', value: text.slice(contentStart, contentEnd), position: at(contentStart, contentEnd) }] : [];
    cells.push({ type: 'tableCell', children, position: at(cellStart, cellEnd) });
  }
  return { type: 'tableRow', children: cells, position: at(start, end) };
}

/**
 * `text` (one line, standing on line 1) as a body row of a table, built as `findPlainBlocks` builds it, or null
 * when it does not start and end with `|` or a cell is not plain (micromark must read it: `parseTableRows`).
 */
export function plainTableRow(text: string): TableRow | null {
  let rowEnd = text.length;
  while (rowEnd > 0 && isSpace(text.charCodeAt(rowEnd - 1))) rowEnd--;
  if (rowEnd === 0 || text.charCodeAt(0) !== 124 || text.charCodeAt(rowEnd - 1) !== 124) return null;
  const pipes = rowPipes(text, 0, rowEnd);
  if (!pipes) return null;
  return rowOfPipes(text, 0, text.length, pipes, (start, end) => ({
    start: { line: 1, column: start + 1, offset: start },
    end: { line: 1, column: end + 1, offset: end },
  }));
}

function plainTable(
  text: string,
  guarded: string,
  lines: Lines,
  firstLine: number,
  from: number,
  to: number,
  position: MakePosition,
  mayDefineLinks: boolean,
): { node: Table; rowsReadApart: number } | null {
  if (to - from < 2) return null;
  const { starts, ends } = lines;
  // Where each line's last `|` ends (white space after it belongs to the last cell and the row, as in micromark),
  // or -1 for a row that does not start and end with `|`: micromark reads that one.
  const rowEnds: number[] = [];
  for (let line = from; line < to; line++) {
    const start = starts[line]!;
    let end = ends[line]!;
    // A definition anywhere can make a `[x]` here a link: the table is then read with the whole text.
    if (mayDefineLinks && /[[\]]/.test(text.slice(start, end))) return null;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    const piped = end > start && text.charCodeAt(start) === 124 && text.charCodeAt(end - 1) === 124;
    if (!piped && line < from + 2) return null;
    rowEnds.push(piped ? end : -1);
  }
  const delimiter = text.slice(starts[from + 1]!, rowEnds[1]!);
  if (!DELIMITER_ROW.test(delimiter)) return null;
  const align = delimiterAlign(delimiter);
  const header = rowPipes(text, starts[from]!, rowEnds[0]!);
  if (header && align.length !== header.length - 1) return null;

  const rows: (TableRow | null)[] = [];
  /** The rows not built here: micromark reads them in a small table (`parseTableRows`). */
  const others: TableLine[] = [];
  const tableLine = (line: number): TableLine => ({ start: starts[line]!, end: ends[line]!, line: firstLine + line + 1 });
  for (let line = from; line < to; line++) {
    if (line === from + 1) continue;
    const rowEnd = rowEnds[line - from]!;
    const pipes = line === from ? header : rowEnd === -1 ? null : rowPipes(text, starts[line]!, rowEnd);
    if (!pipes) {
      if (line !== from) others.push(tableLine(line));
      rows.push(null);
      continue;
    }
    rows.push(rowOfPipes(text, starts[line]!, ends[line]!, pipes, (start, end) => position(start, line, end, line)));
  }
  if (header === null || others.length > 0) {
    const parsed = parseTableRows(guarded, tableLine(from), tableLine(from + 1), others, align);
    if (!parsed) return null;
    if (header === null) rows[0] = parsed.header;
    let n = 0;
    for (let i = 1; i < rows.length; i++) if (rows[i] === null) rows[i] = parsed.rows[n++]!;
  }
  const node: Table = { type: 'table', align, children: rows as TableRow[], position: position(starts[from]!, from, ends[to - 1]!, to - 1) };
  return { node, rowsReadApart: others.length + (header === null ? 1 : 0) };
}
