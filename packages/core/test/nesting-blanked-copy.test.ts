// The nesting guard's copy (`blankedCopy`): every range of every list overwritten, nothing else, the same length,
// whether it cuts and joins strings (a few ranges) or writes code units (many, dense: hostile files).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import './fast-check-seed.js';
import { blankedCopy, OrderedRanges } from '../src/parse/blanked-copy.js';

/** The reference: one code unit at a time. */
function naive(text: string, lists: [number, number][][], filler: string): string {
  const codes = [...text.split('')];
  for (const list of lists) for (const [start, end] of list) for (let i = start; i < end; i++) codes[i] = filler;
  return codes.join('');
}

const rangesOf = (length: number, count: number): fc.Arbitrary<[number, number][]> =>
  fc.array(fc.tuple(fc.nat(length), fc.nat(count > 100 ? 2 : 6)), { minLength: count > 100 ? count : 0, maxLength: count }).map((pairs) =>
    pairs.map(([start, width]): [number, number] => [start, Math.min(length, start + width)]).sort((a, b) => a[0] - b[0]),
  );

describe('blanked copy', () => {
  for (const [name, length, count] of [['a few ranges', 60, 12], ['many dense ranges (more than 4,096, one in every few characters)', 40_000, 5000]] as const) {
    it(`${name}: each range of two lists overwritten, overlapping or touching, lone surrogates kept`, () => {
      const text = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', '\uD800', 'å', '>'), minLength: length, maxLength: length });
      fc.assert(
        fc.property(text, rangesOf(length, count), rangesOf(length, count), (source, first, second) => {
          const lists = [first, second].map((ranges) => {
            const list = new OrderedRanges();
            for (const [start, end] of ranges) list.add(start, end);
            return list;
          });
          const copy = blankedCopy(source, lists, 36);
          expect(copy).toBe(naive(source, [first, second], '$'));
        }),
        { numRuns: count > 100 ? 10 : 500, endOnFailure: count > 100 },
      );
    });
  }
});
