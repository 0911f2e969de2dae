/** Folded names by name: a survey writes the same few hundred names thousands of times. */
const folded = new Map<string, string>();
const MEMO_LIMIT = 20_000;

/**
 * Whitespace and case folded, for comparing texts a person would call the same. A table cell's `\|` is the
 * `|` it escapes, so "A \| B" in a row and "A | B" in a roster or heading compare equal.
 */
export function foldText(text: string): string {
  const known = folded.get(text);
  if (known !== undefined) return known;
  const result = text.normalize('NFC').replace(/\\\|/g, '|').replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');
  if (text.length <= 200) {
    if (folded.size >= MEMO_LIMIT) folded.clear();
    folded.set(text, result);
  }
  return result;
}

/**
 * `foldText` with diacritics dropped as well, for search boxes where people type without them ("skane" finds
 * "Skåne", "orebro" finds "Örebro"). Never for telling organisations apart: "Håbo" and "Habo" are two
 * municipalities.
 */
export function foldForSearch(text: string): string {
  return foldText(text).normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}
