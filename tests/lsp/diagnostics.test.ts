import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiagnosticSeverity, DocumentDiagnosticRequest, DidChangeConfigurationNotification, WorkspaceSymbolRequest } from 'vscode-languageserver-protocol/node.js';
import { EXAMPLE, LspClient, SMALL_SURVEY } from './lsp-client.js';

const exampleText = readFileSync(EXAMPLE, 'utf8');

describe('diagnostics on the example survey', () => {
  let client: LspClient;
  beforeAll(async () => {
    client = await LspClient.start({ withExample: 'rus-natverket-2018.survey.md' });
  });
  afterAll(() => client.stop());

  it('publishes exactly 12 RUS002 diagnostics on open, mapped like unified-language-server', async () => {
    const uri = await client.open('rus-natverket-2018.survey.md', exampleText, { writeToDisk: false });
    const diagnostics = await client.diagnostics(uri);
    const missing = diagnostics.filter((d) => d.code === 'RUS002');
    expect(missing).toHaveLength(12);
    for (const diagnostic of missing) {
      expect(diagnostic.source).toBe('rus-survey');
      expect(diagnostic.severity).toBe(DiagnosticSeverity.Warning);
      expect(diagnostic.message).toMatch(/^missing-organisation: /);
      expect(diagnostic.codeDescription?.href).toMatch(/docs\/rules\/RUS002\.md$/);
      expect(diagnostic.data).toMatchObject({ ruleId: 'RUS002', fix: { title: expect.any(String), edits: [expect.anything()] } });
    }
    // RUS009 is "info" in core: Information in LSP.
    const html = diagnostics.find((d) => d.code === 'RUS009');
    expect(html?.severity).toBe(DiagnosticSeverity.Information);
    // Each missing answer is reported on its question's heading, 0-based: found here by reading the text.
    const lines = exampleText.split('\n');
    const headingLine = (question: number): number => lines.findIndex((line) => line.startsWith(`### ${question}. `));
    const reported = missing.map((d) => {
      const [, organisation, question] = /^missing-organisation: (.+) has no answer to question (\d+)\.$/.exec(d.message)!;
      return { question: Number(question), organisation, start: d.range.start };
    });
    expect(reported.map((r) => r.question)).toEqual([4, 4, 6, 6, 6, 6, 7, 7, 8, 9, 9, 9]);
    for (const { question, start } of reported) expect(start, `question ${question}`).toEqual({ line: headingLine(question), character: 0 });
    expect(headingLine(4)).toBe(58);
    expect(reported.filter((r) => r.organisation === 'Svenska ESF-rådet').map((r) => r.question)).toEqual([4, 6, 7, 8, 9]);
  });

  it('gives nothing to Markdown that is not a survey', async () => {
    const uri = await client.open('README.md', '# Readme\n\n| Organisation | Svar |\n| --- | --- |\n| X | |\n');
    expect(await client.diagnostics(uri)).toEqual([]);
  });

  it('revalidates after incremental changes, debounced', async () => {
    const uri = await client.open('small.survey.md', SMALL_SURVEY);
    const before = await client.diagnostics(uri);
    expect(before.filter((d) => d.code === 'RUS002')).toHaveLength(2);
    const countBefore = client.allPublished(uri).length;
    // Add Region Gotland's row to question 1, typed in five quick keystrokes.
    const line = SMALL_SURVEY.split('\n').findIndex((l) => l.startsWith('| SLL'));
    const pieces = ['\n| Region', ' Gotland', ' |', ' Svar', ' |'];
    let character = '| SLL | Nej. |'.length;
    let lineNo = line;
    for (const piece of pieces) {
      await client.change(uri, [{ range: { start: { line: lineNo, character }, end: { line: lineNo, character } }, text: piece }]);
      if (piece.startsWith('\n')) {
        lineNo++;
        character = piece.length - 1;
      } else character += piece.length;
    }
    const after = await client.diagnostics(uri);
    expect(after.filter((d) => d.code === 'RUS002')).toHaveLength(1);
    // Debounced: five changes, far fewer than five publications.
    expect(client.allPublished(uri).length - countBefore).toBeLessThanOrEqual(2);
  });

  it('clears diagnostics on close', async () => {
    const uri = await client.open('closing.survey.md', SMALL_SURVEY);
    expect((await client.diagnostics(uri)).length).toBeGreaterThan(0);
    await client.close(uri);
    const cleared = await client.diagnostics(uri, (p) => p.diagnostics.length === 0);
    expect(cleared).toEqual([]);
  });
});

describe('locale and settings', () => {
  it('rusSurvey.files makes other Markdown files surveys, for open files and the workspace index', async () => {
    const plain = SMALL_SURVEY.replace('rus-survey: true\n', '');
    const client = await LspClient.start({ settings: { files: ['enkater/*.md'] }, files: { 'enkater/indexed.md': plain } });
    try {
      const survey = await client.open('enkater/region.md', plain);
      expect((await client.diagnostics(survey)).some((d) => d.code === 'RUS002')).toBe(true);
      const other = await client.open('notes/region.md', plain);
      expect(await client.diagnostics(other)).toEqual([]);
      const symbols = await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Gotland' });
      expect((symbols ?? []).length).toBeGreaterThan(0);
    } finally {
      await client.stop();
    }
  });

  it('uses the initialize locale, and rusSurvey.locale over it', async () => {
    const client = await LspClient.start({ locale: 'sv-SE' });
    try {
      const uri = await client.open('a.survey.md', SMALL_SURVEY);
      const swedish = await client.diagnostics(uri);
      expect(swedish.find((d) => d.code === 'RUS002')?.message).toBe('missing-organisation: Region Gotland saknar svar på fråga 1.');
      client.settings = { locale: 'en' };
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      const english = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.message.includes('has no answer')));
      expect(english.find((d) => d.code === 'RUS002')?.message).toBe('missing-organisation: Region Gotland has no answer to question 1.');
    } finally {
      await client.stop();
    }
  });

  it('merges rusSurvey.rules over the config file, and revalidates when the config changes', async () => {
    const client = await LspClient.start({
      settings: { rules: { RUS001: 'off' } },
      files: { '.rus-survey.json': JSON.stringify({ rules: { RUS002: 'error' } }) },
    });
    try {
      const uri = await client.open('docs/b.survey.md', SMALL_SURVEY.replace(/> Tänk[^\n]*\n/, ''));
      const first = await client.diagnostics(uri);
      expect(first.filter((d) => d.code === 'RUS002').every((d) => d.severity === DiagnosticSeverity.Error)).toBe(true);
      expect(first.some((d) => d.code === 'RUS001')).toBe(false);

      client.write('.rus-survey.json', JSON.stringify({ rules: { RUS002: 'off' } }));
      await client.filesChanged([{ uri: client.uri('.rus-survey.json'), type: 2 }]);
      const second = await client.diagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'RUS002'));
      expect(second.some((d) => d.code === 'RUS002')).toBe(false);
    } finally {
      await client.stop();
    }
  });

  it('treats files matched by the config `files` globs as surveys', async () => {
    const client = await LspClient.start({ files: { '.rus-survey.yaml': 'files:\n  - "enkater/**/*.md"\n' } });
    try {
      const plain = SMALL_SURVEY.replace('rus-survey: true\n', '');
      const matched = await client.open('enkater/2019/svar.md', plain);
      const other = await client.open('notes/svar.md', plain);
      expect((await client.diagnostics(matched)).some((d) => d.code === 'RUS002')).toBe(true);
      expect(await client.diagnostics(other)).toEqual([]);
    } finally {
      await client.stop();
    }
  });

  it('waits rusSurvey.debounceMs after the last change, then validates a burst of changes once', async () => {
    const client = await LspClient.start({ settings: { debounceMs: 1500 } });
    try {
      const uri = await client.open('slow.survey.md', SMALL_SURVEY);
      await client.diagnostics(uri);
      const published = client.allPublished(uri).length;
      const withGotland = SMALL_SURVEY.replace('| SLL | Nej. |', '| SLL | Nej. |\n| Region Gotland | Ja |');
      // Three edits 300 ms apart: each comes within the debounce of the one before.
      await client.change(uri, [{ text: SMALL_SURVEY.replace('| SLL | Nej. |\n', '') }]);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await client.change(uri, [{ text: `${SMALL_SURVEY}\n` }]);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const last = await client.change(uri, [{ text: withGotland }]);
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(client.allPublished(uri).length, 'published while changes were still coming').toBe(published);
      const after = await client.diagnostics(uri);
      expect(after.filter((d) => d.code === 'RUS002')).toHaveLength(1);
      // One validation, of the last version only.
      expect(client.allPublished(uri).slice(published).map((p) => p.version)).toEqual([last]);
    } finally {
      await client.stop();
    }
  });

  it('answers textDocument/diagnostic when the client pulls', async () => {
    const client = await LspClient.start({
      capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false } } },
    });
    try {
      expect(client.initializeResult.capabilities.diagnosticProvider).toBeDefined();
      const uri = await client.open('pulled.survey.md', exampleText);
      const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
      expect(report.kind).toBe('full');
      expect(report.kind === 'full' && report.items.filter((d) => d.code === 'RUS002')).toHaveLength(12);
    } finally {
      await client.stop();
    }
  });
});
