import { describe, expect, it } from 'vitest';
import type { DocumentSymbol, SymbolInformation } from 'vscode-languageserver-types';
import { InMemoryWorkspace, serviceOver } from './in-memory-workspace.js';
import { SMALL_SURVEY } from './surveys.js';

const URI = 'file:///w/small.survey.md';

describe('getDocumentSymbols', () => {
  it("is title › part › question › each roster organisation's answer, with the missing ones marked", async () => {
    const service = serviceOver(new InMemoryWorkspace({ [URI]: SMALL_SURVEY }));
    const [title] = (await service.getDocumentSymbols(URI, { hierarchical: true })) as DocumentSymbol[];
    expect(title?.name).toBe('Enkät');
    const [part] = title!.children!;
    expect(part?.name).toBe('Del ett');
    expect(part!.children!.map((question) => question.name)).toEqual(['1. Hur styr RUS?', '2. Hur följs RUS upp?']);
    const second = part!.children![1]!;
    expect(second.children!.map((answer) => [answer.name, answer.detail])).toEqual([
      ['Region Blekinge', ''],
      ['Region Skåne', 'missing'],
      ['Region Kronoberg', 'missing'],
    ]);
  });

  it('flattens the same tree with container names for clients without hierarchical symbols', async () => {
    const service = serviceOver(new InMemoryWorkspace({ [URI]: SMALL_SURVEY }));
    const flat = (await service.getDocumentSymbols(URI, { hierarchical: false })) as SymbolInformation[];
    expect(flat.filter((symbol) => symbol.containerName === '2. Hur följs RUS upp?').map((symbol) => symbol.name)).toEqual(['Region Blekinge', 'Region Skåne', 'Region Kronoberg']);
    expect(flat.every((symbol) => symbol.location.uri === URI)).toBe(true);
  });

  it('past 2,000 answers (a national survey) lists questions with their coverage instead of every answer', async () => {
    // 60 organisations × 40 questions = 2,400 answers, one of them missing from question 1.
    const names = Array.from({ length: 60 }, (_, i) => `Kommun ${i + 1}`);
    const questions = Array.from({ length: 40 }, (_, q) => {
      const rows = names.filter((_, i) => q > 0 || i > 0).map((name) => `| ${name} | Svar. |`);
      return `### ${q + 1}. Fråga ${q + 1}?\n\n| Organisation | Svar |\n| --- | --- |\n${rows.join('\n')}\n`;
    });
    const roster = names.map((name) => `  - ${name}`).join('\n');
    const text = `---\nrus-survey: true\norganisations:\n${roster}\n---\n\n# Stor enkät\n\n## Del ett\n\n${questions.join('\n')}`;
    const service = serviceOver(new InMemoryWorkspace({ [URI]: text }));
    const [title] = (await service.getDocumentSymbols(URI, { hierarchical: true })) as DocumentSymbol[];
    const listed = title!.children![0]!.children!;
    expect(listed).toHaveLength(40);
    expect(listed.every((question) => question.children!.length === 0)).toBe(true);
    expect(listed[0]!.detail).toBe('59/60 answered (answers not listed: over 2000 in this survey)');
    expect(listed[1]!.detail).toBe('60/60 answered (answers not listed: over 2000 in this survey)');
  });
});

