// The status bar's text and tooltip for a survey's compare matrix; pure so it is tested without VS Code.
import type { CompareMatrix } from '@rus-survey/protocol';
import { english, type Translate } from './translate';

export interface StatusModel {
  text: string;
  /** One line per part, then the totals of what is not answered. */
  tooltip: string;
}

export function statusModel(matrix: CompareMatrix, t: Translate = english): StatusModel {
  const { answered, cells, missing, noAnswer, empty } = matrix.totals;
  const byPart = new Map<string, { answered: number; cells: number }>();
  for (const row of matrix.rows) {
    const part = byPart.get(row.part) ?? { answered: 0, cells: 0 };
    part.answered += row.answered;
    part.cells += row.cells.length;
    byPart.set(row.part, part);
  }
  const lines = [...byPart].map(([part, count]) => t('{0}: {1}/{2} answered', part || t('(no part)'), count.answered, count.cells));
  lines.push(t('{0} missing, {1} no answer, {2} empty', missing, noAnswer, empty));
  return { text: t('✓ {0}/{1} answered', answered, cells), tooltip: lines.join('\n') };
}
