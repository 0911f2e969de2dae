import { describe, expect, it } from 'vitest';
import { InMemoryWorkspace, serviceOver } from './in-memory-workspace.js';
import { SMALL_SURVEY } from './surveys.js';

const URI = 'file:///w/small.survey.md';

describe('getCompareMatrix', () => {
  it("compares the open document's current text, not the file's", async () => {
    const workspace = new InMemoryWorkspace({ [URI]: SMALL_SURVEY });
    workspace.openDocument(URI, SMALL_SURVEY.replace('| Region Blekinge | Årligen. |', '| Region Blekinge | Årligen. |\n| Region Skåne | Vart tredje år. |'), 2);
    const matrix = await serviceOver(workspace).getCompareMatrix({ uris: [URI], questions: [2] });
    const row = matrix.rows[0]!;
    expect(row.cells.map((cell) => [cell.organisation, cell.status])).toEqual([
      ['Region Skåne', 'answered'],
      ['Region Kronoberg', 'missing'],
      ['Region Blekinge', 'answered'],
    ]);
  });
});
