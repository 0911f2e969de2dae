/** Where a survey's notice, parts and numbered questions are recognised by their words, in Swedish and English. */
export const NOTICE_TEXT = /tänk på att|konfidentiell|sekretess|diskussionsunderlag|confidential|do not share/i;

/** "Del ett: …", "Del 2 – …", "Part one: …", "Avsnitt A". */
export const PART_TEXT = /^(del|part|avsnitt|section)\s+[\p{L}\p{N}]+\s*[:.–—-]/iu;

/** "3. …" or "3) …": the number and the question. */
export function numberedText(text: string): { number: number; text: string } | null {
  const match = /^\s*(\d{1,4})\s*[.)]\s+(\S[\s\S]*)$/.exec(text);
  return match ? { number: Number(match[1]), text: match[2]!.trim() } : null;
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** `24 april 2018` in a title becomes `2018-04-24`. */
export function dateInTitle(title: string): string | null {
  const match = new RegExp(`(\\d{1,2})\\s+(${MONTHS.join('|')})\\s+(\\d{4})`, 'i').exec(title);
  if (!match) return null;
  const month = MONTHS.indexOf(match[2]!.toLowerCase()) + 1;
  return `${match[3]}-${String(month).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
}
