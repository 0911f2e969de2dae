import type { CompareMatrix } from '@rus-survey/core';
import { answerParagraphs, findMatches } from './answer-text.js';
import { append, bar, builder, type Child } from './dom.js';
import { formatPercent, t, type Locale, type MessageKey } from './i18n.js';
import type { CompareHost, CompareView, CompareViewOptions, ExportFormat } from './types.js';
import {
  applyFilters,
  buildViewModel,
  STATUS_SYMBOL,
  type CellModel,
  type CellStatus,
  type FilterResult,
  type Filters,
  type QuestionModel,
  type ViewModel,
} from './view-model.js';

export type ViewName = 'overview' | 'question' | 'compare' | 'organisation';

const VIEWS: readonly ViewName[] = ['overview', 'question', 'compare', 'organisation'];
const VIEW_LABEL: Record<ViewName, MessageKey> = {
  overview: 'viewOverview',
  question: 'viewQuestion',
  compare: 'viewCompare',
  organisation: 'viewOrganisation',
};
const STATUS_LABEL: Record<CellStatus, MessageKey> = {
  answered: 'statusAnswered',
  'no-answer': 'statusNoAnswer',
  empty: 'statusEmpty',
  placeholder: 'statusPlaceholder',
  missing: 'statusMissing',
};
const MAX_COMPARE = 4;

interface State {
  view: ViewName;
  question: number;
  organisation: number;
  compare: number[];
  filters: Filters;
  /** The heat map's tab stop (a data-key), kept across renders. */
  gridKey: string | null;
}

let instances = 0;

/**
 * Mounts the compare view into `root`: a header with totals, a heat map of questions × organisations, a
 * question's answers side by side, 2–4 organisations in columns and one organisation's answers; filters,
 * keyboard navigation and a live region. Survey text only ever enters the page as text nodes.
 */
export function mountCompareView(root: HTMLElement, options: CompareViewOptions): CompareView {
  const doc = root.ownerDocument;
  const h = builder(doc);
  const locale: Locale = options.locale === 'sv' ? 'sv' : 'en';
  const host: CompareHost = options.host;
  const tr = (key: MessageKey, params?: Record<string, string | number>): string => t(locale, key, params);
  const id = (name: string): string => `rsc${instances}-${name}`;
  instances++;

  let model: ViewModel = buildViewModel(options.matrix);
  const state: State = {
    view: 'overview',
    question: 0,
    organisation: 0,
    compare: model.organisations.slice(0, 2).map((o) => o.index),
    filters: { query: '', part: null, organisation: null },
    gridKey: null,
  };
  let result: FilterResult = applyFilters(model, state.filters);

  root.textContent = '';
  root.classList.add('rsc');
  root.setAttribute('lang', locale);

  // ---- static frame ------------------------------------------------------------------------------------
  const header = h('header', { class: 'rsc-header' });
  const tabs = h('nav', { class: 'rsc-tabs', 'aria-label': tr('views') });
  const tabButtons = new Map<ViewName, HTMLButtonElement>();
  for (const view of VIEWS) {
    const button = h('button', { type: 'button', class: 'rsc-tab', 'data-action': 'view', 'data-view': view, 'data-key': `tab:${view}` }, tr(VIEW_LABEL[view]));
    tabButtons.set(view, button);
    tabs.append(button);
  }
  const queryInput = h('input', {
    type: 'search',
    id: id('query'),
    class: 'rsc-input',
    placeholder: tr('filterPlaceholder'),
    autocomplete: 'off',
    spellcheck: 'false',
    'data-action': 'query',
  });
  const partSelect = h('select', { id: id('part'), class: 'rsc-select', 'data-action': 'part' });
  const orgSelect = h('select', { id: id('org'), class: 'rsc-select', 'data-action': 'org-filter' });
  const clearButton = h('button', { type: 'button', class: 'rsc-button rsc-button-quiet', 'data-action': 'clear' }, tr('clearFilters'));
  const filters = h(
    'div',
    { class: 'rsc-filters', role: 'search', 'aria-label': tr('filters') },
    h('div', { class: 'rsc-field rsc-field-query' }, h('label', { for: id('query') }, tr('filterLabel')), queryInput),
    h('div', { class: 'rsc-field' }, h('label', { for: id('part') }, tr('partLabel')), partSelect),
    h('div', { class: 'rsc-field' }, h('label', { for: id('org') }, tr('organisationLabel')), orgSelect),
    h('div', { class: 'rsc-field rsc-field-actions' }, clearButton),
  );
  const actions = h('div', { class: 'rsc-actions' });
  if (host.export) {
    const formats: readonly ExportFormat[] = host.exportFormats ?? ['csv', 'html'];
    for (const format of formats)
      actions.append(
        h('button', { type: 'button', class: 'rsc-button', 'data-action': 'export', 'data-format': format }, tr(format === 'csv' ? 'downloadCsv' : format === 'xlsx' ? 'exportExcel' : 'exportHtml')),
      );
  }
  const toolbar = h('div', { class: 'rsc-toolbar' }, h('div', { class: 'rsc-toolbar-row' }, tabs, actions), filters);
  const filterStatus = h('p', { class: 'rsc-filter-status', id: id('filter-status') });
  const main = h('main', { class: 'rsc-main', id: id('main') });
  const print = h('div', { class: 'rsc-print', 'aria-hidden': 'true' });
  const live = h('div', { class: 'rsc-sr-only', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  root.append(header, toolbar, filterStatus, main, print, live);

  // ---- helpers -----------------------------------------------------------------------------------------
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  const announce = (text: string, delay = 30): void => {
    if (announceTimer !== undefined) clearTimeout(announceTimer);
    live.textContent = '';
    announceTimer = setTimeout(() => {
      live.textContent = text;
    }, delay);
  };

  /** Text with the filter's matches in <mark>, built from text nodes. */
  const highlighted = (text: string): Child[] => {
    const ranges = findMatches(text, state.filters.query);
    if (ranges.length === 0) return [text];
    const out: Child[] = [];
    let at = 0;
    for (const [start, end] of ranges) {
      if (start > at) out.push(text.slice(at, start));
      out.push(h('mark', { class: 'rsc-mark' }, text.slice(start, end)));
      at = end;
    }
    if (at < text.length) out.push(text.slice(at));
    return out;
  };

  const answerBody = (cell: CellModel): HTMLElement => {
    if (cell.status !== 'answered' && cell.plain.length === 0) {
      const key: MessageKey = cell.status === 'missing' ? 'noAnswerText' : cell.status === 'no-answer' ? 'noAnswerExplicit' : 'emptyText';
      return h('p', { class: 'rsc-answer-empty' }, tr(key));
    }
    const body = h('div', {
      class: 'rsc-answer',
      'data-action': cell.location ? 'reveal' : null,
      'data-q': cell.question,
      'data-org': cell.organisation,
    });
    for (const lines of answerParagraphs(cell.source)) {
      const paragraph = h('p');
      lines.forEach((line, i) => {
        if (i > 0) paragraph.append(h('br'));
        append(paragraph, highlighted(line));
      });
      body.append(paragraph);
    }
    return body;
  };

  const statusBadge = (cell: CellModel): HTMLElement =>
    h(
      'span',
      { class: `rsc-badge rsc-s-${cell.status}` },
      h('span', { class: 'rsc-sym', 'aria-hidden': 'true' }, STATUS_SYMBOL[cell.status]),
      ' ',
      tr(STATUS_LABEL[cell.status]),
    );

  const revealButton = (cell: CellModel): HTMLElement | null => {
    if (!cell.location) return null;
    const line = cell.location.range.start.line;
    return h(
      'button',
      {
        type: 'button',
        class: 'rsc-reveal',
        'data-action': 'reveal',
        'data-q': cell.question,
        'data-org': cell.organisation,
        'data-key': `reveal:${cell.question}:${cell.organisation}`,
        'aria-label': tr('showInSourceLabel', { organisation: cell.organisationName, line }),
      },
      h('span', { class: 'rsc-reveal-icon', 'aria-hidden': 'true' }, '↗'),
      ' ',
      tr('showInSource', { line }),
    );
  };

  const wordsText = (cell: CellModel): string | null => (cell.status === 'answered' ? tr('wordsCount', { words: cell.words }) : null);

  const coverage = (answered: number, total: number, extra?: Child): HTMLElement =>
    h(
      'div',
      { class: 'rsc-coverage' },
      bar(doc, total === 0 ? 0 : (answered / total) * 100),
      h('span', { class: 'rsc-coverage-text' }, h('strong', {}, formatPercent(answered, total)), ' · ', tr('coverageOf', { answered, total })),
      extra ?? null,
    );

  const cellLabel = (question: QuestionModel, cell: CellModel): string => {
    const label = tr('cellLabel', { organisation: cell.organisationName, question: question.label, status: tr(STATUS_LABEL[cell.status]) });
    return cell.status === 'answered' ? `${label}, ${tr('wordsCount', { words: cell.words })}` : label;
  };

  const questionTitle = (question: QuestionModel): Child[] => [
    h('span', { class: 'rsc-qnum' }, question.label),
    ' ',
    h('span', { class: 'rsc-qtext' }, highlighted(question.text)),
  ];

  // ---- header ------------------------------------------------------------------------------------------
  const renderHeader = (): void => {
    header.textContent = '';
    const totals = model.totals;
    const chip = (status: CellStatus, count: number, key: MessageKey): HTMLElement =>
      h(
        'li',
        { class: `rsc-chip rsc-s-${status}` },
        h('span', { class: 'rsc-sym', 'aria-hidden': 'true' }, STATUS_SYMBOL[status]),
        h('strong', {}, count),
        ' ',
        tr(key),
      );
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
  };

  const renderSelects = (): void => {
    partSelect.textContent = '';
    partSelect.append(h('option', { value: '' }, tr('allParts')));
    for (const part of model.parts) partSelect.append(h('option', { value: part.index }, part.title));
    partSelect.value = state.filters.part === null ? '' : String(state.filters.part);
    orgSelect.textContent = '';
    orgSelect.append(h('option', { value: '' }, tr('allOrganisations')));
    for (const organisation of model.organisations) orgSelect.append(h('option', { value: organisation.index }, organisation.name));
    orgSelect.value = state.filters.organisation === null ? '' : String(state.filters.organisation);
    queryInput.value = state.filters.query;
  };

  // ---- heat map ----------------------------------------------------------------------------------------
  const heatmapTable = (interactive: boolean): HTMLTableElement => {
    const orgs = interactive ? result.organisations : model.organisations.map((o) => o.index);
    const questionIndexes = interactive ? result.questions : model.questions.map((q) => q.index);
    const table = h('table', { class: 'rsc-heatmap' }, h('caption', { class: 'rsc-sr-only' }, tr('heatmapCaption')));
    const headRow = h('tr', {}, h('th', { scope: 'col', class: 'rsc-corner' }, tr('questionColumn')));
    for (const o of orgs) {
      const organisation = model.organisations[o]!;
      const name = h('span', { class: 'rsc-vertical' }, interactive ? highlighted(organisation.name) : organisation.name);
      headRow.append(
        h(
          'th',
          { scope: 'col', class: 'rsc-orgcol' },
          interactive
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'rsc-orghead',
                  'data-action': 'organisation',
                  'data-org': o,
                  'data-key': `org:${o}`,
                  'data-grid': '',
                  tabindex: -1,
                  'aria-label': tr('organisationButtonLabel', { organisation: organisation.name }),
                },
                name,
              )
            : name,
        ),
      );
    }
    headRow.append(h('th', { scope: 'col', class: 'rsc-covcol' }, tr('coverageColumn')));
    table.append(h('thead', {}, headRow));

    for (const part of model.parts) {
      const rows = part.questions.filter((q) => questionIndexes.includes(q));
      if (rows.length === 0) continue;
      const body = h(
        'tbody',
        {},
        h('tr', { class: 'rsc-partrow' }, h('th', { scope: 'rowgroup', colspan: orgs.length + 2 }, part.title)),
      );
      for (const q of rows) {
        const question = model.questions[q]!;
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
              questionTitle(question),
            )
          : h('span', { class: 'rsc-qbutton' }, questionTitle(question));
        const tr_ = h('tr', {}, h('th', { scope: 'row', class: 'rsc-qhead' }, rowHead));
        for (const o of orgs) {
          const cell = question.cells[o]!;
          const content: Child[] = [
            h('span', { class: 'rsc-sym', 'aria-hidden': 'true' }, STATUS_SYMBOL[cell.status]),
            cell.status === 'answered' ? h('span', { class: 'rsc-num', 'aria-hidden': 'true' }, cell.words) : null,
          ];
          const dim = interactive && result.active && !result.cellMatches(q, o);
          const className = `rsc-cell rsc-s-${cell.status} rsc-l${cell.level}${dim ? ' rsc-dim' : ''}`;
          tr_.append(
            h(
              'td',
              { class: 'rsc-cellwrap' },
              interactive
                ? h(
                    'button',
                    {
                      type: 'button',
                      class: className,
                      'data-action': 'cell',
                      'data-q': q,
                      'data-org': o,
                      'data-key': `cell:${q}:${o}`,
                      'data-grid': '',
                      tabindex: -1,
                      'aria-label': cellLabel(question, cell),
                    },
                    content,
                  )
                : h('span', { class: className, 'aria-label': cellLabel(question, cell), role: 'img' }, content),
            ),
          );
        }
        tr_.append(
          h(
            'td',
            { class: 'rsc-rowcov' },
            h('span', { class: 'rsc-rowcov-text' }, formatPercent(question.answered, question.total)),
            h('span', { class: 'rsc-rowcov-count' }, `${question.answered}/${question.total}`),
            bar(doc, question.percent, 'rsc-bar rsc-bar-small'),
          ),
        );
        body.append(tr_);
      }
      table.append(body);
    }

    const footRow = h('tr', {}, h('th', { scope: 'row', class: 'rsc-foothead' }, tr('coverageRow')));
    for (const o of orgs) {
      const organisation = model.organisations[o]!;
      footRow.append(
        h(
          'td',
          { class: 'rsc-colcov' },
          h('span', { class: 'rsc-colcov-text' }, formatPercent(organisation.answered, organisation.total)),
          h('span', { class: 'rsc-colcov-count' }, `${organisation.answered}/${organisation.total}`),
        ),
      );
    }
    footRow.append(h('td', { class: 'rsc-colcov rsc-total' }, h('span', { class: 'rsc-colcov-text' }, formatPercent(model.totals.answered, model.totals.cells))));
    table.append(h('tfoot', {}, footRow));
    return table;
  };

  const legend = (): HTMLElement => {
    const item = (status: CellStatus, level: number, key: MessageKey): HTMLElement =>
      h(
        'li',
        {},
        h('span', { class: `rsc-swatch rsc-cell rsc-s-${status} rsc-l${level}`, 'aria-hidden': 'true' }, h('span', { class: 'rsc-sym' }, STATUS_SYMBOL[status])),
        ' ',
        tr(key),
      );
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
        h(
          'li',
          { class: 'rsc-legend-shades' },
          h('span', { class: 'rsc-swatch rsc-cell rsc-s-answered rsc-l1', 'aria-hidden': 'true' }),
          h('span', { class: 'rsc-swatch rsc-cell rsc-s-answered rsc-l2', 'aria-hidden': 'true' }),
          h('span', { class: 'rsc-swatch rsc-cell rsc-s-answered rsc-l3', 'aria-hidden': 'true' }),
          ' ',
          tr('legendShade'),
        ),
      ),
    );
  };

  const viewHead = (headingId: string, eyebrow: Child, heading: Child | Child[], ...rest: Child[]): HTMLElement =>
    h(
      'div',
      { class: 'rsc-view-head' },
      eyebrow ? h('p', { class: 'rsc-eyebrow' }, eyebrow) : null,
      h('h2', { id: headingId, class: 'rsc-view-title', tabindex: -1 }, heading),
      ...rest,
    );

  const renderOverview = (): HTMLElement => {
    const section = h(
      'section',
      { class: 'rsc-view rsc-view-overview', 'aria-labelledby': id('h-overview') },
      viewHead(id('h-overview'), null, tr('heatmapCaption'), h('p', { class: 'rsc-hint' }, tr('heatmapHint'))),
    );
    if (result.questions.length === 0 || result.organisations.length === 0) {
      section.append(h('p', { class: 'rsc-empty' }, tr('nothingMatches')));
      return section;
    }
    section.append(h('div', { class: 'rsc-table-scroll' }, heatmapTable(true)), legend());
    return section;
  };

  // ---- question ----------------------------------------------------------------------------------------
  const card = (cell: CellModel, opts: { heading: Child[]; headingLevel?: 'h3' | 'h4'; current?: boolean }): HTMLElement => {
    const headingId = id(`card-${cell.question}-${cell.organisation}`);
    const Heading = opts.headingLevel ?? 'h3';
    return h(
      'article',
      {
        class: `rsc-card rsc-card-${cell.status}${opts.current ? ' rsc-card-current' : ''}`,
        'aria-labelledby': headingId,
        'data-key': `card:${cell.question}:${cell.organisation}`,
      },
      h(
        'div',
        { class: 'rsc-card-head' },
        h(Heading, { class: 'rsc-card-title', id: headingId, tabindex: -1 }, opts.heading),
        h('div', { class: 'rsc-card-meta' }, statusBadge(cell), wordsText(cell) ? h('span', { class: 'rsc-words' }, wordsText(cell)) : null),
      ),
      answerBody(cell),
      cell.location ? h('div', { class: 'rsc-card-foot' }, revealButton(cell)) : null,
    );
  };

  const renderQuestion = (focusOrganisation: number | null): HTMLElement => {
    const question = model.questions[state.question] ?? model.questions[0];
    if (!question) return h('section', { class: 'rsc-view' }, h('p', { class: 'rsc-empty' }, tr('nothingMatches')));
    const order = result.questions.includes(question.index) ? result.questions : model.questions.map((q) => q.index);
    const position = order.indexOf(question.index);
    const prev = order[position - 1];
    const next = order[position + 1];
    const part = model.parts[question.part];
    const scope = model.organisations.filter((o) => state.filters.organisation === null || o.index === state.filters.organisation).map((o) => o.index);
    const shown = scope.filter((o) => result.cellMatches(question.index, o));
    const hidden = model.organisations.length - shown.length;
    const pager = h(
      'div',
      { class: 'rsc-pager' },
      h('button', { type: 'button', class: 'rsc-button', 'data-action': 'back', 'data-key': 'back' }, h('span', { 'aria-hidden': 'true' }, '← '), tr('backToHeatmap')),
      h(
        'button',
        { type: 'button', class: 'rsc-button', 'data-action': 'goto-question', 'data-q': prev ?? '', 'data-key': 'prev', disabled: prev === undefined },
        h('span', { 'aria-hidden': 'true' }, '‹ '),
        tr('previousQuestion'),
      ),
      h(
        'button',
        { type: 'button', class: 'rsc-button', 'data-action': 'goto-question', 'data-q': next ?? '', 'data-key': 'next', disabled: next === undefined },
        tr('nextQuestion'),
        h('span', { 'aria-hidden': 'true' }, ' ›'),
      ),
    );
    const section = h(
      'section',
      { class: 'rsc-view rsc-view-question', 'aria-labelledby': id('h-question') },
      viewHead(
        id('h-question'),
        [tr('questionOf', { index: question.index + 1, count: model.questions.length }), part ? ` · ${part.title}` : ''].join(''),
        questionTitle(question),
        coverage(question.answered, question.total),
        pager,
      ),
    );
    if (hidden > 0 && result.active) section.append(h('p', { class: 'rsc-note' }, tr('filteredOut', { count: hidden })));
    const list = h('div', { class: 'rsc-cards' });
    for (const o of shown) {
      const cell = question.cells[o]!;
      list.append(card(cell, { heading: highlighted(cell.organisationName), current: o === focusOrganisation }));
    }
    section.append(shown.length > 0 ? list : h('p', { class: 'rsc-empty' }, tr('nothingMatches')));
    return section;
  };

  // ---- compare -----------------------------------------------------------------------------------------
  const renderCompare = (): HTMLElement => {
    const selected = state.compare.filter((o) => o < model.organisations.length);
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
    const section = h(
      'section',
      { class: 'rsc-view rsc-view-compare', 'aria-labelledby': id('h-compare') },
      viewHead(id('h-compare'), null, tr('compareHeading')),
      h(
        'fieldset',
        { class: 'rsc-picker' },
        h('legend', {}, tr('compareLegend')),
        checks,
        full ? h('p', { class: 'rsc-note', id: id('cmp-limit') }, tr('compareLimit')) : null,
      ),
    );
    if (selected.length < 2) {
      section.append(h('p', { class: 'rsc-empty' }, tr('compareHint')));
      return section;
    }
    const questions = model.questions.filter(
      (q) => (state.filters.part === null || q.part === state.filters.part) && selected.some((o) => result.cellMatches(q.index, o)),
    );
    if (questions.length === 0) {
      section.append(h('p', { class: 'rsc-empty' }, tr('nothingMatches')));
      return section;
    }
    const head = h('div', { class: `rsc-compare-head rsc-cols rsc-cols-${selected.length}`, 'aria-hidden': 'true' });
    for (const o of selected) {
      const organisation = model.organisations[o]!;
      head.append(
        h('div', { class: 'rsc-compare-org' }, h('strong', {}, organisation.name), h('span', {}, `${formatPercent(organisation.answered, organisation.total)} · ${organisation.answered}/${organisation.total}`)),
      );
    }
    section.append(head);
    for (const question of questions) {
      const cols = h('div', { class: `rsc-cols rsc-cols-${selected.length}` });
      for (const o of selected) cols.append(card(question.cells[o]!, { heading: [model.organisations[o]!.name], headingLevel: 'h4' }));
      section.append(
        h(
          'section',
          { class: 'rsc-compare-row', 'aria-labelledby': id(`cmp-q-${question.index}`) },
          h('h3', { class: 'rsc-compare-question', id: id(`cmp-q-${question.index}`) }, questionTitle(question)),
          cols,
        ),
      );
    }
    return section;
  };

  // ---- organisation ------------------------------------------------------------------------------------
  const renderOrganisation = (): HTMLElement => {
    const organisation = model.organisations[state.organisation] ?? model.organisations[0];
    if (!organisation) return h('section', { class: 'rsc-view' }, h('p', { class: 'rsc-empty' }, tr('nothingMatches')));
    const select = h('select', { id: id('org-view'), class: 'rsc-select', 'data-action': 'org-select', 'data-key': 'org-select' });
    for (const o of model.organisations) select.append(h('option', { value: o.index, selected: o.index === organisation.index }, o.name));
    const section = h(
      'section',
      { class: 'rsc-view rsc-view-organisation', 'aria-labelledby': id('h-org') },
      viewHead(
        id('h-org'),
        tr('viewOrganisation'),
        organisation.name,
        coverage(organisation.answered, organisation.total, h('span', { class: 'rsc-coverage-text' }, `· ${tr('totalWords', { words: organisation.words })}`)),
        h(
          'div',
          { class: 'rsc-pager' },
          h('button', { type: 'button', class: 'rsc-button', 'data-action': 'back', 'data-key': 'back' }, h('span', { 'aria-hidden': 'true' }, '← '), tr('backToHeatmap')),
          h('div', { class: 'rsc-field rsc-field-inline' }, h('label', { for: id('org-view') }, tr('chooseOrganisation')), select),
        ),
      ),
    );
    const questions = model.questions.filter(
      (q) => (state.filters.part === null || q.part === state.filters.part) && result.cellMatches(q.index, organisation.index),
    );
    if (questions.length === 0) {
      section.append(h('p', { class: 'rsc-empty' }, tr('nothingMatches')));
      return section;
    }
    const list = h('div', { class: 'rsc-cards rsc-cards-single' });
    for (const question of questions) list.append(card(question.cells[organisation.index]!, { heading: questionTitle(question) }));
    section.append(list);
    return section;
  };

  // ---- print -------------------------------------------------------------------------------------------
  const renderPrint = (): void => {
    print.textContent = '';
    print.append(h('h2', {}, tr('heatmapCaption')), heatmapTable(false), h('h2', {}, tr('printAnswers')));
    for (const question of model.questions) {
      const block = h('section', { class: 'rsc-print-question' }, h('h3', {}, `${question.label}. ${question.text}`));
      for (const cell of question.cells) {
        const entry = h('div', { class: 'rsc-print-answer' }, h('h4', {}, `${cell.organisationName} — ${STATUS_SYMBOL[cell.status]} ${tr(STATUS_LABEL[cell.status])}`));
        if (cell.status === 'answered' || cell.plain)
          for (const lines of answerParagraphs(cell.source)) {
            const p = h('p');
            lines.forEach((line, i) => {
              if (i > 0) p.append(h('br'));
              p.append(line);
            });
            entry.append(p);
          }
        block.append(entry);
      }
      print.append(block);
    }
  };

  // ---- rendering and focus -----------------------------------------------------------------------------
  const syncTabs = (): void => {
    for (const [view, button] of tabButtons) {
      if (view === state.view) button.setAttribute('aria-current', 'page');
      else button.removeAttribute('aria-current');
    }
    clearButton.disabled = !result.active;
  };

  const syncFilterStatus = (): void => {
    filterStatus.textContent = result.active
      ? tr('showingQuestions', {
          shown: result.questions.length,
          total: model.questions.length,
          orgs: result.organisations.length,
          totalOrgs: model.organisations.length,
        })
      : '';
    filterStatus.hidden = !result.active;
  };

  const gridElements = (): HTMLElement[][] => {
    const table = main.querySelector('table.rsc-heatmap');
    if (!table) return [];
    return Array.from(table.querySelectorAll('tr'))
      .map((row) => Array.from(row.querySelectorAll<HTMLElement>('[data-grid]')))
      .filter((row) => row.length > 0);
  };

  const setupRovingTabindex = (): void => {
    const grid = gridElements();
    const all = grid.flat();
    if (all.length === 0) return;
    const stop = all.find((el) => el.dataset.key === state.gridKey) ?? main.querySelector<HTMLElement>('.rsc-cell[data-grid]') ?? all[0]!;
    for (const el of all) el.tabIndex = el === stop ? 0 : -1;
  };

  const render = (focusOrganisation: number | null = null): void => {
    const active = doc.activeElement as HTMLElement | null;
    const activeKey = active && main.contains(active) ? active.dataset.key ?? null : null;
    result = applyFilters(model, state.filters);
    main.textContent = '';
    const view =
      state.view === 'overview'
        ? renderOverview()
        : state.view === 'question'
          ? renderQuestion(focusOrganisation)
          : state.view === 'compare'
            ? renderCompare()
            : renderOrganisation();
    main.append(view);
    main.dataset.view = state.view;
    root.dataset.view = state.view;
    setupRovingTabindex();
    syncTabs();
    syncFilterStatus();
    if (activeKey) main.querySelector<HTMLElement>(`[data-key="${activeKey}"]`)?.focus();
  };

  const focusView = (focusOrganisation: number | null): void => {
    if (state.view === 'overview') {
      const key = state.gridKey;
      const target = (key ? main.querySelector<HTMLElement>(`[data-key="${key}"]`) : null) ?? main.querySelector<HTMLElement>('h2');
      target?.focus();
      return;
    }
    if (state.view === 'question' && focusOrganisation !== null) {
      const title = main.querySelector<HTMLElement>(`[data-key="card:${state.question}:${focusOrganisation}"] .rsc-card-title`);
      if (title) {
        title.focus();
        return;
      }
    }
    main.querySelector<HTMLElement>('h2')?.focus();
  };

  const announceView = (): void => {
    if (state.view === 'overview') announce(`${tr('announceOverview')} ${filterStatus.textContent ?? ''}`.trim());
    else if (state.view === 'question') {
      const question = model.questions[state.question];
      if (question) announce(tr('announceQuestion', { question: question.label, answered: question.answered, total: question.total }));
    } else if (state.view === 'compare') announce(tr('announceCompare', { count: state.compare.length }));
    else {
      const organisation = model.organisations[state.organisation];
      if (organisation) announce(tr('announceOrganisation', { organisation: organisation.name, answered: organisation.answered, total: organisation.total }));
    }
  };

  const showView = (view: ViewName, opts: { question?: number; organisation?: number; focusOrganisation?: number } = {}): void => {
    if (opts.question !== undefined) state.question = opts.question;
    if (opts.organisation !== undefined) state.organisation = opts.organisation;
    state.view = view;
    render(opts.focusOrganisation ?? null);
    focusView(opts.focusOrganisation ?? null);
    announceView();
  };

  let filterAnnounceTimer: ReturnType<typeof setTimeout> | undefined;
  const onFiltersChanged = (): void => {
    render();
    if (filterAnnounceTimer !== undefined) clearTimeout(filterAnnounceTimer);
    filterAnnounceTimer = setTimeout(() => announce(result.active ? filterStatus.textContent ?? '' : tr('announceOverview')), 500);
  };

  const cellAt = (el: HTMLElement): CellModel | undefined => {
    const q = Number(el.dataset.q);
    const o = Number(el.dataset.org);
    return model.questions[q]?.cells[o];
  };

  // ---- events ------------------------------------------------------------------------------------------
  root.addEventListener('click', (event) => {
    const target = (event.target as Element | null)?.closest<HTMLElement>('[data-action]');
    if (!target || !root.contains(target)) return;
    const action = target.dataset.action;
    switch (action) {
      case 'view': {
        const view = target.dataset.view as ViewName;
        showView(view);
        break;
      }
      case 'question':
        state.gridKey = target.dataset.key ?? null;
        showView('question', { question: Number(target.dataset.q) });
        break;
      case 'cell':
        state.gridKey = target.dataset.key ?? null;
        showView('question', { question: Number(target.dataset.q), focusOrganisation: Number(target.dataset.org) });
        break;
      case 'organisation':
        state.gridKey = target.dataset.key ?? null;
        showView('organisation', { organisation: Number(target.dataset.org) });
        break;
      case 'goto-question':
        if (target.dataset.q !== '') showView('question', { question: Number(target.dataset.q) });
        break;
      case 'back':
        showView('overview');
        break;
      case 'reveal': {
        // A click on the text (not on the button) while selecting text is a selection, not a request.
        if (target.tagName !== 'BUTTON' && (doc.getSelection?.()?.toString() ?? '') !== '') return;
        const cell = cellAt(target);
        if (cell?.location) host.reveal({ uri: cell.location.uri, range: cell.location.range });
        break;
      }
      case 'export':
        host.export?.(target.dataset.format === 'html' || target.dataset.format === 'xlsx' ? target.dataset.format : 'csv');
        break;
      case 'clear':
        state.filters = { query: '', part: null, organisation: null };
        renderSelects();
        onFiltersChanged();
        queryInput.focus();
        break;
      default:
        break;
    }
  });

  root.addEventListener('input', (event) => {
    const target = event.target as HTMLElement;
    if (target === queryInput) {
      state.filters = { ...state.filters, query: queryInput.value };
      onFiltersChanged();
    }
  });

  root.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const action = target.dataset.action;
    if (action === 'part') {
      state.filters = { ...state.filters, part: target.value === '' ? null : Number(target.value) };
      onFiltersChanged();
    } else if (action === 'org-filter') {
      state.filters = { ...state.filters, organisation: target.value === '' ? null : Number(target.value) };
      onFiltersChanged();
    } else if (action === 'org-select') {
      state.organisation = Number(target.value);
      render();
      announceView();
    } else if (action === 'compare-toggle') {
      const o = Number(target.dataset.org);
      const checked = (target as HTMLInputElement).checked;
      state.compare = checked
        ? [...state.compare.filter((x) => x !== o), o].sort((a, b) => a - b).slice(0, MAX_COMPARE)
        : state.compare.filter((x) => x !== o);
      render();
      announceView();
    }
  });

  root.addEventListener('focusin', (event) => {
    const target = event.target as HTMLElement;
    if (target.hasAttribute('data-grid')) {
      state.gridKey = target.dataset.key ?? null;
      for (const el of main.querySelectorAll<HTMLElement>('[data-grid]')) el.tabIndex = el === target ? 0 : -1;
    }
  });

  root.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (target.hasAttribute('data-grid')) {
      const grid = gridElements();
      const row = grid.findIndex((r) => r.includes(target));
      if (row < 0) return;
      const col = grid[row]!.indexOf(target);
      // The header row has no cell above the question column: align columns from the right.
      const width = (r: number): number => grid[r]!.length;
      const offset = (r: number): number => Math.max(...grid.map((x) => x.length)) - width(r);
      const logical = col + offset(row);
      const move = (r: number, logicalCol: number): void => {
        const c = Math.min(width(r) - 1, Math.max(0, logicalCol - offset(r)));
        grid[r]![c]?.focus();
      };
      switch (event.key) {
        case 'ArrowRight':
          if (col < width(row) - 1) grid[row]![col + 1]!.focus();
          break;
        case 'ArrowLeft':
          if (col > 0) grid[row]![col - 1]!.focus();
          break;
        case 'ArrowDown':
          if (row < grid.length - 1) move(row + 1, logical);
          break;
        case 'ArrowUp':
          if (row > 0) move(row - 1, logical);
          break;
        case 'Home':
          if (event.ctrlKey) move(0, 0);
          else grid[row]![0]!.focus();
          break;
        case 'End':
          if (event.ctrlKey) move(grid.length - 1, Infinity);
          else grid[row]![width(row) - 1]!.focus();
          break;
        case 'PageUp':
          move(0, logical);
          break;
        case 'PageDown':
          move(grid.length - 1, logical);
          break;
        default:
          return;
      }
      event.preventDefault();
      return;
    }
    if (event.key === 'Escape' && state.view !== 'overview' && !['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) {
      event.preventDefault();
      showView('overview');
    }
  });

  // ---- first render ------------------------------------------------------------------------------------
  renderHeader();
  renderSelects();
  render();
  renderPrint();

  return {
    update(matrix: CompareMatrix): void {
      model = buildViewModel(matrix);
      const orgCount = model.organisations.length;
      if (state.question >= model.questions.length) state.question = 0;
      if (state.organisation >= orgCount) state.organisation = 0;
      state.compare = state.compare.filter((o) => o < orgCount);
      if (state.filters.part !== null && state.filters.part >= model.parts.length) state.filters = { ...state.filters, part: null };
      if (state.filters.organisation !== null && state.filters.organisation >= orgCount) state.filters = { ...state.filters, organisation: null };
      renderHeader();
      renderSelects();
      render();
      renderPrint();
    },
    showQuestion(number: number): void {
      const index = model.questions.findIndex((question) => question.number === number);
      if (index !== -1) showView('question', { question: index });
    },
  };
}
