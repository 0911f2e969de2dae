// Files the server reads from disk (not open in the editor) are decoded and chosen as the CLI does it, by the
// node layer: a Windows-1252 Word export reads "Skåne", not "Sk\uFFFDne", and .gitignore leaves files out.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkspaceSymbolRequest, type SymbolInformation } from 'vscode-languageserver-protocol/node.js';
import { LspClient, SMALL_SURVEY } from './lsp-client.js';

describe('closed files, read through the node layer', () => {
  let client: LspClient;
  beforeAll(async () => {
    client = await LspClient.start({ files: { '.gitignore': 'build/\n', 'build/copy.survey.md': SMALL_SURVEY, 'a.survey.md': SMALL_SURVEY } });
  });
  afterAll(() => client.stop());

  const find = async (query: string) => (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query })) as SymbolInformation[];

  it('a Windows-1252 survey on disk: workspace symbols show "Region Skåne"', async () => {
    // Every character of SMALL_SURVEY beyond ASCII is Latin-1 (å ä ö), one byte each in Windows-1252.
    writeFileSync(join(client.workspace, 'latin.survey.md'), Buffer.from(SMALL_SURVEY, 'latin1'));
    const uri = client.uri('latin.survey.md');
    await client.filesChanged([{ uri, type: 1 }]);
    const names = (await find('Skåne')).filter((symbol) => symbol.location.uri === uri).map((symbol) => symbol.name);
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((name) => name.includes('Region Skåne'))).toBe(true);
    const all = (await find('')).filter((symbol) => symbol.location.uri === uri).map((symbol) => `${symbol.containerName ?? ''} ${symbol.name}`);
    expect(all.join('\n')).not.toContain('\uFFFD');
    expect(all.join('\n')).toContain('Första frågan?');
  });

  it('.gitignore leaves a survey out of the index, as it does for the CLI', async () => {
    const uris = (await find('Gotland')).map((symbol) => symbol.location.uri);
    expect(uris).toContain(client.uri('a.survey.md'));
    expect(uris).not.toContain(client.uri('build/copy.survey.md'));
    // A change to the ignored file does not bring it in either.
    await client.filesChanged([{ uri: client.uri('build/copy.survey.md'), type: 2 }]);
    expect((await find('Gotland')).map((symbol) => symbol.location.uri)).not.toContain(client.uri('build/copy.survey.md'));
  });
});
