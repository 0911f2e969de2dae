// One organisation: its coverage and word count, a chooser, and its answer to every shown question.
import { backButton, card, coverage, nothingMatches, questionTitle, viewHead } from '../elements.js';
import type { ViewContext } from '../view-context.js';

export function organisationView(ctx: ViewContext): HTMLElement {
  const { h, tr, id, model, result, state } = ctx;
  const organisation = model.organisations[state.organisation] ?? model.organisations[0];
  if (!organisation) return h('section', { class: 'rsc-view' }, nothingMatches(ctx));
  const select = h('select', { id: id('org-view'), class: 'rsc-select', 'data-action': 'org-select', 'data-key': 'org-select' });
  for (const o of model.organisations) select.append(h('option', { value: o.index, selected: o.index === organisation.index }, o.name));
  const section = h(
    'section',
    { class: 'rsc-view rsc-view-organisation', 'aria-labelledby': id('h-org') },
    viewHead(
      ctx,
      id('h-org'),
      tr('viewOrganisation'),
      organisation.name,
      coverage(ctx, organisation.answered, organisation.total, h('span', { class: 'rsc-coverage-text' }, `· ${tr('totalWords', { words: organisation.words })}`)),
      h(
        'div',
        { class: 'rsc-pager' },
        backButton(ctx),
        h('div', { class: 'rsc-field rsc-field-inline' }, h('label', { for: id('org-view') }, tr('chooseOrganisation')), select),
      ),
    ),
  );
  const questions = model.questions.filter(
    (q) => (state.filters.part === null || q.part === state.filters.part) && result.cellMatches(q.index, organisation.index),
  );
  if (questions.length === 0) {
    section.append(nothingMatches(ctx));
    return section;
  }
  const list = h('div', { class: 'rsc-cards rsc-cards-single' });
  for (const question of questions) list.append(card(ctx, question.cells[organisation.index]!, { heading: questionTitle(ctx, question) }));
  section.append(list);
  return section;
}
