import type { CompareMatrix, SourceRange } from '@rus-survey/core';
import type { Locale } from './i18n.js';
import type { SavedState } from './saved-state.js';

export type ExportFormat = 'csv' | 'html' | 'xlsx';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'html', 'xlsx'];

/** What the page around the view provides: the standalone report or the VS Code webview. */
export interface CompareHost {
  /** Show an answer in its source (the extension opens the file; the standalone report shows file and line). */
  reveal(location: { uri: string; range: SourceRange }): void;
  /** Export the matrix; the view shows an export button per format only when this is given. */
  export?(format: ExportFormat): void;
  /** The formats `export` offers, one button each, in this order (default: CSV and HTML). A host offers only
   * what it can write: the standalone report has no host that could write an .xlsx file. */
  exportFormats?: readonly ExportFormat[];
}

export interface CompareViewOptions {
  matrix: CompareMatrix;
  locale: Locale;
  host: CompareHost;
  /** A state `onState` reported earlier (the VS Code webview's `getState()`), to open where the user left off;
   * checked field by field, so a stale or odd value opens the fresh view instead. */
  state?: unknown;
  /** Called with what to keep whenever the user changes the view, a choice or a filter. */
  onState?(state: SavedState): void;
}

export interface CompareView {
  /** Show a new matrix, keeping the view, the filters and the chosen question and organisations where they still exist. */
  update(matrix: CompareMatrix): void;
  /** Open the side-by-side answers of the question with this number (the editor's "Compare" code lens). */
  showQuestion(number: number): void;
}
