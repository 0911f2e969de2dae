/**
 * Whitespace and case folded, for comparing texts a person would call the same. A table cell's `\|` is the
 * `|` it escapes, so "A \| B" in a row and "A | B" in a roster or heading compare equal.
 */
export function foldText(text: string): string {
  return text.normalize('NFC').replace(/\\\|/g, '|').replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');
}
