// keptFixes: which fixes of a batch the guard rejects can go together, found by bisection, as adding them one
// at a time would choose (the greedy reference below), with about log2(n) + 1 checks per dropped fix.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keptFixes } from '../src/fix/kept-fixes.js';

/** The reference: add fixes one at a time, dropping each that fails on top of those kept so far. */
function greedy(fixes: readonly number[], keeps: (fixes: readonly number[]) => boolean): { kept: number[]; dropped: number[] } {
  const kept: number[] = [];
  const dropped: number[] = [];
  for (const fix of fixes) {
    if (keeps([...kept, fix])) kept.push(fix);
    else dropped.push(fix);
  }
  return { kept, dropped };
}

describe('keptFixes', () => {
  it('one bad fix among 64, anywhere: all 63 others kept, with at most log2(64) + 1 checks', () => {
    for (const bad of [0, 1, 31, 32, 62, 63]) {
      const fixes = Array.from({ length: 64 }, (_, i) => i);
      let checks = 0;
      const keeps = (batch: readonly number[]): boolean => {
        checks++;
        return !batch.includes(bad);
      };
      const result = keptFixes(fixes, keeps);
      expect(result).toEqual({ kept: fixes.filter((fix) => fix !== bad), dropped: [bad] });
      expect(checks, `bad fix at ${bad}`).toBeLessThanOrEqual(7);
    }
  });

  it('bad fixes, and pairs of fixes that cannot go together: the same choice as one at a time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.uniqueArray(fc.nat({ max: 39 }), { maxLength: 6 }),
        fc.array(fc.tuple(fc.nat({ max: 39 }), fc.nat({ max: 39 })), { maxLength: 4 }),
        (n, bad, clashes) => {
          const fixes = Array.from({ length: n }, (_, i) => i);
          // A batch fails when it holds a bad fix, or both fixes of a clashing pair: once failing, adding fixes keeps it failing.
          const keeps = (batch: readonly number[]): boolean =>
            !batch.some((fix) => bad.includes(fix)) && !clashes.some(([a, b]) => a !== b && batch.includes(a) && batch.includes(b));
          fc.pre(!keeps(fixes));
          expect(keptFixes(fixes, keeps)).toEqual(greedy(fixes, keeps));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('every bad fix costs at most log2(n) + 1 checks: 5 bad fixes among 1,000 take at most 5 × 11 checks', () => {
    const fixes = Array.from({ length: 1000 }, (_, i) => i);
    const bad = [3, 400, 401, 777, 999];
    let checks = 0;
    const result = keptFixes(fixes, (batch) => {
      checks++;
      return !batch.some((fix) => bad.includes(fix));
    });
    expect(result.dropped).toEqual(bad);
    expect(result.kept).toHaveLength(995);
    expect(checks).toBeLessThanOrEqual(5 * 11);
  });

  // Verdicts need not be monotone: two fixes fine alone can fail together, and a later fix can repair them.
  it('two fixes each fine alone but rejected together, and a third that makes them pass again: what is kept passes as a whole', () => {
    const fixes = [0, 1, 2, 3, 4, 5, 6, 7];
    const checked: number[][] = [];
    // 2 and 5 clash unless 7 is there too.
    const keeps = (batch: readonly number[]): boolean => {
      checked.push([...batch]);
      return !(batch.includes(2) && batch.includes(5)) || batch.includes(7);
    };
    expect(keeps([2]) && keeps([5]) && !keeps([2, 5]) && keeps(fixes)).toBe(true);
    const clashing = fixes.filter((fix) => fix !== 7);
    const result = keptFixes(clashing, keeps);
    expect(result).toEqual({ kept: [0, 1, 2, 3, 4, 6], dropped: [5] });
    expect(keeps(result.kept)).toBe(true);
  });

  it('any verdicts, monotone or not: every fix kept or dropped, in order, at least one dropped, and what is kept passes as a whole', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 24 }), fc.func(fc.boolean()), (n, verdict) => {
        const fixes = Array.from({ length: n }, (_, i) => i);
        // A verdict of the batch as a set, so the same fixes always get the same verdict.
        const keeps = (batch: readonly number[]): boolean => verdict([...batch].sort((a, b) => a - b).join(','));
        fc.pre(!keeps(fixes));
        const { kept, dropped } = keptFixes(fixes, keeps);
        expect([...kept, ...dropped].sort((a, b) => a - b)).toEqual(fixes);
        expect(kept).toEqual([...kept].sort((a, b) => a - b));
        expect(dropped).toEqual([...dropped].sort((a, b) => a - b));
        expect(dropped.length).toBeGreaterThan(0);
        if (kept.length > 0) expect(keeps(kept)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
