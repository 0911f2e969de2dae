// Bundles the CLI and everything it imports into dist/rus-survey.js: one file loads in about half the time of some
// hundred ES modules, and start-up is most of a CI lint's time. What only `import`, `export` and `compare --format
// xlsx` load (mammoth, exceljs, docx, csv-parse, the HTML parser) goes into chunks under dist/chunks/, loaded by
// their dynamic import(), so lint's start-up does not read them.
import { chmodSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const dist = new URL('../dist/', import.meta.url).pathname;
rmSync(`${dist}chunks`, { recursive: true, force: true });

await build({
  // The lint worker is an entry of its own (lint-pool.ts starts dist/lint-worker.js); it shares core's chunk.
  entryPoints: {
    'rus-survey': new URL('../src/bin.ts', import.meta.url).pathname,
    'lint-worker': new URL('../src/lint/lint-worker.ts', import.meta.url).pathname,
  },
  outdir: dist,
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // jsonc-parser's `main` is a UMD build that requires its own files at run time; its ESM build bundles.
  mainFields: ['module', 'main'],
  // Some dependencies are CommonJS and call require(); give every ES module of the bundle one.
  banner: { js: "import { createRequire as __rusSurveyCreateRequire } from 'node:module'; const require = __rusSurveyCreateRequire(import.meta.url);" },
  sourcemap: 'linked',
  legalComments: 'linked',
  logLevel: 'warning',
});
// A bin must be executable after a plain build: pnpm links bins at install time, before dist/ exists, so it
// cannot set the mode itself.
chmodSync(`${dist}rus-survey.js`, 0o755);
