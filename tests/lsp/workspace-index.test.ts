import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentSymbolRequest, WorkspaceSymbolRequest, type SymbolInformation } from 'vscode-languageserver-protocol/node.js';
import { LspClient, SMALL_SURVEY } from './lsp-client.js';

describe('workspace index', () => {
  let client: LspClient;
  beforeAll(async () => {
    client = await LspClient.start({
      files: { 'a/first.survey.md': SMALL_SURVEY, 'README.md': '# Not a survey\n', 'node_modules/x/ignored.survey.md': SMALL_SURVEY },
      capabilities: { workspace: { configuration: true } },
    });
  });
  afterAll(() => client.stop());

  const find = async (query: string) => (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query })) as SymbolInformation[];

  it('indexes survey files on disk at start, skipping node_modules', async () => {
    const found = await find('Gotland 2');
    expect(found.map((symbol) => symbol.location.uri)).toEqual([client.uri('a/first.survey.md')]);
  });

  it('follows created, changed and deleted files from workspace/didChangeWatchedFiles', async () => {
    const created = client.write('b/second.md', SMALL_SURVEY); // a survey by its front matter
    await client.filesChanged([{ uri: created, type: 1 }]);
    expect((await find('Gotland 2')).map((symbol) => symbol.location.uri).sort()).toEqual([client.uri('a/first.survey.md'), created].sort());

    client.write('b/second.md', '# No longer a survey\n');
    await client.filesChanged([{ uri: created, type: 2 }]);
    expect((await find('Gotland 2')).map((symbol) => symbol.location.uri)).toEqual([client.uri('a/first.survey.md')]);

    await client.filesChanged([{ uri: client.uri('a/first.survey.md'), type: 3 }]);
    expect(await find('Gotland 2')).toEqual([]);
  });

  it('flattens document symbols for clients without hierarchical support', async () => {
    const uri = await client.open('flat.survey.md', SMALL_SURVEY);
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as SymbolInformation[];
    expect(symbols.find((symbol) => symbol.name === 'SLL')?.containerName).toBe('1. Första frågan?');
  });
});
