// Bundles the extension (client) and the language server into dist/, and copies what the package needs at run
// time (core's config schema, the shared compare UI) next to them: the .vsix ships no node_modules.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const require = createRequire(join(root, 'package.json'));

rmSync(join(root, 'dist'), { recursive: true, force: true });
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: !production, minify: production, logLevel: 'warning', legalComments: 'none',
  // ES modules bundled into CommonJS lose import.meta; some (fdir, under the node layer's tinyglobby) call
  // createRequire(import.meta.url) when they load, so give them the bundle's own URL.
  define: { 'import.meta.url': '__rusSurveyImportMetaUrl' },
  banner: { js: "const __rusSurveyImportMetaUrl = require('url').pathToFileURL(__filename).href;" },
  // ESM entry points first: jsonc-parser's `main` is a UMD build whose dynamic requires esbuild cannot follow.
  mainFields: ['module', 'main'] };

// Excel export (exceljs) is a bundle of its own, dist/office.js, required only when a comparison is exported to
// Excel: activation does not read it.
const officeApart = {
  name: 'office-apart',
  setup(build) {
    build.onResolve({ filter: /^@rus-survey\/office$/ }, () => ({ path: './office.js', external: true }));
  },
};

await Promise.all([
  build({ ...common, entryPoints: [join(root, 'src/extension.ts')], outfile: join(root, 'dist/extension.js'), external: ['vscode'], plugins: [officeApart] }),
  build({ ...common, entryPoints: [join(root, 'node_modules/@rus-survey/office/dist/index.js')], outfile: join(root, 'dist/office.js') }),
  // The server's own bin, so the bundle starts exactly what `rus-survey-language-server` starts.
  build({ ...common, entryPoints: [join(root, 'node_modules/@rus-survey/language-server/dist/bin.js')], outfile: join(root, 'dist/server.js') }),
  build({ ...common, entryPoints: [join(root, 'e2e/extension-tests/index.ts')], outfile: join(root, 'dist/e2e/index.js'), external: ['vscode'], sourcemap: false, minify: false }),
]);

mkdirSync(join(root, 'schemas'), { recursive: true });
copyFileSync(require.resolve('@rus-survey/core/config-schema.json'), join(root, 'schemas/rus-survey-config.schema.json'));

// The webview loads the compare UI from media/ (localResourceRoots); the panel says so if it is missing.
const compareUi = join(root, 'node_modules/@rus-survey/compare-ui/dist');
for (const file of ['compare-ui.js', 'compare-ui.css']) {
  if (existsSync(join(compareUi, file))) copyFileSync(join(compareUi, file), join(root, 'media', file));
  else console.warn(`rus-survey-vscode: ${join(compareUi, file)} is missing; the compare view will say so.`);
}
