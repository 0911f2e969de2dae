import type { LocalizedText } from './locale.js';

/** The notice inserted by RUS001's fix when no expected text is configured: the seed's own sentence. */
export const DEFAULT_CONFIDENTIALITY_NOTICE: LocalizedText = {
  sv: 'Tänk på att detta är ett diskussionsunderlag för nätverket, vill du använda materialet i något annat sammanhang, kontakta deltagarna i nätverket och stäm av.',
  en: 'Keep in mind that this is discussion material for the network; if you want to use the material in any other context, contact the participants in the network and check with them first.',
};
