// What a user sees, asserted through the VS Code API on a copy of the example survey: the server's diagnostics,
// a quick fix, the Outline, the navigation commands, the survey views, the compare panel and the export.
import ExcelJS from 'exceljs';
import * as vscode from 'vscode';
import type { RusSurveyApi } from '../../src/api';
import type { ViewNode } from '../../src/views/tree-model';
import { assert, eventually, test } from './harness';

const EXTENSION_ID = 'rus-survey.rus-survey-vscode';
let api: RusSurveyApi;
let editor: vscode.TextEditor;

const exampleUri = (): vscode.Uri => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'rus-natverket-2018.survey.md');
const lines = (): string[] => editor.document.getText().split('\n');
const lineStarting = (prefix: string, from = 0): number => {
  const index = lines().findIndex((line, number) => number >= from && line.startsWith(prefix));
  assert.ok(index >= 0, `no line starts with ${prefix}`);
  return index;
};
const surveyDiagnostics = (code?: string) =>
  vscode.languages.getDiagnostics(exampleUri()).filter((d) => d.source === 'rus-survey' && (code === undefined || (typeof d.code === 'object' ? d.code.value : d.code) === code));

/** The survey's text back as it was, and saved, whatever a test did: the tests after it start from it. (The
 * revert command does not always take in code-server under load.) */
async function restoreText(text: string): Promise<void> {
  const restore = new vscode.WorkspaceEdit();
  restore.replace(editor.document.uri, new vscode.Range(0, 0, editor.document.lineCount, 0), text);
  await vscode.workspace.applyEdit(restore);
  await editor.document.save();
}

async function moveTo(line: number, character = 2): Promise<void> {
  const position = new vscode.Position(line, character);
  editor.selection = new vscode.Selection(position, position);
}

async function run(command: string): Promise<number> {
  await vscode.commands.executeCommand(command);
  return vscode.window.activeTextEditor!.selection.active.line;
}

test('activates and starts the language server', async () => {
  const extension = vscode.extensions.getExtension<RusSurveyApi>(EXTENSION_ID);
  assert.ok(extension, 'extension is installed');
  editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(exampleUri()));
  api = await extension.activate();
  await api.ready;
  assert.equal(extension.isActive, true);
  const commands = await vscode.commands.getCommands(true);
  for (const id of ['nextOrganisation', 'previousOrganisation', 'nextQuestion', 'previousQuestion', 'goToAnswer', 'compareRegions', 'exportCompare', 'restartServer'])
    assert.ok(commands.includes(`rusSurvey.${id}`), `command rusSurvey.${id}`);
});

test('the server reports the 12 RUS002 of the example', async () => {
  await eventually(() => (surveyDiagnostics('RUS002').length === 12 ? true : undefined), '12 RUS002 diagnostics');
  const first = surveyDiagnostics('RUS002')[0]!;
  assert.match(first.message, /missing-organisation/);
  assert.equal(typeof first.code === 'object' && String(first.code.target).includes('RUS002'), true, 'code links to the rule docs');
});

test('a quick fix adds the missing organisation and the diagnostic goes away', async () => {
  const diagnostic = surveyDiagnostics('RUS002')[0]!;
  // While the editor settles (a diagnostics pull, the server re-reading the document) the request can be
  // cancelled or answered before the server has the diagnostic; ask again then.
  let titles: string[] = [];
  const actions = await eventually(async () => {
    try {
      const found = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', exampleUri(), diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      titles = found.map((action) => action.title);
      return found.some((action) => action.title.startsWith('Fix this RUS002')) ? found : undefined;
    } catch (error) {
      if (error instanceof Error && error.message === 'Canceled') return undefined;
      throw error;
    }
  }, 'a "Fix this RUS002" code action').catch((error: Error) => {
    throw new Error(`${error.message}; last titles: ${JSON.stringify(titles)}`);
  });
  const fix = actions.find((action) => action.title.startsWith('Fix this RUS002 missing-organisation problem'));
  assert.ok(fix?.edit, `a "Fix this" action among ${JSON.stringify(titles)}`);
  assert.ok(titles.includes('Disable RUS002 for this line') || titles.includes('Disable RUS002 for the entire file'), 'disable actions');
  // Which answer is missing comes from the diagnostic, not from the fix under test.
  const [, organisation, question] = /^missing-organisation: (.+) has no answer to question (\d+)\.$/.exec(diagnostic.message) ?? [];
  assert.ok(organisation && question, `an English RUS002 message: ${diagnostic.message}`);
  const before = editor.document.getText().split('\n');
  assert.ok(await vscode.workspace.applyEdit(fix.edit));
  try {
    const after = editor.document.getText().split('\n');
    assert.equal(after.length, before.length + 1, 'one line added');
    const added = after.findIndex((line, index) => line !== before[index]);
    assert.deepEqual([...after.slice(0, added), ...after.slice(added + 1)], before, 'nothing changed but the added line');
    assert.ok(after[added]!.startsWith(`| ${organisation} |`), `the added line answers for ${organisation}: ${after[added]}`);
    const heading = after.findIndex((line) => line.startsWith(`### ${question}. `));
    const nextHeading = after.findIndex((line, index) => index > heading && line.startsWith('### '));
    assert.ok(heading >= 0 && added > heading && (nextHeading < 0 || added < nextHeading), `the added line is under question ${question}`);
    await eventually(() => (surveyDiagnostics('RUS002').length === 11 ? true : undefined), '11 RUS002 after the fix');
    assert.ok(!surveyDiagnostics('RUS002').some((d) => d.message === diagnostic.message), `no longer reported: ${diagnostic.message}`);
  } finally {
    await restoreText(before.join('\n'));
  }
  assert.equal(editor.document.getText(), before.join('\n'));
  await eventually(() => (surveyDiagnostics('RUS002').length === 12 ? true : undefined), '12 RUS002 after the restore');
});

test('the Outline has title › parts › questions › answers', async () => {
  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', exampleUri());
  // VS Code's own Markdown extension adds its heading symbols ("## …"); ours are the survey's.
  const title = symbols.find((symbol) => !symbol.name.startsWith('#'));
  assert.ok(title, `a survey symbol among ${JSON.stringify(symbols.map((symbol) => symbol.name))}`);
  assert.match(title.name, /Enkät inför RUS-nätverkets möte/);
  assert.deepEqual(title.children.map((part) => part.name), ['Del ett: RUSen som styrinstrument', 'Del två: RUSens aktualitet']);
  const questions = title.children.flatMap((part) => part.children);
  assert.equal(questions.length, 9);
  assert.match(questions[0]!.name, /^1\. På vilka sätt/);
  assert.equal(questions[0]!.children.length, 10);
  assert.equal(questions[0]!.children[0]!.name, 'Region Blekinge');
  assert.equal(questions[0]!.range.start.line, lineStarting('### 1.'));
});

test('next / previous organisation moves between the rows of a question, wrapping', async () => {
  const blekinge = lineStarting('| Region Blekinge');
  await moveTo(blekinge);
  assert.equal(await run('rusSurvey.nextOrganisation'), blekinge + 1);
  assert.equal(await run('rusSurvey.previousOrganisation'), blekinge);
  const last = await run('rusSurvey.previousOrganisation');
  assert.match(lines()[last]!, /^\| Region Västerbotten \|/);
  assert.ok(last > blekinge && last < lineStarting('### 2.'));
});

test('next / previous question keeps the organisation', async () => {
  const skane1 = lineStarting('| Region Skåne');
  await moveTo(skane1);
  const skane2 = await run('rusSurvey.nextQuestion');
  assert.equal(skane2, lineStarting('| Region Skåne', lineStarting('### 2.')));
  assert.equal(await run('rusSurvey.previousQuestion'), skane1);
  // The cursor's line is revealed.
  await eventually(() => (vscode.window.activeTextEditor!.visibleRanges.some((range) => range.contains(new vscode.Position(skane1, 0))) ? true : undefined), 'the line revealed', 5000);
});

const labels = (nodes: ViewNode[]) => nodes.map((node) => node.label);

test('the Questions view: parts › questions › organisations with their status', async () => {
  const snapshot = await api.survey.update();
  assert.equal(snapshot?.matrix.totals.answered, 78);
  assert.equal(snapshot?.matrix.totals.cells, 90);
  const parts = api.questions.getChildren();
  assert.deepEqual(labels(parts), ['Del ett: RUSen som styrinstrument', 'Del två: RUSens aktualitet']);
  const questions = parts.flatMap((part) => api.questions.getChildren(part));
  assert.equal(questions.length, 9);
  const q4 = api.questions.getChildren(questions[3]);
  assert.equal(q4.length, 10);
  assert.equal(q4.filter((node) => node.icon === 'missing').length, 2);
  assert.equal(api.questions.view.badge?.value, 12);
  const item = api.questions.getTreeItem(q4.find((node) => node.icon === 'answered')!);
  assert.equal(item.command?.command, 'rusSurvey.revealAnswer');
});

test('the Organisations view: each organisation with its coverage, a click reveals the answer', async () => {
  const organisations = api.organisations.getChildren();
  assert.equal(organisations.length, 10);
  assert.equal(organisations[0]!.label, 'Region Blekinge');
  assert.match(organisations[0]!.description ?? '', /\d+\/9/);
  const answers = api.organisations.getChildren(organisations.find((node) => node.label === 'Region Skåne'));
  assert.equal(answers.length, 9);
  const item = api.organisations.getTreeItem(answers[1]!);
  await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
  assert.equal(vscode.window.activeTextEditor!.selection.active.line, lineStarting('| Region Skåne', lineStarting('### 2.')));
});

test('the views follow typing (when the server has validated the edit)', async () => {
  const before = editor.document.getText();
  const q1 = lineStarting('| Region Blekinge');
  const end = editor.document.lineAt(q1).range.end;
  await editor.edit((edit) => edit.replace(new vscode.Range(q1, 0, q1, end.character), '| Region Blekinge |  |'));
  await eventually(() => (api.survey.snapshot?.matrix.totals.answered === 77 ? true : undefined), 'the matrix to see the emptied answer');
  const q1Node = api.questions.getChildren(api.questions.getChildren()[0])[0]!;
  assert.equal(api.questions.getChildren(q1Node)[0]!.icon, 'empty');
  await restoreText(before);
  await eventually(() => (api.survey.snapshot?.matrix.totals.answered === 78 ? true : undefined), 'the matrix back at 78');
});

test('Compare Regions opens the compare panel; Export writes CSV', async () => {
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('rusSurvey.compareRegions', 4);
  const panel = await eventually(() => api.comparePanel.webviewPanel, 'the compare panel');
  assert.match(panel.title, /Enkät inför/);
  assert.equal(panel.webview.options.enableScripts, true);
  assert.deepEqual(panel.webview.options.localResourceRoots?.map((uri) => uri.path.split('/').pop()), ['media']);
  assert.match(panel.webview.html, /Content-Security-Policy/);
  assert.doesNotMatch(panel.webview.html, /style="|<script>(?!<)/);
  const target = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'out', 'compare.csv');
  const written = await vscode.commands.executeCommand<vscode.Uri>('rusSurvey.exportCompare', 'csv', target);
  assert.equal(written?.toString(), target.toString());
  const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(target));
  assert.ok(csv.startsWith('\uFEFFquestion,question text,part,organisation,status,words,answer'));
  assert.equal(csv.trim().split('\r\n').length, 91);
  panel.dispose();
});

test('Export writes the standalone HTML report', async () => {
  await vscode.window.showTextDocument(editor.document);
  const target = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'out', 'compare.html');
  await vscode.commands.executeCommand('rusSurvey.exportCompare', 'html', target);
  const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
  assert.match(html, /^<!doctype html>/i);
  assert.match(html, /Content-Security-Policy/);
  assert.match(html, /Region Västerbotten/);
});

test('Export writes the Excel workbook: every question, a sheet per part, the coverage', async () => {
  await vscode.window.showTextDocument(editor.document);
  const target = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'out', 'compare.xlsx');
  const written = await vscode.commands.executeCommand<vscode.Uri>('rusSurvey.exportCompare', 'xlsx', target);
  assert.equal(written?.toString(), target.toString());
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await vscode.workspace.fs.readFile(target)) as unknown as ArrayBuffer);
  assert.deepEqual(
    workbook.worksheets.map((sheet) => sheet.name),
    ['All questions', 'Del ett RUSen som styrinstrumen', 'Del två RUSens aktualitet', 'Coverage'].map((name, index) => (index === 0 && vscode.env.language.startsWith('sv') ? 'Alla frågor' : index === 3 && vscode.env.language.startsWith('sv') ? 'Svarstäckning' : name)),
  );
  // Against the matrix the panel shows (an earlier test's edit may still be undone by then): its questions down,
  // its organisations across, its first answer in the first cell.
  const matrix = api.survey.snapshot!.matrix;
  const all = workbook.worksheets[0]!;
  assert.equal(all.rowCount, matrix.rows.length + 1);
  assert.deepEqual((all.getRow(1).values as unknown[]).slice(2, 2 + matrix.organisations.length), matrix.organisations);
  assert.equal(String(all.getRow(2).getCell(2).value ?? ''), matrix.rows[0]!.cells[0]!.text.replace(/<br>/g, '\n'));
});

test('rusSurvey.locale = sv: the compare webview, its title, the views and the diagnostics speak Swedish, and English again when cleared', async () => {
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('rusSurvey.compareRegions');
  const panel = await eventually(() => api.comparePanel.webviewPanel, 'the compare panel');
  const display = vscode.env.language.toLowerCase().startsWith('sv') ? 'sv' : 'en';
  const config = () => vscode.workspace.getConfiguration('rusSurvey');
  await config().update('locale', 'sv', vscode.ConfigurationTarget.Workspace);
  try {
    // The webview is loaded again in Swedish: the compare UI takes its language from the page.
    await eventually(() => (/<body data-locale="sv"/.test(panel.webview.html) ? true : undefined), 'the compare webview in Swedish');
    assert.match(panel.webview.html, /<html lang="sv">/);
    assert.match(panel.webview.html, /<title>Jämför regioner<\/title>/);
    await eventually(() => (/^Jämför: Enkät inför/.test(panel.title) ? true : undefined), `the panel title in Swedish (is ${panel.title})`);
    await eventually(() => (api.questions.getChildren()[0]?.description === '38/40 besvarade' ? true : undefined), 'the Questions view in Swedish');
    // The server follows the same setting.
    await eventually(() => (surveyDiagnostics('RUS002').some((d) => /saknar svar på fråga \d+\.$/.test(d.message)) ? true : undefined), 'Swedish RUS002 messages');
  } finally {
    await config().update('locale', undefined, vscode.ConfigurationTarget.Workspace);
  }
  await eventually(() => (new RegExp(`<body data-locale="${display}"`).test(panel.webview.html) ? true : undefined), `the compare webview back in ${display}`);
  if (display === 'en') {
    await eventually(() => (api.questions.getChildren()[0]?.description === '38/40 answered' ? true : undefined), 'the Questions view in English again');
    await eventually(() => (surveyDiagnostics('RUS002').every((d) => / has no answer to question \d+\.$/.test(d.message)) ? true : undefined), 'English RUS002 messages again');
  }
  panel.dispose();
});

test('.rus-survey.json is validated with the config schema', async () => {
  const config = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'sub', '.rus-survey.json');
  await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('{ "rules": { "RUS002": "loud" } }\n'));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(config));
  const problem = await eventually(() => vscode.languages.getDiagnostics(config).find((d) => /error|warning|info|off/.test(d.message)), 'a schema diagnostic on "loud"', 30000);
  assert.equal(problem.range.start.line, 0);
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
});

test('Restart Language Server brings the server back with its diagnostics', async () => {
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('rusSurvey.restartServer');
  assert.equal(api.client.isRunning(), true);
  await eventually(() => (surveyDiagnostics('RUS002').length === 12 ? true : undefined), '12 RUS002 after the restart');
  const snapshot = await eventually(async () => (await api.survey.update())?.matrix.totals.answered === 78 || undefined, 'the matrix after the restart');
  assert.equal(snapshot, true);
});
