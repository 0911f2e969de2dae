import type { RootContent } from 'mdast';
import type { SourcePosition } from '../schema/source-range.js';

/** Where a block's positions stand: its start offset and the number of lines before it (blocks start at a line start, so columns stay). */
export interface Placement {
  offset: number;
  line: number;
}

/**
 * Everything in a block's cached values that moves with the block: its positions (`{ line, column, offset }`,
 * each object once, however often the values share it) and the objects that hold a bare offset (`insertionOffset`).
 */
export interface MovablePositions {
  readonly points: SourcePosition[];
  readonly offsetHolders: { insertionOffset: number }[];
}

/** How far a block moved: by `offset` UTF-16 units and `line` lines. */
export interface Shift {
  readonly offset: number;
  readonly line: number;
}

const isPoint = (record: Record<string, unknown>): boolean =>
  typeof record['offset'] === 'number' && typeof record['line'] === 'number' && typeof record['column'] === 'number';

/**
 * Collects the positions in `value` (a question model, its directives, diagnostics, mdast nodes) into `into`,
 * each once, leaving out those in `skip` (collected elsewhere). The values are trees (no cycles); a subtree
 * they share is walked twice but collected once. Runs once per block parse, not per update.
 */
export function collectPositions(value: unknown, into: MovablePositions, skip?: ReadonlySet<object>): MovablePositions {
  const collected = new Set<object>(skip);
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (item === null || typeof item !== 'object') continue;
    if (Array.isArray(item)) {
      for (let i = 0; i < item.length; i++) pending.push(item[i]);
      continue;
    }
    const record = item as Record<string, unknown>;
    if (isPoint(record)) {
      if (!collected.has(record)) {
        collected.add(record);
        into.points.push(record as unknown as SourcePosition);
      }
      continue;
    }
    if (typeof record['insertionOffset'] === 'number') {
      if (collected.has(record)) continue;
      collected.add(record);
      into.offsetHolders.push(record as { insertionOffset: number });
    }
    for (const key in record) {
      const child = record[key];
      if (child !== null && typeof child === 'object') pending.push(child);
    }
  }
  return into;
}

/**
 * Moves positions in place by `offset` units and `line` lines. The incremental linter moves a cached block's
 * model this way when an edit above it moves it: nothing is copied, so an update's cost does not grow with
 * what lies below the edit (and the previous result's positions move with it: see `createIncrementalLinter`).
 */
export function movePositions(positions: MovablePositions, offset: number, line: number): void {
  if (offset === 0 && line === 0) return;
  const { points, offsetHolders } = positions;
  for (let i = 0; i < points.length; i++) {
    const point = points[i]!;
    point.offset += offset;
    point.line += line;
  }
  for (let i = 0; i < offsetHolders.length; i++) offsetHolders[i]!.insertionOffset += offset;
}

// Copies, for callers that keep a block's parse unmoved and place copies of it (`createFixGuard`).

/**
 * A copy of a model value (a question, diagnostics) with every position moved by `shift`, and the one bare
 * offset the model holds (`insertionOffset`). Everything else is copied as it is.
 */
export function shiftModel<T>(value: T, shift: Shift): T {
  if (shift.offset === 0 && shift.line === 0) return value;
  return shiftValue(value, shift.offset, shift.line) as T;
}

// Hot in an editor (every block after an edit moves), so plain loops and no intermediate arrays.
function shiftValue(value: unknown, offset: number, line: number): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const copy = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) copy[i] = shiftValue(value[i], offset, line);
    return copy;
  }
  const record = value as Record<string, unknown>;
  if (typeof record['offset'] === 'number' && typeof record['line'] === 'number' && typeof record['column'] === 'number' && Object.keys(record).length === 3) {
    return { line: (record['line'] as number) + line, column: record['column'], offset: (record['offset'] as number) + offset };
  }
  const copy: Record<string, unknown> = {};
  for (const key in record) {
    const item = record[key];
    copy[key] = key === 'insertionOffset' && typeof item === 'number' ? item + offset : shiftValue(item, offset, line);
  }
  return copy;
}

type Positioned = { position?: { start: SourcePosition | { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } }; children?: unknown[] };

/** A copy of mdast nodes with their positions moved by `shift` (the assembler reads nodes' offsets). */
export function shiftNodes(nodes: readonly RootContent[], shift: Shift): RootContent[] {
  const shiftNode = (node: Positioned): Positioned => {
    const copy: Positioned = { ...node };
    if (node.position) {
      const move = (point: { line: number; column: number; offset?: number }) => ({
        line: point.line + shift.line,
        column: point.column,
        ...(point.offset === undefined ? {} : { offset: point.offset + shift.offset }),
      });
      copy.position = { start: move(node.position.start), end: move(node.position.end) };
    }
    if (node.children) copy.children = node.children.map((child) => shiftNode(child as Positioned));
    return copy;
  };
  return nodes.map((node) => shiftNode(node as Positioned) as RootContent);
}
