import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeActionRequest, ExecuteCommandRequest, ShowDocumentRequest, type CodeAction, type Diagnostic, type ShowDocumentParams } from 'vscode-languageserver-protocol/node.js';
import { lintSurvey } from '@rus-survey/core';
import { applyEdits, EXAMPLE, LspClient, SMALL_SURVEY } from './lsp-client.js';

const exampleText = readFileSync(EXAMPLE, 'utf8');

describe('code actions', () => {
  let client: LspClient;
  let example: string;
  let diagnostics: Diagnostic[];
  beforeAll(async () => {
    client = await LspClient.start({ withExample: 'rus-natverket-2018.survey.md' });
    example = await client.open('rus-natverket-2018.survey.md', exampleText, { writeToDisk: false });
    diagnostics = await client.diagnostics(example);
  });
  afterAll(() => client.stop());

  const actionsFor = (uri: string, diagnostic: Diagnostic | undefined, only?: string[]) =>
    client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostic?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: diagnostic ? [diagnostic] : [], ...(only ? { only } : {}) },
    }) as Promise<CodeAction[]>;

  it('offers a quick fix per fixable diagnostic, with its edits in CodeAction.edit', async () => {
    const missing = diagnostics.find((d) => d.code === 'RUS002')!;
    const actions = await actionsFor(example, missing);
    const fix = actions.find((action) => action.isPreferred)!;
    expect(fix.title).toMatch(/^Fix this RUS002 missing-organisation problem: Add an empty answer for /);
    expect(fix.kind).toBe('quickfix');
    expect(fix.diagnostics).toEqual([missing]);
    const fixed = applyEdits(exampleText, fix.edit!.changes![example]!);
    expect(lintSurvey(fixed).diagnostics.filter((d) => d.ruleId === 'RUS002')).toHaveLength(11);
    // The explicit non-response is offered as an alternative.
    expect(actions.some((action) => /did not answer question \d+ \(RUS002/.test(action.title))).toBe(true);
  });

  it('adds all missing organisations of a question at once', async () => {
    const text = SMALL_SURVEY.replace('| SLL | Nej. |\n', '');
    const uri = await client.open('two-missing.survey.md', text);
    const found = await client.diagnostics(uri);
    const onQ1 = found.filter((d) => d.code === 'RUS002' && d.range.start.line === text.split('\n').indexOf('### 1. Första frågan?'));
    expect(onQ1).toHaveLength(2);
    const actions = await actionsFor(uri, onQ1[0]);
    const addAll = actions.find((action) => action.title.startsWith('Add all missing organisations'))!;
    expect(addAll.title).toBe('Add all missing organisations (2) to question 1');
    const fixed = applyEdits(text, addAll.edit!.changes![uri]!);
    expect(fixed).toContain('| Region Stockholm |');
    expect(fixed).toContain('| Region Gotland |');
    expect(lintSurvey(fixed).diagnostics.filter((d) => d.ruleId === 'RUS002' && d.data?.['question'] === 1)).toHaveLength(0);
  });

  it('disables a rule for a line with an inline comment that core honours', async () => {
    const missing = diagnostics.find((d) => d.code === 'RUS002')!;
    const actions = await actionsFor(example, missing);
    const disable = actions.find((action) => action.title === 'Disable RUS002 for this line')!;
    const edits = disable.edit!.changes![example]!;
    expect(edits[0]!.newText).toBe('<!-- rus-survey-disable-next-line RUS002 -->\n');
    const fixed = applyEdits(exampleText, edits);
    // The comment silences the line it precedes: both answers missing from question 4 (its heading), nothing else.
    expect(missing.message).toMatch(/question 4\.$/);
    const commentLine = fixed.split('\n').indexOf('<!-- rus-survey-disable-next-line RUS002 -->');
    expect(fixed.split('\n')[commentLine + 1]).toMatch(/^### 4\. /);
    const still = lintSurvey(fixed).diagnostics.filter((d) => d.ruleId === 'RUS002');
    expect(still.map((d) => d.data?.['question'])).toEqual([6, 6, 6, 6, 7, 7, 8, 9, 9, 9]);
    const fileWide = actions.find((action) => action.title === 'Disable RUS002 for the entire file')!;
    expect(lintSurvey(applyEdits(exampleText, fileWide.edit!.changes![example]!)).diagnostics.filter((d) => d.ruleId === 'RUS002')).toHaveLength(0);
  });

  it('"Show documentation for RUS002" asks the client to open the rule\'s page (window/showDocument)', async () => {
    const missing = diagnostics.find((d) => d.code === 'RUS002')!;
    const actions = await actionsFor(example, missing);
    const docs = actions.find((action) => action.title === 'Show documentation for RUS002')!;
    expect(docs.command?.arguments).toEqual([missing.codeDescription!.href]);
    const shown: ShowDocumentParams[] = [];
    const listener = client.connection.onRequest(ShowDocumentRequest.type, (params) => {
      shown.push(params);
      return { success: true };
    });
    try {
      await client.connection.sendRequest(ExecuteCommandRequest.type, { command: docs.command!.command, arguments: docs.command!.arguments! });
      expect(shown).toEqual([{ uri: missing.codeDescription!.href, external: true }]);
      // Any other URL is refused: command arguments come from the client.
      await client.connection.sendRequest(ExecuteCommandRequest.type, { command: docs.command!.command, arguments: ['https://example.com/'] });
      expect(shown).toHaveLength(1);
    } finally {
      listener.dispose();
    }
  });

  it('does not offer a line comment inside a table (it would split the table)', async () => {
    const html = diagnostics.find((d) => d.code === 'RUS009')!;
    const actions = await actionsFor(example, html);
    expect(actions.some((action) => action.title === 'Disable RUS009 for this line')).toBe(false);
    expect(actions.some((action) => action.title.startsWith('Fix this RUS009 inline-html problem'))).toBe(true);
  });

  it('fixes everything with source.fixAll.rusSurvey', async () => {
    const actions = await actionsFor(example, undefined, ['source.fixAll']);
    expect(actions).toHaveLength(1);
    expect(actions[0]!.kind).toBe('source.fixAll.rusSurvey');
    const fixed = applyEdits(exampleText, actions[0]!.edit!.changes![example]!);
    expect(lintSurvey(fixed).diagnostics.filter((d) => d.fix)).toHaveLength(0);
    // Fixes never remove answer text.
    expect(fixed).toContain('Den styr prioriteringar av aktiviteter och finansieringar.');
  });

  it('ignores diagnostics from other sources', async () => {
    const foreign: Diagnostic = { range: { start: { line: 5, character: 0 }, end: { line: 5, character: 1 } }, message: 'x', source: 'markdownlint', code: 'MD001' };
    expect(await actionsFor(example, foreign, ['quickfix'])).toEqual([]);
  });
});
