import { applyFixes, createLineIndex } from '@rus-survey/core';
import type { TextEdit } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import { RenameRefusedError } from '../src/index.js';
import { InMemoryWorkspace, positionOf, serviceOver } from './in-memory-workspace.js';
import { CONFIG_ROSTER_SURVEY, CONFIG_YAML } from './surveys.js';

const A = 'file:///w/enkater/a.survey.md';
const B = 'file:///w/enkater/b.survey.md';
const CONFIG_URI = 'file:///w/.rus-survey.yaml';

/** Applies LSP edits to a text (through core, which takes offsets). */
function applied(text: string, edits: readonly TextEdit[]): string {
  const lines = createLineIndex(text);
  const toCore = (edit: TextEdit) => {
    const start = lines.offsetAt(edit.range.start.line + 1, edit.range.start.character + 1);
    const end = lines.offsetAt(edit.range.end.line + 1, edit.range.end.character + 1);
    return { range: lines.range(start, end), newText: edit.newText };
  };
  return applyFixes(text, [{ fix: { title: '', edits: edits.map(toCore) } }]);
}

describe('prepareRename and getRenameEdit', () => {
  it('renames the organisation in every survey of the workspace and in the config roster, as one edit', async () => {
    const other = CONFIG_ROSTER_SURVEY.replace('Genom budgeten.', 'Via RUS-forum.');
    const workspace = new InMemoryWorkspace({ [A]: CONFIG_ROSTER_SURVEY, [B]: other, [CONFIG_URI]: CONFIG_YAML });
    const service = serviceOver(workspace);
    const position = positionOf(CONFIG_ROSTER_SURVEY, '| Region Skåne |', 4);
    expect(await service.prepareRename(A, position)).toEqual({ range: { start: { line: 12, character: 2 }, end: { line: 12, character: 14 } }, placeholder: 'Region Skåne' });

    const edit = await service.getRenameEdit(A, position, 'Region Skåne län');
    expect(Object.keys(edit?.changes ?? {}).sort()).toEqual([CONFIG_URI, A, B].sort());
    expect(applied(CONFIG_ROSTER_SURVEY, edit!.changes![A]!)).toBe(CONFIG_ROSTER_SURVEY.replace('| Region Skåne |', '| Region Skåne län |'));
    expect(applied(other, edit!.changes![B]!)).toBe(other.replace('| Region Skåne |', '| Region Skåne län |'));
    expect(applied(CONFIG_YAML, edit!.changes![CONFIG_URI]!)).toBe(CONFIG_YAML.replace('- Region Skåne', '- Region Skåne län'));
  });

  it('refuses a rename that would merge two organisations, with the reason, and renames nothing', async () => {
    const workspace = new InMemoryWorkspace({ [A]: CONFIG_ROSTER_SURVEY, [CONFIG_URI]: CONFIG_YAML });
    const rename = serviceOver(workspace).getRenameEdit(A, positionOf(CONFIG_ROSTER_SURVEY, '| Region Skåne |', 4), 'Region Kronoberg');
    await expect(rename).rejects.toBeInstanceOf(RenameRefusedError);
    await expect(rename).rejects.toMatchObject({ problem: { kind: 'merge', name: 'Region Kronoberg' } });
    await expect(rename).rejects.toThrow(/Region Kronoberg/);
  });

  it('refuses a name that cannot stand in a table cell', async () => {
    const workspace = new InMemoryWorkspace({ [A]: CONFIG_ROSTER_SURVEY, [CONFIG_URI]: CONFIG_YAML });
    const rename = serviceOver(workspace).getRenameEdit(A, positionOf(CONFIG_ROSTER_SURVEY, '| Region Skåne |', 4), 'Region | Skåne');
    await expect(rename).rejects.toBeInstanceOf(RenameRefusedError);
    await expect(rename).rejects.toMatchObject({ problem: { kind: 'pipe' } });
  });
});
