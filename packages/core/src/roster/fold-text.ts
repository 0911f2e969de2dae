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
