import { foldText } from './fold-text.js';

/**
 * True when the longer folded name is the shorter plus whole words ("region örebro" / "region örebro län"),
 * the last shared word allowing the genitive s the added words ask for ("region jönköping" / "region
 * jönköpings län"). A one-word name ("region") would match too much to count.
 */
export function isWordPrefix(shorter: string, longer: string): boolean {
  if (!shorter.includes(' ') || longer.length <= shorter.length) return false;
  return longer.startsWith(`${shorter} `) || longer.startsWith(`${shorter}s `);
}

/** True when one folded name is the other plus whole words, either way round. */
export function differByWholeWords(a: string, b: string): boolean {
  return isWordPrefix(a, b) || isWordPrefix(b, a);
}

/**
 * The proper word-prefixes of a folded name that can count ("a b c" → "a b"), and each without a final
 * genitive s ("region jönköpings län" → "region jönköpings", "region jönköping"), for indexing.
 */
export function wordPrefixes(folded: string): string[] {
  const prefixes: string[] = [];
  for (let at = folded.indexOf(' '); at !== -1; at = folded.indexOf(' ', at + 1)) {
    const prefix = folded.slice(0, at);
    if (!prefix.includes(' ')) continue;
    prefixes.push(prefix);
    if (prefix.endsWith('s') && prefix.slice(0, -1).includes(' ')) prefixes.push(prefix.slice(0, -1));
  }
  return prefixes;
}

/**
 * The name with case, accents and punctuation folded away ("Region Skåne" and "REGION SKANE" meet), for
 * names typed without the Swedish letters. Only a tie-breaker of spelling: å, ä and ö are letters of their own.
 */
export function lettersKey(name: string): string {
  return foldText(name)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** How many edits a folded name of this length may be off and still read as a typo of another. */
export function typoLimit(length: number): number {
  return length >= 12 ? 2 : length >= 6 ? 1 : 0;
}

/** How many letters outside ASCII a name has: of two spellings, the one with å, ä, ö is the careful one. */
export function nonAsciiLetters(name: string): number {
  return name.normalize('NFC').replace(/[\x00-\x7f]/g, '').length;
}
