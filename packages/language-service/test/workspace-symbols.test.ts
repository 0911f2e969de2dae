import { describe, expect, it } from 'vitest';
import { InMemoryWorkspace, serviceOver } from './in-memory-workspace.js';
import { EXAMPLE_SURVEY, EXAMPLE_URI, SMALL_SURVEY } from './surveys.js';

const URI = 'file:///w/small.survey.md';

describe('getWorkspaceSymbols', () => {
  it('finds an organisation\'s answer by a query typed without diacritics and in any case ("SKANE 1")', async () => {
    const service = serviceOver(new InMemoryWorkspace({ [URI]: SMALL_SURVEY, [EXAMPLE_URI]: EXAMPLE_SURVEY }));
    const symbols = await service.getWorkspaceSymbols('SKANE 1');
    expect(symbols.map((symbol) => [symbol.name, symbol.location.uri])).toEqual([
      ['Region Skåne 1', URI],
      ['Region Skåne 1', EXAMPLE_URI],
    ]);
    expect(symbols[0]!.location.range.start).toEqual({ line: 16, character: 0 });
  });

  it('finds "Örebro" typed as "orebro", in every question it answered', async () => {
    const service = serviceOver(new InMemoryWorkspace({ [EXAMPLE_URI]: EXAMPLE_SURVEY }));
    const names = (await service.getWorkspaceSymbols('orebro')).map((symbol) => symbol.name);
    expect(names.length).toBeGreaterThan(1);
    expect(names.every((name) => name.startsWith('Region Örebro län '))).toBe(true);
  });

  it('a query typed decomposed (NFD, as macOS input and file names have it) finds the composed name', async () => {
    const service = serviceOver(new InMemoryWorkspace({ [URI]: SMALL_SURVEY }));
    const names = (await service.getWorkspaceSymbols('Ska\u030Ane 1')).map((symbol) => symbol.name);
    expect(names).toEqual(['Region Skåne 1']);
  });

  it('a number alone finds that question in every survey', async () => {
    const service = serviceOver(new InMemoryWorkspace({ [URI]: SMALL_SURVEY, [EXAMPLE_URI]: EXAMPLE_SURVEY }));
    expect((await service.getWorkspaceSymbols('2')).map((symbol) => symbol.name)).toEqual(['2. Hur följs RUS upp?', '2. Hur ser kopplingen ut mellan er RUS och er VP?']);
  });
});
