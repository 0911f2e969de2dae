import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Generates src/generated/assets.ts (the esbuild bundles) that renderStandaloneHtml inlines.
    globalSetup: ['./test/global-setup.ts'],
  },
});
