import { describe, expect, it } from 'vitest';
import type { DocumentSymbol, SymbolInformation } from 'vscode-languageserver-types';
import { InMemoryWorkspace, serviceOver } from './in-memory-workspace.js';
import { SMALL_SURVEY } from './surveys.js';

const URI = 'file:///w/small.survey.md';

describe('getDocumentSymbols', () => {
  it("is title › part › question › each roster organisation's answer, with the missing ones marked", async () => {
    const service = serviceOver(new InMemoryWorkspace({ [URI]: SMALL_SURVEY }));
    const [title] = (await service.getDocumentSymbols(URI, { hierarchical: true })) as DocumentSymbol[];
    expect(title?.name).toBe('Enkät');
    const [part] = title!.children!;
    expect(part?.name).toBe('Del ett');
    expect(part!.children!.map((question) => question.name)).toEqual(['1. Hur styr RUS?', '2. Hur följs RUS upp?']);
    const second = part!.children![1]!;
    expect(second.children!.map((answer) => [answer.name, answer.detail])).toEqual([
      ['Region Blekinge', ''],
      ['Region Skåne', 'missing'],
      ['Region Kronoberg', 'missing'],
    ]);
  });

  it('flattens the same tree with container names for clients without hierarchical symbols', async () => {
    const service = serviceOver(new InMemoryWorkspace({ [URI]: SMALL_SURVEY }));
    const flat = (await service.getDocumentSymbols(URI, { hierarchical: false })) as SymbolInformation[];
    expect(flat.filter((symbol) => symbol.containerName === '2. Hur följs RUS upp?').map((symbol) => symbol.name)).toEqual(['Region Blekinge', 'Region Skåne', 'Region Kronoberg']);
    expect(flat.every((symbol) => symbol.location.uri === URI)).toBe(true);
  });
});
