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
  const result = foldTextUncached(text);
  if (text.length <= 200) {
    if (folded.size >= MEMO_LIMIT) folded.clear();
    folded.set(text, result);
  }
  return result;
}

/**
 * `foldText` without its memo, for texts seen once (each answer's text): remembering those would only fill
 * the memo and push out the names that repeat.
 */
export function foldTextUncached(text: string): string {
  return text.normalize('NFC').replace(/\\\|/g, '|').replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');
}

const foldSearchChar = (ch: string): string => {
  const plain = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  // A character whose fold has another length stays as written, so offsets map one to one.
  return plain.length === ch.length ? plain : ch;
};

/**
 * Case and accents folded away ("Skåne" and "skane" meet), one character at a time, for finding text as a
 * person types it. The result has the input's length in UTF-16 units, so a match's offsets in it are its
 * offsets in the input (for highlighting). Not for deciding who is who: å, ä and ö are letters of their own
 * there (see `foldText`).
 */
export function foldForSearch(text: string): string {
  let out = '';
  for (const ch of text) out += foldSearchChar(ch);
  return out;
}
