// The toolbar: a tab per view, the export buttons the host offers, and the filters below them.
import type { MessageKey } from '../i18n.js';
import { VIEWS, type ViewName } from '../state.js';
import type { ExportFormat } from '../types.js';
import type { Ui, ViewContext } from '../view-context.js';
import { createFilters, type FilterWidget } from './filters.js';

const VIEW_LABEL: Record<ViewName, MessageKey> = {
  overview: 'viewOverview',
  question: 'viewQuestion',
  compare: 'viewCompare',
  organisation: 'viewOrganisation',
};

export const EXPORT_LABEL: Record<ExportFormat, MessageKey> = { csv: 'downloadCsv', html: 'exportHtml', xlsx: 'exportXlsx' };
/** A name for the button that says what it does where its text alone is short (it contains the text, WCAG 2.5.3). */
const EXPORT_NAME: Partial<Record<ExportFormat, MessageKey>> = { xlsx: 'exportXlsxLabel' };

export interface Toolbar {
  element: HTMLElement;
  filters: FilterWidget;
  /** Marks the current view's tab and syncs the filters. */
  sync(ctx: ViewContext): void;
}

export function createToolbar(ui: Ui, exportFormats: readonly ExportFormat[]): Toolbar {
  const { h, tr } = ui;
  const tabs = h('nav', { class: 'rsc-tabs', 'aria-label': tr('views') });
  const tabButtons = VIEWS.map((view) =>
    h('button', { type: 'button', class: 'rsc-tab', 'data-action': 'view', 'data-view': view, 'data-key': `tab:${view}` }, tr(VIEW_LABEL[view])),
  );
  tabs.append(...tabButtons);
  const actions = h('div', { class: 'rsc-actions' });
  for (const format of exportFormats) {
    const name = EXPORT_NAME[format];
    actions.append(
      h('button', { type: 'button', class: 'rsc-button', 'data-action': 'export', 'data-format': format, 'aria-label': name ? tr(name) : null }, tr(EXPORT_LABEL[format])),
    );
  }
  const filters = createFilters(ui);
  return {
    element: h('div', { class: 'rsc-toolbar' }, h('div', { class: 'rsc-toolbar-row' }, tabs, actions), filters.element),
    filters,
    sync(ctx) {
      tabButtons.forEach((button, i) => {
        if (VIEWS[i] === ctx.state.view) button.setAttribute('aria-current', 'page');
        else button.removeAttribute('aria-current');
      });
      filters.sync(ctx);
    },
  };
}
