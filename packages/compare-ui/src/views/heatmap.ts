// The overview: the heat map of questions × organisations (coverage per row and column) and its legend. The
// interactive table is a grid of buttons with one tab stop; the print view reuses the table without buttons.
import { bar, type Child } from '../dom.js';
import { cellLabel, highlighted, nothingMatches, questionTitle, viewHead } from '../elements.js';
import { formatPercent, type MessageKey } from '../i18n.js';
import type { ViewContext } from '../view-context.js';
import { STATUS_SYMBOL, type CellStatus, type QuestionModel } from '../view-model.js';

function headRow(ctx: ViewContext, orgs: readonly number[], interactive: boolean): HTMLTableRowElement {
  const { h, tr, model } = ctx;
  const row = h('tr', {}, h('th', { scope: 'col', class: 'rsc-corner' }, tr('questionColumn')));
  for (const o of orgs) {
    const organisation = model.organisations[o]!;
    const name = h('span', { class: 'rsc-vertical' }, interactive ? highlighted(ctx, organisation.name) : organisation.name);
    const label = tr('organisationButtonLabel', { organisation: organisation.name });
    const button = (): HTMLElement =>
      h('button', { type: 'button', class: 'rsc-orghead', 'data-action': 'organisation', 'data-org': o, 'data-key': `org:${o}`, 'data-grid': '', tabindex: -1, 'aria-label': label }, name);
    row.append(h('th', { scope: 'col', class: 'rsc-orgcol' }, interactive ? button() : name));
  }
  row.append(h('th', { scope: 'col', class: 'rsc-covcol' }, tr('coverageColumn')));
  return row;
}

function questionRow(ctx: ViewContext, question: QuestionModel, orgs: readonly number[], interactive: boolean): HTMLTableRowElement {
  const { doc, h, tr, result } = ctx;
  const q = question.index;
  const rowHead = interactive
    ? h(
        'button',
        {
          type: 'button',
          class: 'rsc-qbutton',
          'data-action': 'question',
          'data-q': q,
          'data-key': `q:${q}`,
          'data-grid': '',
          tabindex: -1,
          'aria-label': tr('questionButtonLabel', { question: question.label, text: question.text }),
          title: question.text,
        },
        questionTitle(ctx, question),
      )
    : h('span', { class: 'rsc-qbutton' }, questionTitle(ctx, question));
  const row = h('tr', {}, h('th', { scope: 'row', class: 'rsc-qhead' }, rowHead));
  for (const o of orgs) {
    const cell = question.cells[o]!;
    const content: Child[] = [
      h('span', { class: 'rsc-sym', 'aria-hidden': 'true' }, STATUS_SYMBOL[cell.status]),
      cell.status === 'answered' ? h('span', { class: 'rsc-num', 'aria-hidden': 'true' }, cell.words) : null,
    ];
    const dim = interactive && result.active && !result.cellMatches(q, o);
    const className = `rsc-cell rsc-s-${cell.status} rsc-l${cell.level}${dim ? ' rsc-dim' : ''}`;
    const label = cellLabel(ctx, question, cell);
    const button = (): HTMLElement =>
      h('button', { type: 'button', class: className, 'data-action': 'cell', 'data-q': q, 'data-org': o, 'data-key': `cell:${q}:${o}`, 'data-grid': '', tabindex: -1, 'aria-label': label }, content);
    row.append(h('td', { class: 'rsc-cellwrap' }, interactive ? button() : h('span', { class: className, 'aria-label': label, role: 'img' }, content)));
  }
  row.append(
    h(
      'td',
      { class: 'rsc-rowcov' },
      h('span', { class: 'rsc-rowcov-text' }, formatPercent(question.answered, question.total)),
      h('span', { class: 'rsc-rowcov-count' }, `${question.answered}/${question.total}`),
      bar(doc, question.percent, 'rsc-bar rsc-bar-small'),
    ),
  );
  return row;
}

function footRow({ h, tr, model }: ViewContext, orgs: readonly number[]): HTMLTableRowElement {
  const row = h('tr', {}, h('th', { scope: 'row', class: 'rsc-foothead' }, tr('coverageRow')));
  for (const o of orgs) {
    const organisation = model.organisations[o]!;
    row.append(
      h(
        'td',
        { class: 'rsc-colcov' },
        h('span', { class: 'rsc-colcov-text' }, formatPercent(organisation.answered, organisation.total)),
        h('span', { class: 'rsc-colcov-count' }, `${organisation.answered}/${organisation.total}`),
      ),
    );
  }
  row.append(h('td', { class: 'rsc-colcov rsc-total' }, h('span', { class: 'rsc-colcov-text' }, formatPercent(model.totals.answered, model.totals.cells))));
  return row;
}

/** The heat map table: the filtered questions and organisations when interactive, all of them for print. */
export function heatmapTable(ctx: ViewContext, interactive: boolean): HTMLTableElement {
  const { h, tr, model, result } = ctx;
  const orgs = interactive ? result.organisations : model.organisations.map((o) => o.index);
  const shown = interactive ? result.questions : model.questions.map((q) => q.index);
  const table = h('table', { class: 'rsc-heatmap' }, h('caption', { class: 'rsc-sr-only' }, tr('heatmapCaption')), h('thead', {}, headRow(ctx, orgs, interactive)));
  for (const part of model.parts) {
    const rows = part.questions.filter((q) => shown.includes(q));
    if (rows.length === 0) continue;
    const body = h('tbody', {}, h('tr', { class: 'rsc-partrow' }, h('th', { scope: 'rowgroup', colspan: orgs.length + 2 }, part.title)));
    for (const q of rows) body.append(questionRow(ctx, model.questions[q]!, orgs, interactive));
    table.append(body);
  }
  table.append(h('tfoot', {}, footRow(ctx, orgs)));
  return table;
}

function legend({ h, tr }: ViewContext): HTMLElement {
  const swatch = (status: CellStatus, level: number, symbol: boolean): HTMLElement =>
    h('span', { class: `rsc-swatch rsc-cell rsc-s-${status} rsc-l${level}`, 'aria-hidden': 'true' }, symbol ? h('span', { class: 'rsc-sym' }, STATUS_SYMBOL[status]) : null);
  const item = (status: CellStatus, level: number, key: MessageKey): HTMLElement => h('li', {}, swatch(status, level, true), ' ', tr(key));
  return h(
    'div',
    { class: 'rsc-legend' },
    h('h3', { class: 'rsc-sr-only' }, tr('legend')),
    h(
      'ul',
      {},
      item('answered', 2, 'statusAnswered'),
      item('no-answer', 0, 'statusNoAnswer'),
      item('empty', 0, 'countEmpty'),
      item('missing', 0, 'statusMissing'),
      h('li', { class: 'rsc-legend-shades' }, swatch('answered', 1, false), swatch('answered', 2, false), swatch('answered', 3, false), ' ', tr('legendShade')),
    ),
  );
}

export function overviewView(ctx: ViewContext): HTMLElement {
  const { h, tr, id, result } = ctx;
  const section = h(
    'section',
    { class: 'rsc-view rsc-view-overview', 'aria-labelledby': id('h-overview') },
    viewHead(ctx, id('h-overview'), null, tr('heatmapCaption'), h('p', { class: 'rsc-hint' }, tr('heatmapHint'))),
  );
  if (result.questions.length === 0 || result.organisations.length === 0) section.append(nothingMatches(ctx));
  else section.append(h('div', { class: 'rsc-table-scroll' }, heatmapTable(ctx, true)), legend(ctx));
  return section;
}
