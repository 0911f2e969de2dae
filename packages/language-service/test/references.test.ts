import { describe, expect, it } from 'vitest';
import { InMemoryWorkspace, positionOf, serviceOver } from './in-memory-workspace.js';
import { CONFIG_ROSTER_SURVEY, CONFIG_YAML, SMALL_SURVEY } from './surveys.js';

const A = 'file:///w/a.survey.md';
const B = 'file:///w/b/b.survey.md';

describe('getReferences', () => {
  it("finds every answer the organisation gave, in every survey of the workspace, and with the declaration its roster entries", async () => {
    const workspace = new InMemoryWorkspace({ [A]: SMALL_SURVEY, [B]: CONFIG_ROSTER_SURVEY, 'file:///w/b/.rus-survey.yaml': CONFIG_YAML });
    const service = serviceOver(workspace);
    const position = positionOf(SMALL_SURVEY, '| Region Skåne |', 4);
    const answers = await service.getReferences(A, position, { includeDeclaration: false });
    expect(answers?.map((location) => [location.uri, location.range.start.line])).toEqual([
      [A, 16],
      [B, 12],
    ]);
    const withRoster = await service.getReferences(A, position, { includeDeclaration: true });
    expect(withRoster?.map((location) => [location.uri, location.range.start.line])).toEqual([
      [A, 3],
      [A, 16],
      ['file:///w/b/.rus-survey.yaml', 2],
      [B, 12],
    ]);
  });
});
