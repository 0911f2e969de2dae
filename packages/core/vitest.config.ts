import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/fast-check-seed.ts'],
    // Whole-survey tests (290 municipalities, fixSurvey to a fixed point) share two cores with the other packages'
    // suites under turbo; 5 s was a flake (a hang still fails), as tests/ already allows.
    testTimeout: 60_000,
  },
});
