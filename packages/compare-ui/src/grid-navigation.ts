// Keyboard movement over the heat map (the ARIA grid pattern's keys), as a pure function of the grid's shape.
// Rows are ragged: the header row has no cell above the question column, so columns line up from the right.

export interface GridPosition {
  row: number;
  col: number;
}

export interface GridKey {
  key: string;
  ctrlKey?: boolean;
}

/**
 * Where the focus goes from `from` in a grid whose rows hold `rowLengths` focusable cells: the same position at
 * an edge, null for a key the grid does not handle (the browser keeps it).
 */
export function nextGridCell(rowLengths: readonly number[], from: GridPosition, { key, ctrlKey = false }: GridKey): GridPosition | null {
  const last = rowLengths.length - 1;
  const width = (row: number): number => rowLengths[row] ?? 0;
  const widest = Math.max(0, ...rowLengths);
  const offset = (row: number): number => widest - width(row);
  const logical = from.col + offset(from.row);
  const at = (row: number, logicalCol: number): GridPosition => ({ row, col: Math.min(width(row) - 1, Math.max(0, logicalCol - offset(row))) });
  switch (key) {
    case 'ArrowRight':
      return { row: from.row, col: Math.min(from.col + 1, width(from.row) - 1) };
    case 'ArrowLeft':
      return { row: from.row, col: Math.max(from.col - 1, 0) };
    case 'ArrowDown':
      return from.row < last ? at(from.row + 1, logical) : from;
    case 'ArrowUp':
      return from.row > 0 ? at(from.row - 1, logical) : from;
    case 'Home':
      return ctrlKey ? at(0, 0) : { row: from.row, col: 0 };
    case 'End':
      return ctrlKey ? at(last, Infinity) : { row: from.row, col: width(from.row) - 1 };
    case 'PageUp':
      return at(0, logical);
    case 'PageDown':
      return at(last, logical);
    default:
      return null;
  }
}
