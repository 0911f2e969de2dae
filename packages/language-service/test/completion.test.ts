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
});
