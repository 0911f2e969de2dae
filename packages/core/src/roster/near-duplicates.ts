import { distance } from 'fastest-levenshtein';
import type { KnownOrganisation } from '../organisations/known-organisation.js';
import { isWordPrefix, lettersKey, nonAsciiLetters, typoLimit, wordPrefixes } from './name-similarity.js';

/** One organisation as an inferred roster sees it: every name it answers under, merged. */
export interface AnsweringOrganisation {
  /** Its roster name: the written form it answers under most (first seen on a tie). */
  name: string;
  /** Folded names it answers under here. */
  writtenKeys: string[];
  /** Folded names it goes by: the written ones and, for a known organisation, its official and earlier names. */
  forms: string[];
  /** Answers, over all its names. */
  count: number;
  /** Indexes of the questions it answers. */
  questions: Set<number>;
  /** Labels of those questions, in document order. */
  labels: string[];
  known: KnownOrganisation | undefined;
}

/**
 * Why a name is taken for another spelling of a more established one. `words`: one is the other plus whole
 * words ("Region Örebro" / "Region Örebro län"). `letters`: the same but for case, accents and punctuation.
 * `known`: a letter or two off a known organisation, and not one itself. `rare`: a letter or two off a name
 * that answers at least three times as many questions.
 */
export type NearDuplicateEvidence = 'words' | 'letters' | 'known' | 'rare';

export interface NearDuplicate {
  /** The organisation it is probably another spelling of. */
  name: string;
  evidence: NearDuplicateEvidence;
  /** Certain enough for `--fix` to rename it (`words` and `letters`); otherwise only a suggestion. */
  confident: boolean;
  /** The questions the near-duplicate answers. */
  labels: string[];
  /** How many questions the organisation it resembles answers. */
  otherCount: number;
}

const EVIDENCE_ORDER: readonly NearDuplicateEvidence[] = ['words', 'letters', 'known', 'rare'];

const disjoint = (a: Set<number>, b: Set<number>): boolean => {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const question of small) if (large.has(question)) return false;
  return true;
};

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * With an inferred roster, the answering names that are another spelling of a more established one, by the
 * folded name they are written as. Only on evidence: two names that answer the same question are two
 * organisations, and a known organisation is never another's misspelling. Cost: linear in the names, plus
 * a typo check against the names of similar length that could be its original.
 */
export function findNearDuplicates(organisations: readonly AnsweringOrganisation[]): Map<string, NearDuplicate> {
  const byForm = new Map<string, AnsweringOrganisation[]>();
  const byPrefix = new Map<string, AnsweringOrganisation[]>();
  const byLetters = new Map<string, AnsweringOrganisation[]>();
  // Typo targets by length: known organisations, and unknown names most used first (a candidate only looks at
  // those it is rare beside, so the scan stops early).
  const knownByLength = new Map<number, AnsweringOrganisation[]>();
  const unknownByLength = new Map<number, AnsweringOrganisation[]>();
  for (const organisation of organisations) {
    for (const form of organisation.forms) {
      push(byForm, form, organisation);
      for (const prefix of wordPrefixes(form)) push(byPrefix, prefix, organisation);
      push(byLetters, lettersKey(form), organisation);
      push(organisation.known ? knownByLength : unknownByLength, form.length, organisation);
    }
  }
  for (const list of unknownByLength.values()) list.sort((a, b) => b.count - a.count);

  const certain = (evidence: NearDuplicateEvidence): boolean => evidence === 'words' || evidence === 'letters';
  const found = new Map<AnsweringOrganisation, { target: AnsweringOrganisation; evidence: NearDuplicateEvidence; confident: boolean }>();
  for (const candidate of organisations) {
    // A known organisation stands as written; so does one that answers as much as any name could be its original.
    if (candidate.known) continue;
    const key = candidate.writtenKeys[0]!;
    const options: { target: AnsweringOrganisation; evidence: NearDuplicateEvidence }[] = [];
    const consider = (target: AnsweringOrganisation, evidence: NearDuplicateEvidence): void => {
      if (target === candidate || !disjoint(candidate.questions, target.questions)) return;
      // Of two unknown names, the less used is the variant; on a tie, the longer (words) or accented (letters) is the original.
      if (!target.known) {
        if (target.count < candidate.count) return;
        if (target.count === candidate.count) {
          if (evidence === 'words' && target.name.length <= candidate.name.length) return;
          if (evidence === 'letters' && nonAsciiLetters(target.name) <= nonAsciiLetters(candidate.name)) return;
          if (evidence === 'rare' || evidence === 'known') return;
        }
      }
      options.push({ target, evidence });
    };
    for (const prefix of wordPrefixes(key)) for (const target of byForm.get(prefix) ?? []) consider(target, 'words');
    for (const target of byPrefix.get(key) ?? []) if (target.forms.some((form) => isWordPrefix(key, form))) consider(target, 'words');
    for (const target of byLetters.get(lettersKey(key)) ?? []) consider(target, 'letters');
    const limit = typoLimit(key.length);
    const close = (target: AnsweringOrganisation, length: number): boolean => target.forms.some((form) => form.length === length && distance(key, form) <= limit);
    for (let length = key.length - limit; limit > 0 && length <= key.length + limit; length++) {
      for (const target of knownByLength.get(length) ?? []) if (close(target, length)) consider(target, 'known');
      for (const target of unknownByLength.get(length) ?? []) {
        if (target.count < 3 * candidate.count) break;
        if (close(target, length)) consider(target, 'rare');
      }
    }
    if (options.length === 0) continue;
    const rank = (option: (typeof options)[number]): number => EVIDENCE_ORDER.indexOf(option.evidence);
    options.sort((a, b) => rank(a) - rank(b) || b.target.count - a.target.count);
    const best = options[0]!;
    // Two different originals for the same certain evidence: certain of neither.
    const rival = options.find((option) => option.target !== best.target && rank(option) === rank(best));
    found.set(candidate, { target: best.target, evidence: best.evidence, confident: certain(best.evidence) && !rival });
  }

  const result = new Map<string, NearDuplicate>();
  for (const [candidate, first] of found) {
    // A variant of a variant belongs to the original at the end of the chain.
    let { target } = first;
    let confident = first.confident;
    const seen = new Set([candidate]);
    for (let next = found.get(target); next && !seen.has(target); next = found.get(target)) {
      seen.add(target);
      confident &&= next.confident;
      target = next.target;
    }
    if (seen.has(target)) continue;
    const nearDuplicate: NearDuplicate = { name: target.name, evidence: first.evidence, confident, labels: candidate.labels, otherCount: target.questions.size };
    for (const written of candidate.writtenKeys) result.set(written, nearDuplicate);
  }
  return result;
}
