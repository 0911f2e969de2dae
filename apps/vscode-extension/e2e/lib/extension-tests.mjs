// Runs the extension tests (dist/e2e/index.js) inside code-server through the @vscode/test-electron contract:
// the payload names the extension and the tests; VS Code calls codeAutomationExit when they end.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { openBrowser, remoteUri, workbenchUrl } from './browser.mjs';

export async function runExtensionTests({ server, env, workspace, extensionPath, testsPath, resultsFile, consoleLog }) {
  const { browser, context } = await openBrowser(env);
  try {
    const page = await context.newPage();
    const lines = [];
    page.on('console', (message) => lines.push(`[${message.type()}] ${message.text()}`));
    let exit;
    const exited = new Promise((resolve) => (exit = resolve));
    await page.exposeFunction('codeAutomationExit', (code) => exit(code));
    const payload = [
      ['extensionDevelopmentPath', remoteUri(server, extensionPath)],
      ['extensionTestsPath', remoteUri(server, testsPath)],
    ];
    await page.goto(workbenchUrl(server, workspace, payload));
    const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('timeout'), 240000))]);
    writeFileSync(consoleLog, lines.join('\n'));
    if (!existsSync(resultsFile)) return { code, results: [{ name: 'extension tests ran', ok: false, ms: 0, error: `no results file (exit ${code}); see ${consoleLog}` }] };
    return { code, results: JSON.parse(readFileSync(resultsFile, 'utf8')).results };
  } finally {
    await browser.close();
  }
}
