// The status bar's text and tooltip for a survey's compare matrix; pure so it is tested without VS Code.
import type { CompareMatrix } from '@rus-survey/protocol';
import { english, type Translate } from './translate';

export interface StatusModel {
  text: string;
  /** One line per part, then the totals of what is not answered. */
  tooltip: string;
}

export function statusModel(matrix: CompareMatrix, t: Translate = english): StatusModel {
  // Core counts; this only words the numbers.
  const { answered, cells, missing, noAnswer, empty } = matrix.coverage.totals;
  const lines = matrix.coverage.parts.map((part) => t('{0}: {1}/{2} answered', part.title || t('(no part)'), part.answered, part.cells));
  lines.push(t('{0} missing, {1} no answer, {2} empty', missing, noAnswer, empty));
  return { text: t('✓ {0}/{1} answered', answered, cells), tooltip: lines.join('\n') };
}
