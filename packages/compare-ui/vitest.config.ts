import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Each mount builds the example's whole view in happy-dom: seconds on a loaded machine, so no 5 s limit.
    testTimeout: 30_000,
    // Generates src/generated/assets.ts (the esbuild bundles) that renderStandaloneHtml inlines.
    globalSetup: ['./test/global-setup.ts'],
  },
});
