import type { RoundsComparison } from '@rus-survey/core';
import { ROUNDS_BOOT_JS } from '../generated/assets.js';
import type { Locale } from '../i18n.js';
import { fileNameOf, renderStandalonePage } from '../standalone-html.js';
import { roundsText } from './rounds-text.js';

export const ROUNDS_DATA_ELEMENT_ID = 'rus-rounds-data';

/** The comparison with every file reduced to its name: a report is meant to be shared, its folders are not. */
export function shareableRounds(comparison: RoundsComparison): RoundsComparison {
  return {
    ...comparison,
    rounds: comparison.rounds.map((round) => ({ ...round, uri: fileNameOf(round.uri) })),
    cells: comparison.cells.map((cell) => ({
      ...cell,
      answers: cell.answers.map((answer) => (answer ? { ...answer, location: { ...answer.location, uri: fileNameOf(answer.location.uri) } } : null)),
    })),
  };
}

/** One self-contained, offline HTML file with the Rounds view of `comparison`, files by name only (see renderStandalonePage). */
export function renderRoundsHtml(comparison: RoundsComparison, options: { locale: Locale; nonce?: string }): string {
  const locale: Locale = options.locale === 'sv' ? 'sv' : 'en';
  const latest = comparison.rounds.at(-1)?.title;
  const title = `${roundsText(locale, 'title')}${latest ? `: ${latest}` : ''}`;
  return renderStandalonePage({ locale, title, nonce: options.nonce, dataId: ROUNDS_DATA_ELEMENT_ID, data: shareableRounds(comparison), boot: ROUNDS_BOOT_JS });
}
