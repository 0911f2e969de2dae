// The live region: what a screen reader hears when a view opens or the filters change.
import type { ViewContext } from './view-context.js';

export interface Announcer {
  /** Says `text` (after clearing the region, so a repeat is heard again). */
  say(text: string): void;
  /** Says what `text()` returns once typing has paused for half a second. */
  sayWhenSettled(text: () => string): void;
}

export function createAnnouncer(live: HTMLElement): Announcer {
  let sayTimer: ReturnType<typeof setTimeout> | undefined;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  const say = (text: string): void => {
    if (sayTimer !== undefined) clearTimeout(sayTimer);
    live.textContent = '';
    sayTimer = setTimeout(() => {
      live.textContent = text;
    }, 30);
  };
  return {
    say,
    sayWhenSettled(text) {
      if (settleTimer !== undefined) clearTimeout(settleTimer);
      settleTimer = setTimeout(() => say(text()), 500);
    },
  };
}

/** The sentence for the view now shown; `filterStatus` is the filter line's text. */
export function viewAnnouncement({ tr, model, state }: ViewContext, filterStatus: string): string | null {
  if (state.view === 'overview') return `${tr('announceOverview')} ${filterStatus}`.trim();
  if (state.view === 'compare') return tr('announceCompare', { count: state.compare.length });
  if (state.view === 'question') {
    const question = model.questions[state.question];
    return question ? tr('announceQuestion', { question: question.label, answered: question.answered, total: question.total }) : null;
  }
  const organisation = model.organisations[state.organisation];
  return organisation ? tr('announceOrganisation', { organisation: organisation.name, answered: organisation.answered, total: organisation.total }) : null;
}
