// Focus in the compare view: the heat map's roving tab stop and arrow keys, where focus lands when a view
// opens, and keeping the focused control focused across a re-render (matched by its data-key).
import { nextGridCell } from './grid-navigation.js';
import type { State } from './state.js';

/** The heat map's focusable cells by row (the header's organisations, then each question's row). */
function gridRows(main: HTMLElement): HTMLElement[][] {
  const table = main.querySelector('table.rsc-heatmap');
  if (!table) return [];
  return Array.from(table.querySelectorAll('tr'))
    .map((row) => Array.from(row.querySelectorAll<HTMLElement>('[data-grid]')))
    .filter((row) => row.length > 0);
}

const byKey = (main: HTMLElement, key: string): HTMLElement | null => main.querySelector<HTMLElement>(`[data-key="${key}"]`);

/** One tab stop in the heat map: the remembered cell, else the first answer cell. */
export function setGridTabStop(main: HTMLElement, gridKey: string | null): void {
  const all = gridRows(main).flat();
  if (all.length === 0) return;
  const stop = all.find((el) => el.dataset.key === gridKey) ?? main.querySelector<HTMLElement>('.rsc-cell[data-grid]') ?? all[0]!;
  for (const el of all) el.tabIndex = el === stop ? 0 : -1;
}

/** The focused grid cell becomes the tab stop. */
export function followGridFocus(main: HTMLElement, target: HTMLElement): void {
  for (const el of main.querySelectorAll<HTMLElement>('[data-grid]')) el.tabIndex = el === target ? 0 : -1;
}

/** Moves the focus for a navigation key pressed on a grid cell; false when the key is not one. */
export function moveInGrid(main: HTMLElement, target: HTMLElement, event: { key: string; ctrlKey: boolean }): boolean {
  const rows = gridRows(main);
  const row = rows.findIndex((cells) => cells.includes(target));
  if (row < 0) return false;
  const next = nextGridCell(
    rows.map((cells) => cells.length),
    { row, col: rows[row]!.indexOf(target) },
    event,
  );
  if (!next) return false;
  rows[next.row]?.[next.col]?.focus();
  return true;
}

/** Where focus lands when a view opens: the heat map's tab stop, the chosen organisation's card, or the heading. */
export function focusShownView(main: HTMLElement, state: State): void {
  const target =
    state.view === 'overview' && state.gridKey
      ? byKey(main, state.gridKey)
      : state.view === 'question' && state.current !== null
        ? main.querySelector<HTMLElement>(`[data-key="card:${state.question}:${state.current}"] .rsc-card-title`)
        : null;
  (target ?? main.querySelector<HTMLElement>('h2'))?.focus();
}

/** The data-key of the focused element inside `main`, to focus its successor after a re-render. */
export function focusedKey(main: HTMLElement): string | null {
  const active = main.ownerDocument.activeElement as HTMLElement | null;
  return active && main.contains(active) ? (active.dataset.key ?? null) : null;
}

export function refocus(main: HTMLElement, key: string | null): void {
  if (key) byKey(main, key)?.focus();
}
