// A fixed-seed slice of the fuzzing suite (`pnpm fuzz` runs 100,000 cases): the same inputs and checks, in process.
import { describe, expect, it } from 'vitest';
import { checkCase } from '../fuzz/fuzz-check.js';
import { fuzzCases } from '../fuzz/fuzz-inputs.js';

const SLICE = Number(process.env['FUZZ_SLICE'] ?? 60);

describe('fuzz slice', () => {
  it(`${SLICE} mutated and hostile surveys and configs: nothing throws, every range inside the text`, { timeout: 600_000 }, () => {
    const caseOf = fuzzCases(20261202);
    const failures: string[] = [];
    for (let index = 0; index < SLICE; index++) {
      const outcome = checkCase(caseOf(index));
      if (outcome.failures.length) failures.push(`case ${index} (${outcome.recipe}): ${outcome.failures.join('; ')}`);
    }
    expect(failures).toEqual([]);
  });
});
