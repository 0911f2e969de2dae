// A fixed-seed slice of the fuzzing suite (`pnpm fuzz` runs 100,000 cases): the same inputs and checks, in process.
import { describe, expect, it } from 'vitest';
import { checkCase } from '../fuzz/fuzz-check.js';
import { fuzzCases } from '../fuzz/fuzz-inputs.js';

const SLICE = Number(process.env['FUZZ_SLICE'] ?? 60);
/**
 * Cases past this size (the 3,000-row table, the 300-deep list spliced into the example: several seconds of
 * CPU each) are left to `pnpm fuzz`, which bounds each case's time; the slice takes the next cases instead.
 */
const MAX_CHARACTERS = 30_000;

describe('fuzz slice', () => {
  it(`${SLICE} mutated and hostile surveys and configs of up to ${MAX_CHARACTERS.toLocaleString('en')} characters: nothing throws, every range inside the text`, { timeout: 600_000 }, () => {
    const caseOf = fuzzCases(20261202);
    const failures: string[] = [];
    let checked = 0;
    for (let index = 0; checked < SLICE; index++) {
      const input = caseOf(index);
      if (input.text.length > MAX_CHARACTERS) continue;
      checked++;
      const outcome = checkCase(input);
      if (outcome.failures.length) failures.push(`case ${index} (${outcome.recipe}): ${outcome.failures.join('; ')}`);
    }
    expect(failures).toEqual([]);
  });
});
