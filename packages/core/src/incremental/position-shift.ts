import type { RootContent } from 'mdast';
import type { SourcePosition } from '../schema/source-range.js';

/** How far a block moved: by `offset` UTF-16 units and `line` lines (blocks start at a line start, so columns stay). */
export interface Shift {
  readonly offset: number;
  readonly line: number;
}

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
