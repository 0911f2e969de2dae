import { describe, expect, it } from 'vitest';
import { initialState, MAX_COMPARE, reduce, type Action, type State } from '../src/state.js';
import { NO_FILTERS } from '../src/view-model.js';

const EXTENT = { questions: 9, organisations: 10, parts: 2 };
const run = (...actions: Action[]): State => actions.reduce(reduce, initialState(EXTENT));

describe('the compare view state', () => {
  it('starts on the heat map, unfiltered, comparing the first two organisations', () => {
    expect(initialState(EXTENT)).toEqual({ view: 'overview', question: 0, organisation: 0, compare: [0, 1], filters: NO_FILTERS, gridKey: null, current: null });
    expect(initialState({ questions: 1, organisations: 1, parts: 1 }).compare).toEqual([0]);
  });

  it('a heat map cell opens its question with that organisation marked, for one render only', () => {
    const shown = run({ type: 'show', view: 'question', question: 3, current: 8, gridKey: 'cell:3:8' });
    expect(shown).toMatchObject({ view: 'question', question: 3, current: 8, gridKey: 'cell:3:8' });
    expect(reduce(shown, { type: 'filter', filters: { query: 'x' } }).current).toBeNull();
    // Switching views keeps the chosen question and organisation and the heat map's tab stop.
    const back = reduce(shown, { type: 'show', view: 'overview' });
    expect(back).toMatchObject({ view: 'overview', question: 3, organisation: 0, gridKey: 'cell:3:8', current: null });
  });

  it('filters merge, and clearing them restores no filters', () => {
    const filtered = run({ type: 'filter', filters: { query: 'skåne' } }, { type: 'filter', filters: { part: 1 } });
    expect(filtered.filters).toEqual({ query: 'skåne', part: 1, organisation: null });
    expect(reduce(filtered, { type: 'clear-filters' }).filters).toEqual(NO_FILTERS);
  });

  it('compares at most four organisations, kept in ascending order', () => {
    const toggle = (organisation: number, checked = true): Action => ({ type: 'toggle-compare', organisation, checked });
    expect(run(toggle(5), toggle(3)).compare).toEqual([0, 1, 3, 5]);
    expect(run(toggle(5), toggle(3), toggle(7)).compare).toHaveLength(MAX_COMPARE);
    expect(run(toggle(5), toggle(3), toggle(7)).compare).toEqual([0, 1, 3, 5]);
    expect(run(toggle(0, false)).compare).toEqual([1]);
    expect(run(toggle(1), toggle(1)).compare).toEqual([0, 1]);
  });

  it('remembers the heat map\'s tab stop without touching the rest', () => {
    const before = run({ type: 'show', view: 'question', question: 2, current: 4 });
    const after = reduce(before, { type: 'grid-focus', gridKey: 'org:4' });
    expect(after).toEqual({ ...before, gridKey: 'org:4' });
  });

  it('a smaller matrix keeps the view and the filters, dropping choices that no longer exist', () => {
    const state = run(
      { type: 'show', view: 'organisation', organisation: 9 },
      { type: 'show', view: 'question', question: 8 },
      { type: 'toggle-compare', organisation: 6, checked: true },
      { type: 'filter', filters: { query: 'rus', part: 1, organisation: 7 } },
    );
    const fitted = reduce(state, { type: 'matrix', extent: { questions: 5, organisations: 3, parts: 1 } });
    expect(fitted).toMatchObject({ view: 'question', question: 0, organisation: 0, compare: [0, 1], filters: { query: 'rus', part: null, organisation: null } });
    const same = reduce(state, { type: 'matrix', extent: EXTENT });
    expect(same).toMatchObject({ question: 8, organisation: 9, compare: [0, 1, 6], filters: { query: 'rus', part: 1, organisation: 7 } });
  });

  it('never changes the state it is given', () => {
    const state = run({ type: 'toggle-compare', organisation: 4, checked: true });
    const frozen = JSON.parse(JSON.stringify(state)) as State;
    reduce(state, { type: 'toggle-compare', organisation: 2, checked: true });
    reduce(state, { type: 'filter', filters: { query: 'a' } });
    reduce(state, { type: 'matrix', extent: { questions: 1, organisations: 1, parts: 1 } });
    expect(state).toEqual(frozen);
  });
});
