// What every view and widget renders with: the document's element builder, the locale's texts, ids unique to
// this mounted view, and the current model, filter result and state.
import { builder, type Builder } from './dom.js';
import { t, type Locale, type MessageKey } from './i18n.js';
import type { State } from './state.js';
import type { CellStatus, FilterResult, ViewModel } from './view-model.js';

export interface Ui {
  doc: Document;
  h: Builder;
  tr(key: MessageKey, params?: Record<string, string | number>): string;
  /** An element id unique to this mounted view (two views can share a page). */
  id(name: string): string;
}

export interface ViewContext extends Ui {
  model: ViewModel;
  result: FilterResult;
  state: State;
}

export const STATUS_LABEL: Record<CellStatus, MessageKey> = {
  answered: 'statusAnswered',
  'no-answer': 'statusNoAnswer',
  empty: 'statusEmpty',
  placeholder: 'statusPlaceholder',
  missing: 'statusMissing',
};

let instances = 0;

export function createUi(doc: Document, locale: Locale): Ui {
  const instance = instances++;
  return {
    doc,
    h: builder(doc),
    tr: (key, params) => t(locale, key, params),
    id: (name) => `rsc${instance}-${name}`,
  };
}
