// The list of "Go to Organisation's Answer…", pure so it is tested without VS Code: every answer of the survey
// grouped by question, the question at the cursor first and, when the cursor is in an organisation's answer,
// that organisation's answer at the top (where the quick pick's selection starts). Which question and
// organisation the cursor is in comes from the server (rusSurvey/position), not from the cells' ranges.
import type { CellStatus, CompareMatrix, CompareRow, SurveyPosition } from '@rus-survey/protocol';
import type { AnswerLocation } from '../locations';
import { english, type Translate } from '../translate';
import { questionLabel, statusLabel } from './tree-model';

export interface AnswerPick {
  organisation: string;
  /** A codicon, the organisation's name. */
  label: string;
  /** The question's number and the answer's status, so "Skåne 4" finds it. */
  description: string;
  /** The answer's first words. */
  detail?: string;
  location?: AnswerLocation;
}

export interface AnswerPickGroup {
  /** The question, as the Questions view shows it. */
  label: string;
  answers: AnswerPick[];
}

const ICONS: Record<CellStatus, string> = { answered: 'pass', missing: 'error', 'no-answer': 'circle-slash', empty: 'circle-slash', placeholder: 'circle-slash' };

/** The matrix row of the question the server named; -1 when there is none (before the first question). */
export function rowOf(matrix: CompareMatrix, question: SurveyPosition['question']): number {
  if (!question) return -1;
  return matrix.rows.findIndex((row) => row.number === question.number && row.text === question.text && row.part === question.part);
}

export function answerPicks(matrix: CompareMatrix, at: SurveyPosition | null, t: Translate = english): AnswerPickGroup[] {
  const current = rowOf(matrix, at?.question ?? null);
  const order = current < 0 ? [...matrix.rows.keys()] : [current, ...[...matrix.rows.keys()].filter((index) => index !== current)];
  return order.map((index) => {
    const row: CompareRow = matrix.rows[index]!;
    const answers = row.cells.map(
      (cell): AnswerPick => ({
        organisation: cell.organisation,
        label: `$(${ICONS[cell.status]}) ${cell.organisation}`,
        description: `${row.number ?? ''} · ${statusLabel(cell.status, t)}`,
        ...(cell.text.trim() ? { detail: cell.text.replace(/\s+/g, ' ').slice(0, 160) } : {}),
        ...(cell.location ? { location: cell.location } : {}),
      }),
    );
    const mine = index === current && at?.organisation ? answers.findIndex((answer) => answer.organisation === at.organisation) : -1;
    if (mine > 0) answers.unshift(...answers.splice(mine, 1));
    return { label: questionLabel(row), answers };
  });
}
