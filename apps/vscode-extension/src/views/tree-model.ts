// Pure view models for the two survey views: a compare matrix in, plain tree nodes out. The tree data
// providers turn these into vscode.TreeItems; tests build them straight from core.
import type { CellStatus, CompareCell, CompareMatrix, CompareRow } from '@rus-survey/protocol';
import type { AnswerLocation } from '../locations';
import { english, type Translate } from '../translate';

export type NodeIcon = 'part' | 'question' | 'organisation' | CellStatus;

export interface ViewNode {
  /** Stable across refreshes, so expanded nodes stay expanded while the user types. */
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  icon: NodeIcon;
  /** Where a click goes: the answer (or the question's first answer). */
  location?: AnswerLocation;
  children?: ViewNode[];
}

export function statusLabel(status: CellStatus, t: Translate = english): string {
  switch (status) {
    case 'answered':
      return t('answered');
    case 'no-answer':
      return t('no answer');
    case 'empty':
      return t('empty');
    case 'placeholder':
      return t('placeholder');
    case 'missing':
      return t('missing');
  }
}

const percent = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part / whole) * 100));

export function questionLabel(row: CompareRow): string {
  return row.number === null ? row.text : `${row.number}. ${row.text}`;
}

function cellDescription(cell: CompareCell, t: Translate): string {
  return cell.status === 'answered' ? t('{0} words', cell.words) : statusLabel(cell.status, t);
}

/** A one-line preview of an answer's Markdown for tooltips. */
export function preview(text: string, max = 240): string {
  const flat = text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Questions view: part › question › each organisation's answer. */
export function questionsTree(matrix: CompareMatrix, t: Translate = english): ViewNode[] {
  const total = matrix.organisations.length;
  const questionNode = (row: CompareRow, index: number): ViewNode => {
    const key = row.number ?? `#${index}`;
    const first = row.cells.find((cell) => cell.location)?.location ?? undefined;
    return {
      id: `q:${key}`,
      label: questionLabel(row),
      description: t('{0}/{1} answered', matrix.coverage.questions[index]!.answered, total),
      tooltip: questionLabel(row),
      icon: 'question',
      ...(first ? { location: first } : {}),
      children: row.cells.map((cell) => ({
        id: `q:${key}/${cell.organisation}`,
        label: cell.organisation,
        description: cellDescription(cell, t),
        tooltip: cell.status === 'answered' ? preview(cell.text) : statusLabel(cell.status, t),
        icon: cell.status,
        ...(cell.location ? { location: cell.location } : {}),
      })),
    };
  };
  // Parts and their counts are core's (`matrix.coverage.parts`).
  return matrix.coverage.parts.map((part) => ({
    id: `p:${part.title}`,
    label: part.title || t('(no part)'),
    description: t('{0}/{1} answered', part.answered, part.cells),
    icon: 'part',
    children: part.rows.map((index) => questionNode(matrix.rows[index]!, index)),
  }));
}

/** Organisations view: organisation (with its coverage) › its answer to each question. */
export function organisationsTree(matrix: CompareMatrix, t: Translate = english): ViewNode[] {
  return matrix.organisations.map((organisation, column) => {
    const { answered, cells: questions } = matrix.coverage.organisations[column]!;
    const children = matrix.rows.map((row, index): ViewNode => {
      const cell = row.cells[column]!;
      return {
        id: `o:${organisation}/${row.number ?? `#${index}`}`,
        label: questionLabel(row),
        description: cellDescription(cell, t),
        tooltip: cell.status === 'answered' ? preview(cell.text) : statusLabel(cell.status, t),
        icon: cell.status,
        ...(cell.location ? { location: cell.location } : {}),
      };
    });
    const first = children.find((child) => child.location)?.location;
    return {
      id: `o:${organisation}`,
      label: organisation,
      description: t('{0}/{1} answered ({2}%)', answered, questions, percent(answered, questions)),
      icon: 'organisation',
      ...(first ? { location: first } : {}),
      children,
    };
  });
}
