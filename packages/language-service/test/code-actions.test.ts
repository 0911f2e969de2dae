import { describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { FIX_ALL_KIND, type SurveyLanguageService } from '../src/index.js';
import { InMemoryWorkspace, serviceOver } from './in-memory-workspace.js';
import { SMALL_SURVEY } from './surveys.js';

const URI = 'file:///w/small.survey.md';
const OPTIONS = { showsDocuments: false, resolvesEdits: false };

async function diagnosticsOf(service: SurveyLanguageService): Promise<Diagnostic[]> {
  return (await service.getDiagnostics(URI))!.diagnostics;
}

/** The one replacement an action's edit makes, applied to the text. */
function applied(text: string, action: CodeAction): string {
  const [edit] = action.edit!.changes![URI]!;
  const offset = (position: { line: number; character: number }) => text.split('\n').slice(0, position.line).join('\n').length + (position.line > 0 ? 1 : 0) + position.character;
  return text.slice(0, offset(edit!.range.start)) + edit!.newText + text.slice(offset(edit!.range.end));
}

describe('getCodeActions', () => {
  it('offers "Add all missing organisations" for the findings RUS002 groups by question, and its edit adds every row', async () => {
    const service = serviceOver(new InMemoryWorkspace({ [URI]: SMALL_SURVEY }));
    const diagnostics = await diagnosticsOf(service);
    const missing = diagnostics.filter((d) => d.code === 'RUS002');
    expect(missing.map((d) => d.message)).toEqual([
      'missing-organisation: Region Skåne has no answer to question 2.',
      'missing-organisation: Region Kronoberg has no answer to question 2.',
    ]);
    const actions = await service.getCodeActions(URI, { diagnostics: missing }, OPTIONS);
    // One action for the group, however many of its findings the request names.
    const addAll = actions.filter((action) => action.title.startsWith('Add all missing'));
    expect(addAll.map((action) => action.title)).toEqual(['Add all missing organisations (2) to question 2']);
    expect(addAll[0]!.diagnostics).toEqual(missing);
    const fixed = applied(SMALL_SURVEY, addAll[0]!);
    expect(fixed).toContain('| Region Blekinge | Årligen. |');
    expect(fixed).toMatch(/\| Region Skåne \| *\|/);
    expect(fixed).toMatch(/\| Region Kronoberg \| *\|/);
    expect((await serviceOver(new InMemoryWorkspace({ [URI]: fixed })).getDiagnostics(URI))!.diagnostics.filter((d) => d.code === 'RUS002')).toEqual([]);
  });

  it('offers one group action per question, each fixing only its own question', async () => {
    const text = SMALL_SURVEY.replace('| Region Skåne | Genom budgeten. |\n| Region Kronoberg | Genom VP. |\n', '');
    const service = serviceOver(new InMemoryWorkspace({ [URI]: text }));
    const missing = (await diagnosticsOf(service)).filter((d) => d.code === 'RUS002');
    expect(missing).toHaveLength(4);
    const groups = (await service.getCodeActions(URI, { diagnostics: missing }, OPTIONS)).filter((action) => action.title.startsWith('Add all missing'));
    expect(groups.map((action) => [action.title, action.diagnostics?.length])).toEqual([
      ['Add all missing organisations (2) to question 1', 2],
      ['Add all missing organisations (2) to question 2', 2],
    ]);
    const fixed = applied(text, groups[0]!);
    expect(fixed.slice(0, fixed.indexOf('### 2.'))).toMatch(/\| Region Skåne \| *\|/);
    expect(fixed.slice(fixed.indexOf('### 2.'))).not.toMatch(/Region Skåne/);
  });

  it('offers no group action when a question misses only one organisation (the single fix does it)', async () => {
    const text = SMALL_SURVEY.replace('| Region Blekinge | Årligen. |', '| Region Blekinge | Årligen. |\n| Region Skåne | Vart tredje år. |');
    const service = serviceOver(new InMemoryWorkspace({ [URI]: text }));
    const missing = (await diagnosticsOf(service)).filter((d) => d.code === 'RUS002');
    expect(missing).toHaveLength(1);
    const titles = (await service.getCodeActions(URI, { diagnostics: missing }, OPTIONS)).map((action) => action.title);
    expect(titles).toContain('Fix this RUS002 missing-organisation problem: Add an empty answer for Region Kronoberg to question 2');
    expect(titles.filter((title) => title.startsWith('Add all missing'))).toEqual([]);
  });

  it('offers fix-all without its edit to a client that resolves, and computes the edit only on resolve', async () => {
    const service = serviceOver(new InMemoryWorkspace({ [URI]: SMALL_SURVEY }));
    const actions = await service.getCodeActions(URI, { diagnostics: [] }, { showsDocuments: false, resolvesEdits: true });
    const fixAll = actions.find((action) => action.kind === FIX_ALL_KIND);
    expect(fixAll).toBeDefined();
    expect(fixAll!.edit).toBeUndefined();
    const resolved = await service.resolveCodeAction(fixAll!);
    const fixed = applied(SMALL_SURVEY, resolved);
    expect(fixed).toMatch(/\| Region Skåne \| *\|/);
    expect(fixed).toMatch(/\| Region Kronoberg \| *\|/);
  });

  it('offers no fix-all to a lightbulb request from a client that cannot resolve (it is not asked for by kind)', async () => {
    const service = serviceOver(new InMemoryWorkspace({ [URI]: SMALL_SURVEY }));
    expect((await service.getCodeActions(URI, { diagnostics: [] }, OPTIONS)).map((action) => action.kind)).not.toContain(FIX_ALL_KIND);
    const asked = await service.getCodeActions(URI, { diagnostics: [], only: ['source.fixAll'] }, OPTIONS);
    expect(asked.map((action) => action.kind)).toEqual([FIX_ALL_KIND]);
    expect(asked[0]!.edit).toBeDefined();
  });
});
