// DOM events to actions. Every control says what it does in data-action (and which question or organisation in
// data-q / data-org), so one listener per event type on the root serves every view.
import { followGridFocus, moveInGrid } from './focus.js';
import type { Action, State, ViewName } from './state.js';
import type { ExportFormat } from './types.js';

export interface Controls {
  readonly state: State;
  readonly main: HTMLElement;
  dispatch(action: Action): void;
  reveal(question: number, organisation: number): void;
  /** The formats the view offers; an export button names one of them. */
  readonly exportFormats: readonly ExportFormat[];
  export(format: ExportFormat): void;
}

const index = (value: string | undefined): number | null => (value === undefined || value === '' ? null : Number(value));

function onClick(target: HTMLElement, controls: Controls): void {
  const { dispatch } = controls;
  const { q, org, key } = target.dataset;
  switch (target.dataset.action) {
    case 'view':
      return dispatch({ type: 'show', view: target.dataset.view as ViewName });
    case 'question':
      return dispatch({ type: 'show', view: 'question', question: Number(q), gridKey: key ?? null });
    case 'cell':
      return dispatch({ type: 'show', view: 'question', question: Number(q), current: Number(org), gridKey: key ?? null });
    case 'organisation':
      return dispatch({ type: 'show', view: 'organisation', organisation: Number(org), gridKey: key ?? null });
    case 'goto-question':
      if (q !== '') dispatch({ type: 'show', view: 'question', question: Number(q) });
      return;
    case 'back':
      return dispatch({ type: 'show', view: 'overview' });
    case 'reveal':
      // A click on the text (not on the button) while selecting text is a selection, not a request.
      if (target.tagName !== 'BUTTON' && (target.ownerDocument.getSelection?.()?.toString() ?? '') !== '') return;
      return controls.reveal(Number(q), Number(org));
    case 'export': {
      const format = controls.exportFormats.find((offered) => offered === target.dataset.format);
      if (format) controls.export(format);
      return;
    }
    case 'clear':
      return dispatch({ type: 'clear-filters' });
  }
}

function onChange(target: HTMLInputElement | HTMLSelectElement, { dispatch }: Controls): void {
  switch (target.dataset.action) {
    case 'part':
      return dispatch({ type: 'filter', filters: { part: index(target.value) } });
    case 'org-filter':
      return dispatch({ type: 'filter', filters: { organisation: index(target.value) } });
    case 'org-select':
      return dispatch({ type: 'choose-organisation', organisation: Number(target.value) });
    case 'compare-toggle':
      return dispatch({ type: 'toggle-compare', organisation: Number(target.dataset.org), checked: (target as HTMLInputElement).checked });
  }
}

function onKeydown(event: KeyboardEvent, controls: Controls): void {
  const target = event.target as HTMLElement;
  if (target.hasAttribute('data-grid')) {
    if (moveInGrid(controls.main, target, event)) event.preventDefault();
    return;
  }
  if (event.key === 'Escape' && controls.state.view !== 'overview' && !['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) {
    event.preventDefault();
    controls.dispatch({ type: 'show', view: 'overview' });
  }
}

export function bindEvents(root: HTMLElement, controls: Controls): void {
  root.addEventListener('click', (event) => {
    const target = (event.target as Element | null)?.closest<HTMLElement>('[data-action]');
    if (target && root.contains(target)) onClick(target, controls);
  });
  root.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.dataset.action === 'query') controls.dispatch({ type: 'filter', filters: { query: target.value } });
  });
  root.addEventListener('change', (event) => onChange(event.target as HTMLInputElement | HTMLSelectElement, controls));
  root.addEventListener('focusin', (event) => {
    const target = event.target as HTMLElement;
    if (!target.hasAttribute('data-grid')) return;
    controls.dispatch({ type: 'grid-focus', gridKey: target.dataset.key ?? null });
    followGridFocus(controls.main, target);
  });
  root.addEventListener('keydown', (event) => onKeydown(event, controls));
}
