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
    // Ranges are 0-based: the question 3 heading is line 44 (1-based), so line 43 here.
    const q3 = missing.find((d) => d.message.includes('question 3'));
    if (q3) expect(q3.range.start).toEqual({ line: 43, character: 0 });
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

  it('waits rusSurvey.debounceMs after a change before validating', async () => {
    const client = await LspClient.start({ settings: { debounceMs: 1500 } });
    try {
      const uri = await client.open('slow.survey.md', SMALL_SURVEY);
      await client.diagnostics(uri);
      const published = client.allPublished(uri).length;
      const started = Date.now();
      await client.change(uri, [{ text: SMALL_SURVEY.replace('| SLL | Nej. |', '| SLL | Nej. |\n| Region Gotland | Ja |') }]);
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(client.allPublished(uri).length).toBe(published);
      const after = await client.diagnostics(uri);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
      expect(after.filter((d) => d.code === 'RUS002')).toHaveLength(1);
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
