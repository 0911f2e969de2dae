// Rounds in a real VS Code: a second round of the example is written into the workspace; "Compare Rounds" opens
// the Rounds panel and "Show This Organisation's Answer in the Previous Round" opens the 2018 answer beside.
import * as vscode from 'vscode';
import { AnswerInRoundRequest, type AnswerInRoundResult } from '@rus-survey/protocol';
import type { RusSurveyApi } from '../../src/api';
import { assert, eventually, test } from './harness';

const EXTENSION_ID = 'rus-survey.rus-survey-vscode';
const folder = (): vscode.Uri => vscode.workspace.workspaceFolders![0]!.uri;
const y2018Uri = (): vscode.Uri => vscode.Uri.joinPath(folder(), 'rus-natverket-2018.survey.md');
const y2019Uri = (): vscode.Uri => vscode.Uri.joinPath(folder(), 'rus-natverket-2019.survey.md');

test('Compare Rounds opens the Rounds panel on the survey and its 2018 round', async () => {
  const api = vscode.extensions.getExtension<RusSurveyApi>(EXTENSION_ID)!.exports;
  await api.ready;
  const y2018 = (await vscode.workspace.openTextDocument(y2018Uri())).getText();
  const y2019 = y2018
    .replace('möte 24 april 2018', 'möte 10 april 2019')
    .replace(/date: 2018-04-24/, 'date: 2019-04-10')
    .replaceAll('Stockholms läns landsting', 'Region Stockholm');
  assert.notEqual(y2019, y2018);
  await vscode.workspace.fs.writeFile(y2019Uri(), new TextEncoder().encode(y2019));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(y2019Uri()));
  await eventually(async () => ((await api.survey.update())?.uri.toString() === y2019Uri().toString() ? true : undefined), 'the 2019 round as the active survey');
  await eventually(async () => ((await vscode.commands.executeCommand<boolean>('rusSurvey.compareRounds')) ? true : undefined), 'the Rounds panel');
  assert.ok(api.roundsPanel.webviewPanel, 'the Rounds panel is open');
  assert.equal(api.roundsPanel.webviewPanel!.title, vscode.env.language.toLowerCase().startsWith('sv') ? 'Omgångar' : 'Rounds');
});

test('Show This Organisation’s Answer in the Previous Round opens the 2018 answer beside', async () => {
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(y2019Uri()), vscode.ViewColumn.One);
  const line = editor.document.getText().split('\n').findIndex((text) => text.startsWith('| Region Stockholm | RUFS: Ganska svagt'));
  assert.ok(line >= 0, 'the 2019 row of Region Stockholm, question 3');
  editor.selection = new vscode.Selection(line, 4, line, 4);
  const api = vscode.extensions.getExtension<RusSurveyApi>(EXTENSION_ID)!.exports;
  // What the command asks the server, asserted first so a failure says which side is wrong. By method name: this
  // test bundle has its own copy of vscode-jsonrpc, whose request types the extension's client does not recognise.
  const found = await api.client.sendRequest<AnswerInRoundResult | null>(AnswerInRoundRequest.method, {
    textDocument: { uri: y2019Uri().toString() },
    position: { line, character: 4 },
    step: -1,
  });
  assert.equal(found?.round, '2018-04', `the server's answer: ${JSON.stringify(found)}`);
  assert.equal(found?.location?.uri, y2018Uri().toString());
  await vscode.commands.executeCommand('rusSurvey.previousRoundAnswer');
  const shown = await eventually(
    () => (vscode.window.activeTextEditor?.document.uri.toString() === y2018Uri().toString() ? vscode.window.activeTextEditor : undefined),
    'the 2018 file in the active editor',
  ).catch((error: Error) => {
    const editors = vscode.window.visibleTextEditors.map((e) => `${e.document.uri.toString()}@${e.viewColumn}`).join(', ');
    throw new Error(`${error.message}; active: ${vscode.window.activeTextEditor?.document.uri.toString()}; visible: ${editors}`);
  });
  assert.match(shown.document.lineAt(shown.selection.active.line).text, /^\| Stockholms läns landsting \| RUFS: Ganska svagt/);
  await vscode.workspace.fs.delete(y2019Uri());
});
