import type { RoundsComparison } from '@rus-survey/core';

/** What the Rounds view shows: one organisation's answers to every question, or one question's answers by every organisation. */
export interface RoundsState {
  mode: 'organisation' | 'question';
  organisation: string | null;
  questionKey: string | null;
  onlyChanged: boolean;
}

export type RoundsAction =
  | { type: 'mode'; mode: RoundsState['mode'] }
  | { type: 'organisation'; organisation: string }
  | { type: 'question'; questionKey: string }
  | { type: 'onlyChanged'; onlyChanged: boolean }
  | { type: 'comparison'; comparison: RoundsComparison };

export function initialRoundsState(comparison: RoundsComparison): RoundsState {
  return { mode: 'organisation', organisation: comparison.organisations[0]?.name ?? null, questionKey: comparison.questions[0]?.key ?? null, onlyChanged: false };
}

/** The next state; a new comparison keeps the chosen organisation and question where they still exist. */
export function reduceRounds(state: RoundsState, action: RoundsAction): RoundsState {
  switch (action.type) {
    case 'mode':
      return { ...state, mode: action.mode };
    case 'organisation':
      return { ...state, organisation: action.organisation };
    case 'question':
      return { ...state, questionKey: action.questionKey };
    case 'onlyChanged':
      return { ...state, onlyChanged: action.onlyChanged };
    case 'comparison': {
      const { organisations, questions } = action.comparison;
      const organisation = organisations.some((o) => o.name === state.organisation) ? state.organisation : (organisations[0]?.name ?? null);
      const questionKey = questions.some((q) => q.key === state.questionKey) ? state.questionKey : (questions[0]?.key ?? null);
      return { ...state, organisation, questionKey };
    }
  }
}

/**
 * The state to mount with from one `onState` reported earlier (the webview's `getState()`): its valid fields over
 * a fresh state, then fitted to this comparison like an update.
 */
export function restoreRoundsState(saved: unknown, comparison: RoundsComparison): RoundsState {
  const fresh = initialRoundsState(comparison);
  if (typeof saved !== 'object' || saved === null) return fresh;
  const value = saved as Record<string, unknown>;
  const state: RoundsState = {
    mode: value['mode'] === 'question' || value['mode'] === 'organisation' ? value['mode'] : fresh.mode,
    organisation: typeof value['organisation'] === 'string' ? value['organisation'] : fresh.organisation,
    questionKey: typeof value['questionKey'] === 'string' ? value['questionKey'] : fresh.questionKey,
    onlyChanged: typeof value['onlyChanged'] === 'boolean' ? value['onlyChanged'] : fresh.onlyChanged,
  };
  return reduceRounds(state, { type: 'comparison', comparison });
}
