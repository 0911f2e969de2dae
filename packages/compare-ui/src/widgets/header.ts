// The header: the survey's title, its size, and the totals with a bar and a chip per status.
import { append, bar } from '../dom.js';
import { formatPercent, type MessageKey } from '../i18n.js';
import type { ViewContext } from '../view-context.js';
import { STATUS_SYMBOL, type CellStatus } from '../view-model.js';

export function renderHeader({ doc, h, tr, model }: ViewContext, header: HTMLElement): void {
  const totals = model.totals;
  const chip = (status: CellStatus, count: number, key: MessageKey): HTMLElement =>
    h('li', { class: `rsc-chip rsc-s-${status}` }, h('span', { class: 'rsc-sym', 'aria-hidden': 'true' }, STATUS_SYMBOL[status]), h('strong', {}, count), ' ', tr(key));
  header.textContent = '';
  append(header, [
    h(
      'div',
      { class: 'rsc-header-text' },
      h('p', { class: 'rsc-eyebrow' }, tr('appName')),
      h('h1', { class: 'rsc-title' }, model.title ?? tr('untitled')),
      h('p', { class: 'rsc-subtitle' }, tr('counts', { questions: model.questions.length, organisations: model.organisations.length })),
    ),
    h(
      'div',
      { class: 'rsc-kpi' },
      h('p', { class: 'rsc-kpi-value' }, tr('summary', { answered: totals.answered, cells: totals.cells, percent: formatPercent(totals.answered, totals.cells) })),
      bar(doc, totals.percent, 'rsc-bar rsc-bar-large'),
      h(
        'ul',
        { class: 'rsc-chips' },
        chip('answered', totals.answered, 'countAnswered'),
        chip('no-answer', totals.noAnswer, 'countNoAnswer'),
        chip('empty', totals.empty, 'countEmpty'),
        chip('missing', totals.missing, 'countMissing'),
      ),
    ),
  ]);
}
