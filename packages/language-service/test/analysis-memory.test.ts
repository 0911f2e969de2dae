// The analyses kept in memory are bounded by characters of survey text: the least recently used go first and
// are made again, from the file or the open document, when next asked about.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ANALYSIS_MEMORY, SurveyAnalyses } from '../src/survey-analyses.js';
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
  // Each analysis's diagnostics are converted once and the same list is answered while the analysis is kept,
  // so a new list for the same version shows that the analysis was made again.
  it('beyond the bound are dropped, least recently used first, and analysed again when next asked about', async () => {
    const workspace = new InMemoryWorkspace();
    const service = serviceOver(workspace, { memory: { openCharacters: Math.floor(SMALL_SURVEY.length * 2.5) } });
    for (const uri of [A, B, C]) workspace.openDocument(uri, SMALL_SURVEY, 1);
    const list = async (uri: string) => (await service.getDiagnostics(uri))!.diagnostics;
    const first = { a: await list(A), b: await list(B) };
    expect(await list(A)).toBe(first.a);
    expect(await list(B)).toBe(first.b);
    // C pushes out A, the one used longest ago; B stays.
    await list(C);
    expect(await list(B)).toBe(first.b);
    const again = await list(A);
    expect(again).not.toBe(first.a);
    expect(again).toEqual(first.a);
  });

  // An incremental linter hands back the same question object for a block whose text did not change; a
  // document that lost its linter gets a new one, which builds every question again.
  it('edited last keep their incremental linters, up to the number allowed; the others lint anew when edited again', async () => {
    const workspace = new InMemoryWorkspace();
    const analyses = new SurveyAnalyses(workspace, () => undefined, { ...DEFAULT_ANALYSIS_MEMORY, editedLinters: 1 });
    const edited = (version: number) => SMALL_SURVEY.replace('| Region Blekinge | Årligen. |', `| Region Blekinge | Årligen ${version}. |`);
    const firstQuestion = async (uri: string, version: number) => {
      workspace.openDocument(uri, edited(version), version);
      const analysis = await analyses.openAnalysis(uri);
      expect(analysis?.version).toBe(version);
      // Question 1: the edit is in question 2.
      return analysis!.result!.survey.parts.flatMap((part) => part.questions)[0];
    };
    // Opened, then edited: the edit gets the linter.
    for (const uri of [A, B]) await firstQuestion(uri, 1);
    const a2 = await firstQuestion(A, 2);
    expect(a2).toBeDefined();
    const a3 = await firstQuestion(A, 3);
    expect(a3).toBe(a2);
    // B's edits take the only linter.
    await firstQuestion(B, 2);
    await firstQuestion(B, 3);
    const a4 = await firstQuestion(A, 4);
    expect(a4).not.toBe(a3);
    expect(a4).toEqual(a3);
    // A has it again.
    expect(await firstQuestion(A, 5)).toBe(a4);
  });

  it('dropped from memory are analysed again, from their current text, when next asked about', async () => {
    const workspace = new InMemoryWorkspace();
    const service = serviceOver(workspace, { memory: { openCharacters: Math.floor(SMALL_SURVEY.length * 1.5) } });
    const answered = SMALL_SURVEY.replace('| Region Blekinge | Årligen. |', '| Region Blekinge | Årligen. |\n| Region Skåne | x |\n| Region Kronoberg | y |');
    workspace.openDocument(A, SMALL_SURVEY, 1);
    workspace.openDocument(B, SMALL_SURVEY, 1);
    const before = (await service.getDiagnostics(A))!.diagnostics;
    expect(before.map((d) => d.code)).toContain('RUS002');
    // B's analysis pushes A's (and its incremental linter) out; A is edited meanwhile.
    expect((await service.getDiagnostics(B))!.diagnostics.map((d) => d.code)).toContain('RUS002');
    expect((await service.getDiagnostics(A))!.diagnostics).not.toBe(before);
    workspace.openDocument(A, answered, 2);
    const report = await service.getDiagnostics(A);
    expect(report?.version).toBe(2);
    expect(report!.diagnostics.map((d) => d.code)).not.toContain('RUS002');
    const hover = await service.getHover(A, positionOf(answered, '| Region Kronoberg | y |', 3));
    expect(JSON.stringify(hover?.contents)).toContain('Region Kronoberg');
  });
});
