import type { Table, TableRow } from 'mdast';
import { parseMarkdownTree } from './markdown-tree.js';

/** One line of a pipe table: its offsets (without the line break) and its 1-based line number. */
export interface TableLine {
  readonly start: number;
  readonly end: number;
  readonly line: number;
}

type Positioned = { position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } }; children?: unknown[] };

function shift(root: Positioned, offsetBy: number, lineBy: number): void {
  const pending: Positioned[] = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    const at = node.position;
    if (at) {
      at.start = { ...at.start, line: at.start.line + lineBy, offset: (at.start.offset ?? 0) + offsetBy };
      at.end = { ...at.end, line: at.end.line + lineBy, offset: (at.end.offset ?? 0) + offsetBy };
    }
    for (const child of node.children ?? []) pending.push(child as Positioned);
  }
}

/**
 * The table rows micromark makes of some lines of a pipe table, parsed in a small table of their own: the
 * table's header and delimiter lines followed by those lines, one per line. A GFM row is read from its own line
 * alone (its cells' inline content goes no further), so only its offsets and line number depend on where it
 * stands: every row is moved back to its place by a constant per row; columns do not change. The caller keeps
 * rows whose `[`/`]` a link reference definition elsewhere could turn into links away from here.
 *
 * `guarded` is what micromark reads (the nesting guard's same-length copy). Returns the header row and the rows
 * in the order given, or null when the small parse is not one table of exactly these rows (the caller then
 * leaves the whole table to micromark).
 */
export function parseTableRows(
  guarded: string,
  header: TableLine,
  delimiter: TableLine,
  rows: readonly TableLine[],
  align: Table['align'],
): { header: TableRow; rows: TableRow[] } | null {
  const lines = [header, delimiter, ...rows];
  const starts: number[] = [];
  let length = 0;
  const pieces = lines.map((line) => {
    starts.push(length);
    const piece = guarded.slice(line.start, line.end);
    length += piece.length + 1;
    return piece;
  });
  const tree = parseMarkdownTree(pieces.join('\n'));
  const table = tree.children[0];
  if (tree.children.length !== 1 || table?.type !== 'table' || table.children.length !== rows.length + 1) return null;
  const found = table.align ?? [];
  if (found.length !== (align ?? []).length || found.some((value, i) => value !== align?.[i])) return null;

  const placed: TableRow[] = [];
  for (let i = 0; i < table.children.length; i++) {
    const row = table.children[i]!;
    // The header stands on the small table's line 1, the rows from line 3 on.
    const n = i === 0 ? 0 : i + 1;
    const { start, end } = row.position ?? { start: { line: 0 }, end: { line: 0 } };
    if (start.line !== n + 1 || end.line !== n + 1) return null;
    shift(row as Positioned, lines[n]!.start - starts[n]!, lines[n]!.line - (n + 1));
    placed.push(row);
  }
  return { header: placed[0]!, rows: placed.slice(1) };
}
