// The analyses kept in memory are bounded by characters of survey text: the least recently used go first and
// are made again, from the file or the open document, when next asked about.
import { describe, expect, it } from 'vitest';
import { InMemoryWorkspace, positionOf, serviceOver } from './in-memory-workspace.js';
import { SMALL_SURVEY } from './surveys.js';

const [A, B, C] = ['a', 'b', 'c'].map((name) => `file:///w/${name}.survey.md`) as [string, string, string];

describe('closed files', () => {
  it('keep their analyses while their texts fit the bound; the least recently used is read again', async () => {
    const workspace = new InMemoryWorkspace({ [A]: SMALL_SURVEY, [B]: SMALL_SURVEY, [C]: SMALL_SURVEY });
    // Room for two of the three.
    const service = serviceOver(workspace, { memory: { closedCharacters: Math.floor(SMALL_SURVEY.length * 2.5) } });
    const codes = async (uri: string) => (await service.getDiagnostics(uri))!.diagnostics.map((d) => d.code);

    expect(await codes(A)).toContain('RUS002');
    expect(await codes(B)).toContain('RUS002');
    expect(await codes(A)).toContain('RUS002');
    expect(workspace.fileReads).toEqual([A, B]);

    // C pushes out B, the one used longest ago; A stays.
    expect(await codes(C)).toContain('RUS002');
    expect(await codes(A)).toContain('RUS002');
    expect(workspace.fileReads).toEqual([A, B, C]);
    expect(await codes(B)).toContain('RUS002');
    expect(workspace.fileReads).toEqual([A, B, C, B]);
  });

  it('keep the file used last even when it alone is larger than the bound', async () => {
    const workspace = new InMemoryWorkspace({ [A]: SMALL_SURVEY });
    const service = serviceOver(workspace, { memory: { closedCharacters: 10 } });
    await service.getDiagnostics(A);
    await service.getDiagnostics(A);
    expect(workspace.fileReads).toEqual([A]);
  });
});

describe('open documents', () => {
  it('dropped from memory are analysed again, from their current text, when next asked about', async () => {
    const workspace = new InMemoryWorkspace();
    const service = serviceOver(workspace, { memory: { openCharacters: Math.floor(SMALL_SURVEY.length * 1.5) } });
    const answered = SMALL_SURVEY.replace('| Region Blekinge | Årligen. |', '| Region Blekinge | Årligen. |\n| Region Skåne | x |\n| Region Kronoberg | y |');
    workspace.openDocument(A, SMALL_SURVEY, 1);
    workspace.openDocument(B, SMALL_SURVEY, 1);
    expect((await service.getDiagnostics(A))!.diagnostics.map((d) => d.code)).toContain('RUS002');
    // B's analysis pushes A's (and its incremental linter) out; A is edited meanwhile.
    expect((await service.getDiagnostics(B))!.diagnostics.map((d) => d.code)).toContain('RUS002');
    workspace.openDocument(A, answered, 2);
    const report = await service.getDiagnostics(A);
    expect(report?.version).toBe(2);
    expect(report!.diagnostics.map((d) => d.code)).not.toContain('RUS002');
    const hover = await service.getHover(A, positionOf(answered, '| Region Kronoberg | y |', 3));
    expect(JSON.stringify(hover?.contents)).toContain('Region Kronoberg');
  });
});
