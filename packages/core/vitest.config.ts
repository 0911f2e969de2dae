import { defineConfig } from 'vitest/config';

/** Tests of counts past `push(...items)`'s argument limit run with an eighth of V8's default stack, so that limit is
 * about 15,000 and their surveys stay small enough for the suite. */
const SMALL_STACK_TESTS = ['test/large-counts.test.ts'];

export default defineConfig({
  test: {
    setupFiles: ['test/fast-check-seed.ts'],
    // Whole-survey tests (290 municipalities, fixSurvey to a fixed point) share two cores with the other packages'
    // suites under turbo; 5 s was a flake (a hang still fails), as tests/ already allows.
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'core', include: ['test/**/*.test.ts'], exclude: SMALL_STACK_TESTS } },
      { extends: true, test: { name: 'core, small stack', include: SMALL_STACK_TESTS, execArgv: ['--stack-size=120'] } },
    ],
  },
});
