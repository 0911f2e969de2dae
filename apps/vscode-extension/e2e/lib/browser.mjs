// Debian's Chromium driven by playwright-core, in the run's own HOME and XDG dirs.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.RUS_SURVEY_E2E_CHROMIUM || '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export async function openBrowser(env) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, env });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  return { browser, context };
}

/** The URL that opens `folder`, with the test-electron payload when given. */
export function workbenchUrl(server, folder, payload) {
  const params = new URLSearchParams({ folder });
  if (payload) params.set('payload', JSON.stringify(payload));
  return `${server.url}/?${params}`;
}

export function remoteUri(server, path) {
  return `vscode-remote://127.0.0.1:${server.port}${path}`;
}
