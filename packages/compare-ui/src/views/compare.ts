// Two to four organisations side by side: a picker, then each question's answers in columns.
import { card, nothingMatches, questionTitle, viewHead } from '../elements.js';
import { formatPercent } from '../i18n.js';
import { MAX_COMPARE } from '../state.js';
import type { ViewContext } from '../view-context.js';

function picker(ctx: ViewContext, selected: readonly number[]): HTMLElement {
  const { h, tr, id, model } = ctx;
  const full = selected.length >= MAX_COMPARE;
  const checks = h('div', { class: 'rsc-checks' });
  for (const organisation of model.organisations) {
    const checked = selected.includes(organisation.index);
    const inputId = id(`cmp-${organisation.index}`);
    checks.append(
      h(
        'div',
        { class: `rsc-check${checked ? ' rsc-check-on' : ''}` },
        h('input', {
          type: 'checkbox',
          id: inputId,
          'data-action': 'compare-toggle',
          'data-org': organisation.index,
          'data-key': `cmp:${organisation.index}`,
          checked,
          disabled: full && !checked,
          'aria-describedby': full && !checked ? id('cmp-limit') : null,
        }),
        h('label', { for: inputId }, organisation.name, h('span', { class: 'rsc-check-count' }, ` ${organisation.answered}/${organisation.total}`)),
      ),
    );
  }
  return h(
    'fieldset',
    { class: 'rsc-picker' },
    h('legend', {}, tr('compareLegend')),
    checks,
    full ? h('p', { class: 'rsc-note', id: id('cmp-limit') }, tr('compareLimit')) : null,
  );
}

export function compareView(ctx: ViewContext): HTMLElement {
  const { h, tr, id, model, result, state } = ctx;
  const selected = state.compare.filter((o) => o < model.organisations.length);
  const section = h(
    'section',
    { class: 'rsc-view rsc-view-compare', 'aria-labelledby': id('h-compare') },
    viewHead(ctx, id('h-compare'), null, tr('compareHeading')),
    picker(ctx, selected),
  );
  if (selected.length < 2) {
    section.append(h('p', { class: 'rsc-empty' }, tr('compareHint')));
    return section;
  }
  const questions = model.questions.filter(
    (q) => (state.filters.part === null || q.part === state.filters.part) && selected.some((o) => result.cellMatches(q.index, o)),
  );
  if (questions.length === 0) {
    section.append(nothingMatches(ctx));
    return section;
  }
  const columns = `rsc-cols rsc-cols-${selected.length}`;
  const head = h('div', { class: `rsc-compare-head ${columns}`, 'aria-hidden': 'true' });
  for (const o of selected) {
    const organisation = model.organisations[o]!;
    const counts = `${formatPercent(organisation.answered, organisation.total)} · ${organisation.answered}/${organisation.total}`;
    head.append(h('div', { class: 'rsc-compare-org' }, h('strong', {}, organisation.name), h('span', {}, counts)));
  }
  section.append(head);
  for (const question of questions) {
    const cols = h('div', { class: columns });
    for (const o of selected) cols.append(card(ctx, question.cells[o]!, { heading: [model.organisations[o]!.name], headingLevel: 'h4' }));
    const headingId = id(`cmp-q-${question.index}`);
    section.append(
      h('section', { class: 'rsc-compare-row', 'aria-labelledby': headingId }, h('h3', { class: 'rsc-compare-question', id: headingId }, questionTitle(ctx, question)), cols),
    );
  }
  return section;
}
