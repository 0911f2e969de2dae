import { describe, expect, it } from 'vitest';
import { InMemoryWorkspace, serviceOver } from './in-memory-workspace.js';
import { SMALL_SURVEY } from './surveys.js';

const URI = 'file:///w/small.survey.md';

describe('getCompletions', () => {
  it("offers the roster's names in a table row's first cell, those still missing from the question first", async () => {
    // Question 2 has Region Skåne's answer only: Region Kronoberg and Region Blekinge come first.
    const text = SMALL_SURVEY.replace('| Region Blekinge | Årligen. |', '| Region Skåne | Årligen. |\n| Reg');
    const service = serviceOver(new InMemoryWorkspace({ [URI]: text }));
    const items = await service.getCompletions(URI, { line: 25, character: 5 });
    const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    expect(sorted.map((item) => [item.label, item.detail])).toEqual([
      ['Region Kronoberg', 'No answer yet'],
      ['Region Blekinge', 'No answer yet'],
      ['Region Skåne', 'Roster'],
    ]);
    expect(sorted[0]!.textEdit).toEqual({ range: { start: { line: 25, character: 2 }, end: { line: 25, character: 5 } }, newText: 'Region Kronoberg' });
  });

  it('offers the next question number after "###"', async () => {
    const text = `${SMALL_SURVEY}\n### `;
    const service = serviceOver(new InMemoryWorkspace({ [URI]: text }));
    const items = await service.getCompletions(URI, { line: 27, character: 4 });
    expect(items.map((item) => item.label)).toEqual(['3.']);
  });

  it('offers the names after "####", and where the first cell follows white space', async () => {
    const text = `${SMALL_SURVEY}\n#### Region K\n\n  |  Reg`;
    const service = serviceOver(new InMemoryWorkspace({ [URI]: text }));
    const section = await service.getCompletions(URI, { line: 26, character: 13 });
    expect(section.map((item) => item.label).sort()).toEqual(['Region Blekinge', 'Region Kronoberg', 'Region Skåne']);
    expect(section[0]!.textEdit).toMatchObject({ range: { start: { line: 26, character: 5 }, end: { line: 26, character: 13 } } });
    const cell = await service.getCompletions(URI, { line: 28, character: 8 });
    expect(cell[0]!.textEdit).toMatchObject({ range: { start: { line: 28, character: 5 }, end: { line: 28, character: 8 } } });
  });

  it('offers nothing past the first cell, nor in a heading other than "####"', async () => {
    const text = `${SMALL_SURVEY}| Region Skåne | Reg\n##### Reg\nx | Reg`;
    const service = serviceOver(new InMemoryWorkspace({ [URI]: text }));
    expect(await service.getCompletions(URI, { line: 25, character: 19 })).toEqual([]);
    expect(await service.getCompletions(URI, { line: 26, character: 9 })).toEqual([]);
    expect(await service.getCompletions(URI, { line: 27, character: 7 })).toEqual([]);
  });
});
