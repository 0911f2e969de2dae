import { describe, expect, it } from 'vitest';
import { nextGridCell, type GridPosition } from '../src/grid-navigation.js';

// The heat map's shape with 3 organisations and 3 questions: the header row holds the 3 organisation buttons
// (no cell above the question column), each question row its question button and 3 cells.
const HEATMAP = [3, 4, 4, 4];
const from = (row: number, col: number): GridPosition => ({ row, col });
const press = (at: GridPosition, key: string, ctrlKey = false): GridPosition | null => nextGridCell(HEATMAP, at, { key, ctrlKey });

describe('nextGridCell', () => {
  it('moves one cell with the arrow keys and stays put at an edge', () => {
    expect(press(from(1, 1), 'ArrowRight')).toEqual(from(1, 2));
    expect(press(from(1, 1), 'ArrowLeft')).toEqual(from(1, 0));
    expect(press(from(1, 1), 'ArrowDown')).toEqual(from(2, 1));
    expect(press(from(2, 1), 'ArrowUp')).toEqual(from(1, 1));
    expect(press(from(1, 3), 'ArrowRight')).toEqual(from(1, 3));
    expect(press(from(1, 0), 'ArrowLeft')).toEqual(from(1, 0));
    expect(press(from(3, 2), 'ArrowDown')).toEqual(from(3, 2));
    expect(press(from(0, 2), 'ArrowUp')).toEqual(from(0, 2));
  });

  it('lines columns up from the right between the header row and the question rows', () => {
    // The first answer cell (col 1 of a question row) is under the first organisation (col 0 of the header).
    expect(press(from(1, 1), 'ArrowUp')).toEqual(from(0, 0));
    expect(press(from(0, 0), 'ArrowDown')).toEqual(from(1, 1));
    expect(press(from(0, 2), 'ArrowDown')).toEqual(from(1, 3));
    // The question button has nothing above it: up goes to the nearest organisation.
    expect(press(from(1, 0), 'ArrowUp')).toEqual(from(0, 0));
  });

  it('Home and End go to the row\'s ends; with Ctrl to the grid\'s first and last cell', () => {
    expect(press(from(2, 2), 'Home')).toEqual(from(2, 0));
    expect(press(from(2, 2), 'End')).toEqual(from(2, 3));
    expect(press(from(0, 1), 'End')).toEqual(from(0, 2));
    expect(press(from(2, 2), 'Home', true)).toEqual(from(0, 0));
    expect(press(from(2, 2), 'End', true)).toEqual(from(3, 3));
  });

  it('PageUp and PageDown go to the first and last row in the same column', () => {
    expect(press(from(2, 2), 'PageUp')).toEqual(from(0, 1));
    expect(press(from(1, 3), 'PageDown')).toEqual(from(3, 3));
    expect(press(from(0, 1), 'PageDown')).toEqual(from(3, 2));
  });

  it('leaves every other key to the browser', () => {
    for (const key of ['Enter', ' ', 'Tab', 'Escape', 'a']) expect(press(from(1, 1), key)).toBeNull();
  });

  it('lands on a real cell from anywhere, for any key, in ragged grids', () => {
    const grids = [[1], [5], [2, 3], [3, 4, 4], [4, 1, 6, 2]];
    const keys = ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End', 'PageUp', 'PageDown'];
    for (const grid of grids)
      grid.forEach((length, row) => {
        for (let col = 0; col < length; col++)
          for (const key of keys)
            for (const ctrlKey of [false, true]) {
              const next = nextGridCell(grid, { row, col }, { key, ctrlKey })!;
              expect(next.row).toBeGreaterThanOrEqual(0);
              expect(next.row).toBeLessThan(grid.length);
              expect(next.col).toBeGreaterThanOrEqual(0);
              expect(next.col).toBeLessThan(grid[next.row]!);
            }
      });
  });
});
