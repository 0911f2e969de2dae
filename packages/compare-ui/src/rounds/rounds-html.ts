import type { RoundsComparison } from '@rus-survey/core';
import { ROUNDS_BOOT_JS } from '../generated/assets.js';
import type { Locale } from '../i18n.js';
import { renderStandalonePage } from '../standalone-html.js';
import { roundsText } from './rounds-text.js';

export const ROUNDS_DATA_ELEMENT_ID = 'rus-rounds-data';

/** One self-contained, offline HTML file with the Rounds view of `comparison` (see renderStandalonePage). */
export function renderRoundsHtml(comparison: RoundsComparison, options: { locale: Locale; nonce?: string }): string {
  const locale: Locale = options.locale === 'sv' ? 'sv' : 'en';
  const latest = comparison.rounds.at(-1)?.title;
  const title = `${roundsText(locale, 'title')}${latest ? `: ${latest}` : ''}`;
  return renderStandalonePage({ locale, title, nonce: options.nonce, dataId: ROUNDS_DATA_ELEMENT_ID, data: comparison, boot: ROUNDS_BOOT_JS });
}
