#!/usr/bin/env node
// End-to-end tests in a real VS Code (code-server 4.100.3 + Debian Chromium, see shared/vscode-e2e.md):
//  1. the extension tests (diagnostics, quick fix, outline, navigation, views, compare, export) against the
//     bundle in dist/;
//  2. the UI test (compare view, axe, keyboard, screenshots in light and dark) in the browser;
//  3. the packaged .vsix installed with --install-extension, and the extension tests again against it.
// Each phase runs in its own temp folder (HOME, XDG dirs, TMPDIR, user data, extensions); code-server listens
// on 127.0.0.1 only and is stopped by its PID.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM } from './lib/browser.mjs';
import { descendantsOf, removeFolder, waitForProcesses } from './lib/cleanup.mjs';
import { ensureCodeServer, installExtension, isolatedEnv, startCodeServer } from './lib/code-server.mjs';
import { runExtensionTests } from './lib/extension-tests.mjs';
import { runUiTests } from './ui-tests.mjs';

const extensionRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(extensionRoot, '../..');
const outputDir = join(repoRoot, 'tests', 'test-output', 'vscode-e2e');
const example = join(repoRoot, 'examples', 'rus-natverket-2018.survey.md');
const vsix = join(extensionRoot, 'rus-survey-vscode.vsix');
const keep = process.env.RUS_SURVEY_E2E_KEEP === '1';
const only = process.env.RUS_SURVEY_E2E_ONLY?.split(',');
const log = (message) => console.log(`[e2e] ${message}`);

for (const [what, path] of [['Chromium', CHROMIUM], ['the built extension', join(extensionRoot, 'dist/extension.js')], ['the extension tests bundle', join(extensionRoot, 'dist/e2e/index.js')], ['the .vsix', vsix]]) {
  if (!existsSync(path)) throw new Error(`Missing ${what} at ${path} (run \`pnpm --filter rus-survey-vscode package\`; apt-get install chromium)`);
}
const started = Date.now();
ensureCodeServer(log);
mkdirSync(outputDir, { recursive: true });

/** One isolated run folder: env, code-server dirs, a workspace with a copy of the example survey. */
function prepareRun(name, theme = 'Default Light Modern') {
  const root = mkdtempSync(join(tmpdir(), `rus-survey-e2e-${name}-`));
  const env = isolatedEnv(root);
  const dirs = { userData: join(root, 'user-data'), extensions: join(root, 'extensions') };
  const workspace = join(root, 'workspace');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  cpSync(example, join(workspace, 'rus-natverket-2018.survey.md'));
  writeUserSettings(dirs, theme);
  const resultsFile = join(root, 'results.json');
  return { root, env: { ...env, RUS_SURVEY_E2E_RESULTS: resultsFile }, dirs, workspace, resultsFile, logFile: join(outputDir, `${name}-code-server.log`) };
}

function writeUserSettings(dirs, theme) {
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.colorTheme': theme,
    'workbench.tips.enabled': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'chat.commandCenter.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'editor.minimap.enabled': false,
  };
  writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
}

const phases = [];
async function phase(name, body) {
  if (only && !only.includes(name)) return;
  const run = prepareRun(name);
  const phaseStarted = Date.now();
  let server;
  try {
    server = await startCodeServer(run);
    const results = await body(run, server);
    phases.push({ name, ms: Date.now() - phaseStarted, results });
  } catch (error) {
    phases.push({ name, ms: Date.now() - phaseStarted, results: [{ name: `${name} ran`, ok: false, ms: 0, error: error?.stack ?? String(error) }] });
  } finally {
    // Cleanup never fails the suite: its own errors are logged, and the phase's results stand.
    try {
      const children = descendantsOf(server?.pid);
      await server?.stop();
      await waitForProcesses(children, { log });
    } catch (error) {
      log(`stopping code-server failed: ${error?.message ?? String(error)}`);
    }
    if (!keep) removeFolder(run.root, log);
    else log(`kept ${run.root}`);
  }
}

await phase('extension', async (run, server) => {
  const { results } = await runExtensionTests({
    server, env: run.env, workspace: run.workspace, extensionPath: extensionRoot, testsPath: join(extensionRoot, 'dist/e2e/index.js'),
    resultsFile: run.resultsFile, consoleLog: join(outputDir, 'extension-console.log'),
  });
  return results;
});

await phase('ui', (run, server) => runUiTests({ server, run, extensionPath: extensionRoot, outputDir }));

await phase('vsix', async (run, server) => {
  installExtension(vsix, run.dirs, run.env);
  const installed = readdirSync(run.dirs.extensions).find((name) => name.startsWith('rus-survey.rus-survey-vscode-'));
  if (!installed) return [{ name: 'the .vsix installs', ok: false, ms: 0, error: `not in ${run.dirs.extensions}` }];
  const { results } = await runExtensionTests({
    server, env: run.env, workspace: run.workspace, extensionPath: join(run.dirs.extensions, installed), testsPath: join(extensionRoot, 'dist/e2e/index.js'),
    resultsFile: run.resultsFile, consoleLog: join(outputDir, 'vsix-console.log'),
  });
  return [{ name: `the .vsix installs as ${installed}`, ok: true, ms: 0 }, ...results.map((result) => ({ ...result, name: `[vsix] ${result.name}` }))];
});

let passed = 0;
let failed = 0;
for (const { name, ms, results } of phases) {
  log(`${name} (${(ms / 1000).toFixed(1)} s)`);
  for (const result of results) {
    if (result.ok) passed++;
    else failed++;
    const mark = result.ok ? '✓' : '✗';
    console.log(`  ${mark} ${result.name}${result.ok ? ` (${result.ms} ms)` : `\n${String(result.error).replace(/^/gm, '      ')}`}`);
  }
}
writeFileSync(join(outputDir, 'results.json'), JSON.stringify(phases, null, 2));
log(`total ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots and logs in ${outputDir}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
