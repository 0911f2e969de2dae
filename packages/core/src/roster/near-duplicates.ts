import { distance } from 'fastest-levenshtein';
import { foldText } from './fold-text.js';

/** True when two names are probably the same organisation written two ways ("Region Örebro" / "Region Örebro län"). */
export function isNearDuplicate(a: string, b: string): boolean {
  const x = foldText(a);
  const y = foldText(b);
  if (x === y) return false;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  // One name is the other plus whole words ("län", "kommun"); a one-word name matches too much to count.
  if (shorter.includes(' ') && longer.startsWith(`${shorter} `)) return true;
  const limit = shorter.length >= 12 ? 2 : shorter.length >= 6 ? 1 : 0;
  return distance(x, y) <= limit;
}

/**
 * Among names with their number of uses, the ones that are near-duplicates of a more used name, mapped to
 * that name. On a tie the longer name wins ("Region Örebro län" over "Region Örebro": the full name is the
 * likelier official one), then the first seen.
 */
export function findNearDuplicates(names: readonly { name: string; count: number }[]): Map<string, string> {
  const result = new Map<string, string>();
  names.forEach((candidate, index) => {
    let best: { name: string; count: number } | undefined;
    names.forEach((other, otherIndex) => {
      if (otherIndex === index || result.has(other.name)) return;
      const wins =
        other.count > candidate.count ||
        (other.count === candidate.count &&
          (other.name.length > candidate.name.length || (other.name.length === candidate.name.length && otherIndex < index)));
      if (wins && isNearDuplicate(candidate.name, other.name) && (!best || other.count > best.count)) best = other;
    });
    if (best) result.set(candidate.name, best.name);
  });
  return result;
}
