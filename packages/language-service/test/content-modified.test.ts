import { describe, expect, it } from 'vitest';
import { ContentModifiedError } from '../src/index.js';
import { InMemoryWorkspace, positionOf, serviceOver } from './in-memory-workspace.js';
import { SMALL_SURVEY } from './surveys.js';

const A = 'file:///w/a.survey.md';
const B = 'file:///w/b.survey.md';

/**
 * A workspace whose settings request for B lets the editor edit A and ask about it meanwhile, as a server
 * handles didChange and the requests that follow an edit while a workspace-wide request waits for settings.
 */
class EditingWorkspace extends InMemoryWorkspace {
  duringSettingsOfB: (() => Promise<unknown>) | undefined;
  override async settings(uri?: string) {
    if (uri === B && this.duringSettingsOfB) {
      const edit = this.duringSettingsOfB;
      this.duringSettingsOfB = undefined;
      await edit();
    }
    return super.settings();
  }
}

function setup() {
  // A is on disk too, so the workspace lists it before B: its analysis is taken before B's settings are asked.
  const workspace = new EditingWorkspace({ [A]: SMALL_SURVEY, [B]: SMALL_SURVEY });
  workspace.openDocument(A, SMALL_SURVEY, 1);
  const service = serviceOver(workspace);
  // A line inserted above question 1: every answer of A below it moves.
  const edited = SMALL_SURVEY.replace('# Enkät\n', '# Enkät\n\nEn rad till.\n');
  workspace.duringSettingsOfB = async () => {
    workspace.openDocument(A, edited, 2);
    await service.getDocumentSymbols(A, { hierarchical: true });
  };
  return { workspace, service };
}

describe('a workspace-wide request during which an open document changes', () => {
  it('ends in ContentModified instead of answering from analyses of two texts (references, rename, rounds)', async () => {
    const position = positionOf(SMALL_SURVEY, '| Region Skåne |', 4);
    await expect(setup().service.getReferences(A, position, { includeDeclaration: false })).rejects.toBeInstanceOf(ContentModifiedError);
    await expect(setup().service.getRenameEdit(A, position, 'Region Skåne län')).rejects.toBeInstanceOf(ContentModifiedError);
    await expect(setup().service.getRounds(A)).rejects.toBeInstanceOf(ContentModifiedError);
  });

  it('answers as usual when nothing changed meanwhile', async () => {
    const { workspace, service } = setup();
    workspace.duringSettingsOfB = undefined;
    const answers = await service.getReferences(A, positionOf(SMALL_SURVEY, '| Region Skåne |', 4), { includeDeclaration: false });
    expect(answers?.map((location) => [location.uri, location.range.start.line])).toEqual([
      [A, 16],
      [B, 16],
    ]);
  });
});
