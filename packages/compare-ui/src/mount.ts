import type { CompareMatrix } from '@rus-survey/core';
import { createAnnouncer, viewAnnouncement } from './announcer.js';
import { bindEvents } from './events.js';
import { focusedKey, focusShownView, refocus, setGridTabStop } from './focus.js';
import { restoreState, savedState } from './saved-state.js';
import { extentOf, initialState, reduce, type Action, type State } from './state.js';
import type { CompareView, CompareViewOptions, ExportFormat } from './types.js';
import { createUi, type ViewContext } from './view-context.js';
import { applyFilters, buildViewModel } from './view-model.js';
import { printView, renderView } from './views/index.js';
import { syncFilterStatus } from './widgets/filters.js';
import { renderHeader } from './widgets/header.js';
import { createToolbar } from './widgets/toolbar.js';

export type { ViewName } from './state.js';

/**
 * Mounts the compare view into `root`: a header with totals, a heat map of questions × organisations, a
 * question's answers side by side, 2–4 organisations in columns and one organisation's answers; filters,
 * keyboard navigation and a live region. Survey text only ever enters the page as text nodes.
 */
export function mountCompareView(root: HTMLElement, options: CompareViewOptions): CompareView {
  const locale = options.locale === 'sv' ? 'sv' : 'en';
  const ui = createUi(root.ownerDocument, locale);
  const { h, id } = ui;
  const host = options.host;
  const exportFormats: readonly ExportFormat[] = host.export ? (host.exportFormats ?? ['csv', 'html']) : [];
  let model = buildViewModel(options.matrix);
  let state: State = options.state === undefined ? initialState(extentOf(model)) : restoreState(options.state, extentOf(model));
  let ctx: ViewContext = { ...ui, model, state, result: applyFilters(model, state.filters) };

  root.textContent = '';
  root.classList.add('rsc');
  root.setAttribute('lang', locale);
  const header = h('header', { class: 'rsc-header' });
  const toolbar = createToolbar(ui, exportFormats);
  const filterStatus = h('p', { class: 'rsc-filter-status', id: id('filter-status') });
  const main = h('main', { class: 'rsc-main', id: id('main') });
  const print = h('div', { class: 'rsc-print', 'aria-hidden': 'true' });
  const live = h('div', { class: 'rsc-sr-only', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  root.append(header, toolbar.element, filterStatus, main, print, live);
  const announcer = createAnnouncer(live);

  /** Renders the current view from the state, keeping the focused control focused. */
  const render = (): void => {
    const focused = focusedKey(main);
    ctx = { ...ui, model, state, result: applyFilters(model, state.filters) };
    main.textContent = '';
    main.append(renderView(ctx));
    main.dataset.view = state.view;
    root.dataset.view = state.view;
    setGridTabStop(main, state.gridKey);
    toolbar.sync(ctx);
    syncFilterStatus(ctx, filterStatus);
    refocus(main, focused);
  };
  const announceView = (): void => {
    const text = viewAnnouncement(ctx, filterStatus.textContent ?? '');
    if (text !== null) announcer.say(text);
  };
  const announceFilters = (): void =>
    announcer.sayWhenSettled(() => (ctx.result.active ? (filterStatus.textContent ?? '') : ui.tr('announceOverview')));
  const renderAll = (): void => {
    ctx = { ...ctx, model, state };
    renderHeader(ctx, header);
    toolbar.filters.fill(ctx);
    render();
    printView(ctx, print);
  };

  const dispatch = (action: Action): void => {
    const before = state;
    state = reduce(state, action);
    if (state !== before && action.type !== 'grid-focus') options.onState?.(savedState(state));
    switch (action.type) {
      case 'show':
        render();
        focusShownView(main, state);
        return announceView();
      case 'filter':
        render();
        return announceFilters();
      case 'clear-filters':
        toolbar.filters.fill({ ...ctx, state });
        render();
        announceFilters();
        return toolbar.filters.query.focus();
      case 'choose-organisation':
      case 'toggle-compare':
        render();
        return announceView();
      case 'matrix':
        return renderAll();
      case 'grid-focus':
        return;
    }
  };

  bindEvents(root, {
    get state() {
      return state;
    },
    main,
    dispatch,
    reveal(question, organisation) {
      const location = model.questions[question]?.cells[organisation]?.location;
      if (location) host.reveal({ uri: location.uri, range: location.range });
    },
    exportFormats,
    export: (format) => host.export?.(format),
  });
  renderAll();

  return {
    update(matrix: CompareMatrix): void {
      model = buildViewModel(matrix);
      dispatch({ type: 'matrix', extent: extentOf(model) });
    },
    showQuestion(number: number): void {
      const index = model.questions.findIndex((question) => question.number === number);
      if (index !== -1) dispatch({ type: 'show', view: 'question', question: index });
    },
  };
}
