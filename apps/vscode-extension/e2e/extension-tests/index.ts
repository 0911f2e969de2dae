// The extensionTestsPath module (the @vscode/test-electron contract): VS Code calls run() in the extension host
// and reports success or failure to the browser. The results go to a JSON file that e2e/run.mjs reads.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { runAll } from './harness';
import './survey.test';
import './rounds.test';

export async function run(): Promise<void> {
  const started = Date.now();
  const results = await runAll();
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '.';
  const file = process.env['RUS_SURVEY_E2E_RESULTS'] ?? join(folder, '.e2e-results.json');
  writeFileSync(file, JSON.stringify({ ms: Date.now() - started, results }, null, 2));
  const failed = results.filter((result) => !result.ok);
  if (failed.length > 0) throw new Error(`${failed.length} of ${results.length} extension tests failed`);
}
