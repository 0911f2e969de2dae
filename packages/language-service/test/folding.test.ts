import { describe, expect, it } from 'vitest';
import { InMemoryWorkspace, serviceOver } from './in-memory-workspace.js';
import { SMALL_SURVEY } from './surveys.js';

const URI = 'file:///w/small.survey.md';

describe('getFoldingRanges', () => {
  it('folds the front matter, the part and each question, each ending on its last non-blank line', async () => {
    const service = serviceOver(new InMemoryWorkspace({ [URI]: SMALL_SURVEY }));
    expect(await service.getFoldingRanges(URI)).toEqual([
      { startLine: 0, endLine: 6 },
      { startLine: 10, endLine: 24 },
      { startLine: 12, endLine: 18 },
      { startLine: 20, endLine: 24 },
    ]);
  });
});
