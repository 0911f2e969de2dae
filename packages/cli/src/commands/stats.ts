import { compareMatrix, type CompareMatrix, type CoverageCounts } from '@rus-survey/core';
import type { CliContext } from '../context.js';
import { EXIT_OK } from '../errors.js';
import { t, type Locale } from '../i18n.js';
import { escapeTerminalText } from '../terminal-text.js';
import { bytesOfMegabytes, loadSurveys } from '../io/load-surveys.js';

const percent = (part: number, whole: number): string => `${Math.round((100 * part) / Math.max(1, whole))} %`;

/** A plain text table: the first column left-aligned, numbers right-aligned. */
function table(header: string[], rows: string[][]): string {
  // reduce, not Math.max(...): 100,000 questions spread as arguments overflow the call stack.
  const widths = header.map((cell, i) => rows.reduce((width, row) => Math.max(width, row[i]!.length), cell.length));
  const line = (cells: string[]): string => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const shorten = (text: string, max = 48): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The counting is core's (`matrix.coverage`); this only lays the numbers out. */
export function statsText(matrix: CompareMatrix, locale: Locale): string {
  const counts = (coverage: CoverageCounts): string[] => [
    String(coverage.answered),
    String(coverage.noAnswer),
    String(coverage.empty),
    String(coverage.missing),
    percent(coverage.answered, coverage.cells),
  ];
  const perQuestion = matrix.rows.map((row, index) => [shorten(`${row.number ?? '?'}. ${row.text}`), ...counts(matrix.coverage.questions[index]!)]);
  const perOrganisation = matrix.organisations.map((name, column) => [name, ...counts(matrix.coverage.organisations[column]!)]);
  const columns = [t(locale, 'answered'), t(locale, 'noAnswer'), t(locale, 'emptyOrPlaceholder'), t(locale, 'missing'), '%'];
  const { answered, cells } = matrix.coverage.totals;
  return [
    matrix.title ?? '',
    '',
    `${t(locale, 'perQuestion')}`,
    table([t(locale, 'question'), ...columns], perQuestion),
    '',
    `${t(locale, 'perOrganisation')}`,
    table([t(locale, 'organisation'), ...columns], perOrganisation),
    '',
    t(locale, 'inAll', { answered, cells, percent: Math.round((100 * answered) / Math.max(1, cells)) }),
    '',
  ].join('\n');
}

export function runStats(file: string, options: { config?: string; maxFileSize?: number }, context: CliContext): number {
  const matrix = compareMatrix(loadSurveys([file], context, options.config, bytesOfMegabytes(options.maxFileSize)));
  // Names and question texts come from the survey: printed, they must not drive the terminal.
  context.stdout.write(escapeTerminalText(statsText(matrix, context.locale)));
  return EXIT_OK;
}
