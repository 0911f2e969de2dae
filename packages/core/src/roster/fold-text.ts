/** Whitespace and case folded, for comparing texts a person would call the same. */
export function foldText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');
}
