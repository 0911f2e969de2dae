// What the compare view keeps when its page is loaded again (a VS Code webview's getState/setState: the page is
// rebuilt when the language changes and after a window reload). The saved value comes back from storage the
// view does not control, so every field is checked and anything odd falls back to the fresh view's value.
import { initialState, MAX_COMPARE, reduce, VIEWS, type Extent, type State, type ViewName } from './state.js';
import type { Filters } from './view-model.js';

export type SavedState = Pick<State, 'view' | 'question' | 'organisation' | 'compare' | 'filters'>;

export const savedState = ({ view, question, organisation, compare, filters }: State): SavedState => ({ view, question, organisation, compare, filters });

const isIndex = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const indexOrNull = (value: unknown, fallback: number | null): number | null => (value === null || isIndex(value) ? value : fallback);

/** The state to mount with: `saved`'s valid parts over a fresh state, then fitted to this matrix like an update. */
export function restoreState(saved: unknown, extent: Extent): State {
  const fresh = initialState(extent);
  if (typeof saved !== 'object' || saved === null) return fresh;
  const value = saved as Record<string, unknown>;
  const filters = (typeof value['filters'] === 'object' && value['filters'] !== null ? value['filters'] : {}) as Record<string, unknown>;
  const restoredFilters: Filters = {
    query: typeof filters['query'] === 'string' ? filters['query'].slice(0, 1000) : fresh.filters.query,
    part: indexOrNull(filters['part'], fresh.filters.part),
    organisation: indexOrNull(filters['organisation'], fresh.filters.organisation),
  };
  const compare = Array.isArray(value['compare']) && value['compare'].every(isIndex) ? [...new Set(value['compare'] as number[])].sort((a, b) => a - b).slice(0, MAX_COMPARE) : fresh.compare;
  const state: State = {
    ...fresh,
    view: VIEWS.includes(value['view'] as ViewName) ? (value['view'] as ViewName) : fresh.view,
    question: isIndex(value['question']) ? value['question'] : fresh.question,
    organisation: isIndex(value['organisation']) ? value['organisation'] : fresh.organisation,
    compare,
    filters: restoredFilters,
  };
  return reduce(state, { type: 'matrix', extent });
}
