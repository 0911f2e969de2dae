import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CancellationTokenSource,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  LSPErrorCodes,
  ReferencesRequest,
  WorkspaceSymbolRequest,
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  type DocumentSymbol,
} from 'vscode-languageserver-protocol/node.js';
import { CompareMatrixRequest, NavigateRequest } from '@rus-survey/protocol';
import { LspClient, SMALL_SURVEY } from './lsp-client.js';

/** The server still answers a real request with a real result. */
async function expectAlive(client: LspClient, uri: string): Promise<void> {
  const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  expect(symbols[0]?.name).toBe('Liten enkät');
  expect(client.child.exitCode).toBeNull();
}

describe('robustness', () => {
  let client: LspClient;
  let healthy: string;
  beforeAll(async () => {
    client = await LspClient.start({ settings: { maxFileSize: 1_000_000 } });
    healthy = await client.open('healthy.survey.md', SMALL_SURVEY);
    await client.diagnostics(healthy);
  });
  afterAll(() => client.stop());

  it('answers requests on unknown documents with empty results', async () => {
    const unknown = { textDocument: { uri: 'file:///does/not/exist.survey.md' } };
    const position = { line: 3, character: 1 };
    expect(await client.connection.sendRequest(DocumentSymbolRequest.type, unknown)).toEqual([]);
    expect(await client.connection.sendRequest(HoverRequest.type, { ...unknown, position })).toBeNull();
    expect(await client.connection.sendRequest(FoldingRangeRequest.type, unknown)).toEqual([]);
    expect(await client.connection.sendRequest(DefinitionRequest.type, { ...unknown, position })).toBeNull();
    expect(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: 'untitled:Untitled-1' } })).toEqual([]);
    await expectAlive(client, healthy);
  });

  it('survives positions out of range and malformed params', async () => {
    const textDocument = { uri: healthy };
    for (const position of [{ line: 9999, character: 0 }, { line: 3, character: 9999 }, { line: -1, character: -5 }, { line: 1.5, character: 0 }, null]) {
      await client.connection.sendRequest(HoverRequest.type, { textDocument, position: position as never });
      await client.connection.sendRequest(CompletionRequest.type, { textDocument, position: position as never });
      await client.connection.sendRequest(NavigateRequest, { textDocument, position: position as never, direction: 'nextQuestion' });
      await client.connection.sendRequest(ReferencesRequest.type, { textDocument, position: position as never, context: { includeDeclaration: true } });
    }
    await client.connection.sendRequest(CodeActionRequest.type, { textDocument, range: null as never, context: { diagnostics: [{ bogus: true }] as never } });
    await client.connection.sendRequest(CompareMatrixRequest, null as never);
    await client.connection.sendRequest(CompareMatrixRequest, { uris: [42, null] as never });
    await expectAlive(client, healthy);
  });

  it('survives change events with bad ranges', async () => {
    const uri = await client.open('changing.survey.md', SMALL_SURVEY);
    await client.diagnostics(uri);
    await client.change(uri, [{ range: { start: { line: 500, character: 3 }, end: { line: 400, character: 0 } }, text: 'x' }]);
    await client.change(uri, [{ range: { start: { line: -3, character: -1 }, end: { line: 0, character: 0 } }, text: '' }]);
    await client.change(uri, [{ range: null as never, text: 'y' }]);
    await client.change(uri, [{ text: SMALL_SURVEY }]);
    const after = await client.diagnostics(uri);
    expect(after.filter((d) => d.code === 'RUS002')).toHaveLength(2);
    await client.change('file:///never/opened.survey.md', [{ text: 'z' }]);
    await expectAlive(client, healthy);
  });

  it('reports a too-large file with one diagnostic instead of validating it (50 MB)', async () => {
    const row = '| Region Skåne | ' + 'x'.repeat(1000) + ' |\n';
    const huge = SMALL_SURVEY + row.repeat(Math.ceil((50 * 1024 * 1024) / row.length));
    const uri = await client.open('huge.survey.md', huge, { writeToDisk: false });
    const diagnostics = await client.diagnostics(uri, () => true, 25000);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.code).toBe('too-large');
    expect(diagnostics[0]!.message).toContain('too large to validate');
    expect(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })).toEqual([]);
    await client.close(uri);
    await expectAlive(client, healthy);
  });

  it('reports binary content instead of linting it, and ignores binary non-survey Markdown', async () => {
    const binary = String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const uri = await client.open('binary.survey.md', binary);
    const diagnostics = await client.diagnostics(uri);
    expect(diagnostics.map((d) => d.code)).toEqual(['binary']);
    const other = await client.open('binary.md', binary);
    expect(await client.diagnostics(other)).toEqual([]);
    await expectAlive(client, healthy);
  });

  it('reports malformed JSON in a config on the survey at line 1, naming file:line:column, and goes on', async () => {
    client.write('broken/.rus-survey.json', '{\n  "rules": {\n    "RUS002": "error",,\n  }\n');
    const uri = await client.open('broken/s.survey.md', SMALL_SURVEY);
    const diagnostics = await client.diagnostics(uri);
    const config = diagnostics.filter((d) => d.code === 'config');
    expect(config.length).toBeGreaterThan(0);
    expect(config[0]!.range.start).toEqual({ line: 0, character: 0 });
    expect(config[0]!.message).toMatch(/broken[\\/]\.rus-survey\.json:3:\d+: /);
    expect(config[0]!.relatedInformation?.[0]?.location.uri).toBe(client.uri('broken/.rus-survey.json'));
    expect(config[0]!.relatedInformation?.[0]?.location.range.start.line).toBe(2);
    // The survey is still validated (with the defaults).
    expect(diagnostics.filter((d) => d.code === 'RUS002')).toHaveLength(2);

    // Fixing the config clears the error once the watcher reports it.
    client.write('broken/.rus-survey.json', '{ "rules": { "RUS002": "error" } }');
    await client.filesChanged([{ uri: client.uri('broken/.rus-survey.json'), type: 2 }]);
    const fixed = await client.diagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'config'));
    expect(fixed.filter((d) => d.code === 'RUS002').every((d) => d.severity === 1)).toBe(true);
    await expectAlive(client, healthy);
  });

  it('logs to the client, never to stdout (the protocol stream stays clean)', () => {
    expect(client.logs.some((message) => message.startsWith('Indexed'))).toBe(true);
  });
});

describe('cancellation', () => {
  it('answers a cancelled request with RequestCancelled', async () => {
    const files = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`s${i}.survey.md`, SMALL_SURVEY]));
    const client = await LspClient.start({ files });
    try {
      const source = new CancellationTokenSource();
      const pending = client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Skåne' }, source.token);
      source.cancel();
      await expect(pending).rejects.toMatchObject({ code: LSPErrorCodes.RequestCancelled });
      // And the next request is served normally.
      const symbols = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Skåne 1' })) as unknown[];
      expect(symbols).toHaveLength(30);
    } finally {
      await client.stop();
    }
  });
});
