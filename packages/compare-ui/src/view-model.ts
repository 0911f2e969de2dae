import type { CompareMatrix, CompareCell, CoverageCounts } from '@rus-survey/core';
import { answerPlainText, matches } from './answer-text.js';
import { percentOf } from './i18n.js';

export type CellStatus = CompareCell['status'];

export interface CellModel {
  question: number;
  organisation: number;
  organisationName: string;
  status: CellStatus;
  words: number;
  /** 0 when not answered; 1, 2, 3 for short, medium and long answers (the heat map's shade). */
  level: 0 | 1 | 2 | 3;
  /** The answer's source, untrusted. */
  source: string;
  /** The answer as plain text (only `<br>` and `<p>` read as structure); still untrusted, for text nodes only. */
  plain: string;
  location: CompareCell['location'];
}

export interface QuestionModel {
  index: number;
  number: number | null;
  /** "4", or "–" when the question has no number. */
  label: string;
  text: string;
  part: number;
  answered: number;
  total: number;
  percent: number;
  cells: CellModel[];
}

export interface OrganisationModel {
  index: number;
  name: string;
  answered: number;
  total: number;
  percent: number;
  words: number;
}

export interface PartModel {
  index: number;
  title: string;
  questions: number[];
}

export interface ViewModel {
  title: string | null;
  questions: QuestionModel[];
  organisations: OrganisationModel[];
  parts: PartModel[];
  totals: CoverageCounts & { percent: number };
}

export const STATUS_SYMBOL: Record<CellStatus, string> = {
  answered: '✓',
  'no-answer': '—',
  empty: '?',
  placeholder: '?',
  missing: '✕',
};

export function wordLevel(status: CellStatus, words: number): 0 | 1 | 2 | 3 {
  if (status !== 'answered') return 0;
  return words < 15 ? 1 : words < 40 ? 2 : 3;
}

/** The matrix laid out for the views. Every count is core's (`matrix.coverage`); only percentages are made here. */
export function buildViewModel(matrix: CompareMatrix): ViewModel {
  const { coverage } = matrix;
  const partOfRow: number[] = [];
  const parts = coverage.parts.map((part, index): PartModel => {
    for (const row of part.rows) partOfRow[row] = index;
    return { index, title: part.title, questions: [...part.rows] };
  });
  const organisations = matrix.organisations.map((name, index): OrganisationModel => {
    const { answered, cells, words } = coverage.organisations[index]!;
    return { index, name, answered, total: cells, percent: percentOf(answered, cells), words };
  });
  const questions = matrix.rows.map((row, index): QuestionModel => {
    const cells = row.cells.map(
      (cell, column): CellModel => ({
        question: index,
        organisation: column,
        organisationName: cell.organisation,
        status: cell.status,
        words: cell.words,
        level: wordLevel(cell.status, cell.words),
        source: cell.text,
        plain: answerPlainText(cell.text),
        location: cell.location,
      }),
    );
    const { answered, cells: total } = coverage.questions[index]!;
    return {
      index,
      number: row.number,
      label: row.number === null ? '–' : String(row.number),
      text: row.text,
      part: partOfRow[index]!,
      answered,
      total,
      percent: percentOf(answered, total),
      cells,
    };
  });
  return {
    title: matrix.title,
    questions,
    organisations,
    parts,
    totals: { ...coverage.totals, percent: percentOf(coverage.totals.answered, coverage.totals.cells) },
  };
}

export interface Filters {
  /** Free text, matched against question text, organisation names and answers (case and accents ignored). */
  query: string;
  /** A part index, or null for all parts. */
  part: number | null;
  /** An organisation index, or null for all organisations. */
  organisation: number | null;
}

export const NO_FILTERS: Filters = { query: '', part: null, organisation: null };

export interface FilterResult {
  active: boolean;
  /** Question indexes shown, in matrix order. */
  questions: number[];
  /** Organisation indexes shown, in matrix order. */
  organisations: number[];
  /** Whether a cell matches the text query (always true without one). */
  cellMatches(question: number, organisation: number): boolean;
}

export function applyFilters(model: ViewModel, filters: Filters): FilterResult {
  const query = filters.query.trim();
  const inScopeQuestions = model.questions.filter((q) => filters.part === null || q.part === filters.part).map((q) => q.index);
  const inScopeOrganisations = model.organisations
    .filter((o) => filters.organisation === null || o.index === filters.organisation)
    .map((o) => o.index);
  const questionMatch = model.questions.map((q) => matches(`${q.label} ${q.text}`, query));
  const organisationMatch = model.organisations.map((o) => matches(o.name, query));
  const cellMatches = (question: number, organisation: number): boolean =>
    query.length === 0 ||
    questionMatch[question] === true ||
    organisationMatch[organisation] === true ||
    matches(model.questions[question]?.cells[organisation]?.plain ?? '', query);
  const questions = inScopeQuestions.filter((q) => inScopeOrganisations.some((o) => cellMatches(q, o)));
  const organisations = inScopeOrganisations.filter((o) => questions.some((q) => cellMatches(q, o)));
  return {
    active: query.length > 0 || filters.part !== null || filters.organisation !== null,
    questions,
    organisations,
    cellMatches,
  };
}
