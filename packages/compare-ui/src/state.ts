// The compare view's state and its pure reducer. DOM events and the host's API become actions; the DOM is
// rendered from the state, so everything the user can change is testable here without a browser.
import { NO_FILTERS, type Filters, type ViewModel } from './view-model.js';

export type ViewName = 'overview' | 'question' | 'compare' | 'organisation';

export const VIEWS: readonly ViewName[] = ['overview', 'question', 'compare', 'organisation'];

/** The compare view shows at most this many organisations side by side. */
export const MAX_COMPARE = 4;

export interface State {
  view: ViewName;
  /** The question view's question (an index into the view model). */
  question: number;
  /** The organisation view's organisation (an index). */
  organisation: number;
  /** The compare view's organisations, ascending, at most MAX_COMPARE. */
  compare: number[];
  filters: Filters;
  /** The heat map's tab stop (a data-key), kept across renders. */
  gridKey: string | null;
  /** The organisation whose card the question view marks and focuses (the heat map cell chosen), if any. */
  current: number | null;
}

/** How big the current matrix is: what the indexes in the state must stay within. */
export interface Extent {
  questions: number;
  organisations: number;
  parts: number;
}

export const extentOf = (model: ViewModel): Extent => ({
  questions: model.questions.length,
  organisations: model.organisations.length,
  parts: model.parts.length,
});

export type Action =
  | { type: 'show'; view: ViewName; question?: number; organisation?: number; current?: number; gridKey?: string | null }
  | { type: 'filter'; filters: Partial<Filters> }
  | { type: 'clear-filters' }
  | { type: 'choose-organisation'; organisation: number }
  | { type: 'toggle-compare'; organisation: number; checked: boolean }
  | { type: 'grid-focus'; gridKey: string | null }
  | { type: 'matrix'; extent: Extent };

export function initialState(extent: Extent): State {
  return {
    view: 'overview',
    question: 0,
    organisation: 0,
    compare: Array.from({ length: Math.min(2, extent.organisations) }, (_, index) => index),
    filters: NO_FILTERS,
    gridKey: null,
    current: null,
  };
}

export function reduce(state: State, action: Action): State {
  // Only the render that follows showing a question keeps a card marked.
  const next: State = state.current === null ? state : { ...state, current: null };
  switch (action.type) {
    case 'show':
      return {
        ...next,
        view: action.view,
        question: action.question ?? state.question,
        organisation: action.organisation ?? state.organisation,
        gridKey: action.gridKey === undefined ? state.gridKey : action.gridKey,
        current: action.current ?? null,
      };
    case 'filter':
      return { ...next, filters: { ...state.filters, ...action.filters } };
    case 'clear-filters':
      return { ...next, filters: NO_FILTERS };
    case 'choose-organisation':
      return { ...next, organisation: action.organisation };
    case 'toggle-compare': {
      const others = state.compare.filter((o) => o !== action.organisation);
      const compare = action.checked ? [...others, action.organisation].sort((a, b) => a - b).slice(0, MAX_COMPARE) : others;
      return { ...next, compare };
    }
    case 'grid-focus':
      return { ...state, gridKey: action.gridKey };
    case 'matrix':
      return fitToMatrix(next, action.extent);
  }
}

/** A new matrix keeps the view, the filters and the choices that still exist in it. */
function fitToMatrix(state: State, extent: Extent): State {
  const { filters } = state;
  return {
    ...state,
    question: state.question < extent.questions ? state.question : 0,
    organisation: state.organisation < extent.organisations ? state.organisation : 0,
    compare: state.compare.filter((o) => o < extent.organisations),
    filters: {
      ...filters,
      part: filters.part !== null && filters.part >= extent.parts ? null : filters.part,
      organisation: filters.organisation !== null && filters.organisation >= extent.organisations ? null : filters.organisation,
    },
  };
}
