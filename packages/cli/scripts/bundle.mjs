// Bundles the CLI and everything it imports into one file, dist/rus-survey.js: one file loads in about half
// the time of some hundred ES modules, and start-up is most of a CI lint's time.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

const outfile = new URL('../dist/rus-survey.js', import.meta.url).pathname;

await build({
  entryPoints: [new URL('../src/bin.ts', import.meta.url).pathname],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // jsonc-parser's `main` is a UMD build that requires its own files at run time; its ESM build bundles.
  mainFields: ['module', 'main'],
  // Some dependencies are CommonJS and call require(); give the ES module bundle one.
  banner: { js: "import { createRequire as __rusSurveyCreateRequire } from 'node:module'; const require = __rusSurveyCreateRequire(import.meta.url);" },
  sourcemap: 'linked',
  legalComments: 'linked',
  logLevel: 'warning',
});
// A bin must be executable after a plain build: pnpm links bins at install time, before dist/ exists, so it
// cannot set the mode itself.
chmodSync(outfile, 0o755);
