import { describe, expect, it } from 'vitest';
import { InMemoryWorkspace, serviceOver } from './in-memory-workspace.js';
import { SMALL_SURVEY } from './surveys.js';

const URI = 'file:///w/small.survey.md';

describe('getCodeLenses and getCoverageMessage', () => {
  it('puts "n/m answered" above each question, and "Compare" only for clients that run the compare command', async () => {
    const service = serviceOver(new InMemoryWorkspace({ [URI]: SMALL_SURVEY }));
    const plain = await service.getCodeLenses(URI, { clientCommands: new Set() });
    expect(plain.map((lens) => [lens.range.start.line, lens.command?.title])).toEqual([
      [12, '3/3 answered'],
      [20, '1/3 answered'],
    ]);
    const withCompare = await service.getCodeLenses(URI, { clientCommands: new Set(['rusSurvey.compareRegions']) });
    expect(withCompare.map((lens) => lens.command?.title)).toEqual(['3/3 answered', 'Compare', '1/3 answered', 'Compare']);
  });

  it("the lens's command says who is missing", async () => {
    const service = serviceOver(new InMemoryWorkspace({ [URI]: SMALL_SURVEY }));
    expect(await service.getCoverageMessage(URI, 20)).toBe('Question 2: 1/3 answered. Missing: Region Skåne, Region Kronoberg');
    expect(await service.getCoverageMessage(URI, 21)).toBeNull();
  });
});
