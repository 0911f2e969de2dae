// Bundles the server and everything it imports into one file, dist/rus-survey-language-server.js, the package's
// bin: installed from its tarball (or the registry) it needs no other package, so `npm install --global` works
// offline and an editor can start it the moment it is on PATH.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

const outfile = new URL('../dist/rus-survey-language-server.js', import.meta.url).pathname;
await build({
  entryPoints: [new URL('../src/bin.ts', import.meta.url).pathname],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // jsonc-parser's `main` is a UMD build that requires its own files at run time; its ESM build bundles.
  mainFields: ['module', 'main'],
  // vscode-languageserver is CommonJS and calls require(); give the ES module bundle one.
  banner: { js: "import { createRequire as __rusSurveyCreateRequire } from 'node:module'; const require = __rusSurveyCreateRequire(import.meta.url);" },
  sourcemap: 'linked',
  logLevel: 'warning',
});
// A bin must be executable after a plain build: pnpm links bins at install time, before dist/ exists, so it
// cannot set the mode itself, and an editor pointed at the file fails with EACCES without it.
chmodSync(outfile, 0o755);
