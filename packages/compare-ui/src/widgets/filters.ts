// The filter box: free text, a part and an organisation, and a button that clears them; a line saying how
// much the filters show.
import type { Ui, ViewContext } from '../view-context.js';

export interface FilterWidget {
  element: HTMLElement;
  query: HTMLInputElement;
  /** Refills the part and organisation choices from the model and shows the state's filters. */
  fill(ctx: ViewContext): void;
  /** Enables "clear" while a filter is set. */
  sync(ctx: ViewContext): void;
}

export function createFilters({ h, tr, id }: Ui): FilterWidget {
  const query = h('input', {
    type: 'search',
    id: id('query'),
    class: 'rsc-input',
    placeholder: tr('filterPlaceholder'),
    autocomplete: 'off',
    spellcheck: 'false',
    'data-action': 'query',
  });
  const part = h('select', { id: id('part'), class: 'rsc-select', 'data-action': 'part' });
  const organisation = h('select', { id: id('org'), class: 'rsc-select', 'data-action': 'org-filter' });
  const clear = h('button', { type: 'button', class: 'rsc-button rsc-button-quiet', 'data-action': 'clear' }, tr('clearFilters'));
  const element = h(
    'div',
    { class: 'rsc-filters', role: 'search', 'aria-label': tr('filters') },
    h('div', { class: 'rsc-field rsc-field-query' }, h('label', { for: id('query') }, tr('filterLabel')), query),
    h('div', { class: 'rsc-field' }, h('label', { for: id('part') }, tr('partLabel')), part),
    h('div', { class: 'rsc-field' }, h('label', { for: id('org') }, tr('organisationLabel')), organisation),
    h('div', { class: 'rsc-field rsc-field-actions' }, clear),
  );
  return {
    element,
    query,
    fill({ model, state }) {
      part.textContent = '';
      part.append(h('option', { value: '' }, tr('allParts')));
      for (const p of model.parts) part.append(h('option', { value: p.index }, p.title));
      part.value = state.filters.part === null ? '' : String(state.filters.part);
      organisation.textContent = '';
      organisation.append(h('option', { value: '' }, tr('allOrganisations')));
      for (const o of model.organisations) organisation.append(h('option', { value: o.index }, o.name));
      organisation.value = state.filters.organisation === null ? '' : String(state.filters.organisation);
      query.value = state.filters.query;
    },
    sync({ result }) {
      clear.disabled = !result.active;
    },
  };
}

/** "Showing 3 of 9 questions and …" while a filter is set; hidden otherwise. */
export function syncFilterStatus({ tr, model, result }: ViewContext, status: HTMLElement): void {
  status.textContent = result.active
    ? tr('showingQuestions', { shown: result.questions.length, total: model.questions.length, orgs: result.organisations.length, totalOrgs: model.organisations.length })
    : '';
  status.hidden = !result.active;
}
