import { compareMatrix, escapeTableCell, type CompareMatrix, type CompareCell } from '@rus-survey/core';
import { matrixToCsv, renderStandaloneHtml } from '@rus-survey/compare-ui';
import type { CliContext } from '../context.js';
import { CliError, EXIT_OK } from '../errors.js';
import { t, type Locale } from '../i18n.js';
import { bytesOfMegabytes, loadSurveys } from '../io/load-surveys.js';
import { escapeJsonForTerminal, escapeTerminalText } from '../terminal-text.js';
import { writeOutput } from '../io/output.js';
import { writeBinaryOutput } from '../office/office-files.js';
import { runCompareRounds } from './compare-rounds.js';

export const COMPARE_FORMATS = ['csv', 'md', 'json', 'html', 'xlsx'] as const;
export type CompareFormat = (typeof COMPARE_FORMATS)[number];

export interface CompareOptions {
  format: CompareFormat;
  orgs?: string;
  questions?: string;
  output?: string;
  config?: string;
  by?: 'question' | 'organisation';
  /** `--max-file-size`, in MB. */
  maxFileSize?: number;
}

const MARK: Record<CompareCell['status'], string> = { answered: '✓', 'no-answer': '–', empty: '○', placeholder: '○', missing: '✗' };
// Titles, question texts and names are the survey's Markdown source: core's cell escape keeps their own escapes
// (`\*`) and escapes only what would end the cell.
const mdCell = escapeTableCell;

/** A coverage table: questions down, organisations across, a mark per cell, totals last. */
export function matrixToMarkdown(matrix: CompareMatrix, locale: Locale): string {
  const title = `# ${t(locale, 'coverageTitle')}${matrix.title ? `: ${mdCell(matrix.title)}` : ''}`;
  const head = [t(locale, 'question'), ...matrix.organisations.map(mdCell), t(locale, 'answered')];
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i === 0 ? '---' : ':---:')).join(' | ')} |`];
  for (const row of matrix.rows) {
    const label = mdCell(`${row.number !== null ? `${row.number}. ` : ''}${row.text}`);
    lines.push(`| ${[label, ...row.cells.map((cell) => MARK[cell.status]), `${row.answered}/${row.cells.length}`].join(' | ')} |`);
  }
  const questions = matrix.rows.length;
  lines.push(`| ${[`**${t(locale, 'total')}**`, ...matrix.answeredByOrganisation.map((n) => `${n}/${questions}`), `${matrix.totals.answered}/${matrix.totals.cells}`].join(' | ')} |`);
  return `${title}\n\n${lines.join('\n')}\n\n${t(locale, 'legend')}\n`;
}

export function parseList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value.split(',').map((item) => item.trim()).filter(Boolean);
}

export function parseQuestions(value: string | undefined, locale: Locale): number[] | undefined {
  const items = parseList(value);
  if (!items) return undefined;
  if (items.length === 0 || items.some((item) => !/^\d+$/.test(item))) throw new CliError(t(locale, 'badQuestions', { value: value ?? '' }));
  return items.map(Number);
}

export async function runCompare(files: readonly string[], options: CompareOptions, context: CliContext): Promise<number> {
  if (options.by === 'organisation') return runCompareRounds(files, options, context);
  const { locale } = context;
  const questions = parseQuestions(options.questions, locale);
  const organisations = parseList(options.orgs);
  const matrix = compareMatrix(loadSurveys(files, context, options.config, bytesOfMegabytes(options.maxFileSize)), {
    ...(questions ? { questions } : {}),
    ...(organisations ? { organisations } : {}),
  });
  if (matrix.rows.length === 0 || matrix.organisations.length === 0) throw new CliError(t(locale, 'emptyCompare'));
  const inputs = [...files, ...(options.config ? [options.config] : [])];
  if (options.format === 'xlsx') {
    // exceljs loads only for this format, so lint's start-up stays what it was.
    const { matrixWorkbook } = await import('@rus-survey/office');
    writeBinaryOutput(context, options.output, await matrixWorkbook(matrix, { locale }), 'xlsx', inputs);
    return EXIT_OK;
  }
  const text =
    options.format === 'csv'
      ? matrixToCsv(matrix)
      : options.format === 'md'
        ? escapeTerminalText(matrixToMarkdown(matrix, locale))
        : options.format === 'html'
          ? // One self-contained offline page: the compare view inlined, the matrix as inert JSON, a strict CSP.
            renderStandaloneHtml(matrix, { locale })
          : escapeJsonForTerminal(JSON.stringify(matrix, null, 2)) + '\n';
  writeOutput(context, options.output, text, inputs);
  return EXIT_OK;
}
