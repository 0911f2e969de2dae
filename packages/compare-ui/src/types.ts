import type { CompareMatrix, SourceRange } from '@rus-survey/core';
import type { Locale } from './i18n.js';

export type ExportFormat = 'csv' | 'html' | 'xlsx';

/** What the page around the view provides: the standalone report or the VS Code webview. */
export interface CompareHost {
  /** Show an answer in its source (the extension opens the file; the standalone report shows file and line). */
  reveal(location: { uri: string; range: SourceRange }): void;
  /** Export the matrix; the view shows an export button per format only when this is given. */
  export?(format: ExportFormat): void;
  /** The formats `export` offers (default: both). */
  exportFormats?: readonly ExportFormat[];
}

export interface CompareViewOptions {
  matrix: CompareMatrix;
  locale: Locale;
  host: CompareHost;
}

export interface CompareView {
  /** Show a new matrix, keeping the view, the filters and the chosen question and organisations where they still exist. */
  update(matrix: CompareMatrix): void;
  /** Open the side-by-side answers of the question with this number (the editor's "Compare" code lens). */
  showQuestion(number: number): void;
}
