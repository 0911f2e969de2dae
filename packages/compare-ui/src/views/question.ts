// One question: its coverage, a pager through the shown questions, and every organisation's answer as a card.
import { backButton, card, coverage, highlighted, nothingMatches, questionTitle, viewHead } from '../elements.js';
import type { ViewContext } from '../view-context.js';

function pager(ctx: ViewContext, previous: number | undefined, next: number | undefined): HTMLElement {
  const { h, tr } = ctx;
  const goto = (target: number | undefined, key: 'prev' | 'next', ...label: (HTMLElement | string)[]): HTMLElement =>
    h('button', { type: 'button', class: 'rsc-button', 'data-action': 'goto-question', 'data-q': target ?? '', 'data-key': key, disabled: target === undefined }, ...label);
  return h(
    'div',
    { class: 'rsc-pager' },
    backButton(ctx),
    goto(previous, 'prev', h('span', { 'aria-hidden': 'true' }, '‹ '), tr('previousQuestion')),
    goto(next, 'next', tr('nextQuestion'), h('span', { 'aria-hidden': 'true' }, ' ›')),
  );
}

export function questionView(ctx: ViewContext): HTMLElement {
  const { h, tr, id, model, result, state } = ctx;
  const question = model.questions[state.question] ?? model.questions[0];
  if (!question) return h('section', { class: 'rsc-view' }, nothingMatches(ctx));
  // The pager walks the filtered questions while this one is among them, all questions otherwise.
  const order = result.questions.includes(question.index) ? result.questions : model.questions.map((q) => q.index);
  const position = order.indexOf(question.index);
  const part = model.parts[question.part];
  const scope = model.organisations.filter((o) => state.filters.organisation === null || o.index === state.filters.organisation).map((o) => o.index);
  const shown = scope.filter((o) => result.cellMatches(question.index, o));
  const hidden = model.organisations.length - shown.length;
  const section = h(
    'section',
    { class: 'rsc-view rsc-view-question', 'aria-labelledby': id('h-question') },
    viewHead(
      ctx,
      id('h-question'),
      [tr('questionOf', { index: question.index + 1, count: model.questions.length }), part ? ` · ${part.title}` : ''].join(''),
      questionTitle(ctx, question),
      coverage(ctx, question.answered, question.total),
      pager(ctx, order[position - 1], order[position + 1]),
    ),
  );
  if (hidden > 0 && result.active) section.append(h('p', { class: 'rsc-note' }, tr('filteredOut', { count: hidden })));
  const list = h('div', { class: 'rsc-cards' });
  for (const o of shown) list.append(card(ctx, question.cells[o]!, { heading: highlighted(ctx, question.cells[o]!.organisationName), current: o === state.current }));
  section.append(shown.length > 0 ? list : nothingMatches(ctx));
  return section;
}
