import { describe, expect, it } from 'vitest';
import { InMemoryWorkspace, positionOf, serviceOver } from './in-memory-workspace.js';
import { EXAMPLE_SURVEY, EXAMPLE_URI, SMALL_SURVEY } from './surveys.js';

const URI = 'file:///w/small.survey.md';

describe('getHover', () => {
  it('on a question heading: how many answered and who is missing', async () => {
    const workspace = new InMemoryWorkspace({ [URI]: SMALL_SURVEY });
    const hover = await serviceOver(workspace).getHover(URI, positionOf(SMALL_SURVEY, '### 2.', 5));
    expect(hover?.contents).toEqual({ kind: 'markdown', value: '**Question 2**: answered 1/3\n\nMissing: Region Skåne, Region Kronoberg' });
    expect(hover?.range).toEqual({ start: { line: 20, character: 0 }, end: { line: 20, character: 25 } });
  });

  it('on an organisation: how many questions it answered and which it did not', async () => {
    const workspace = new InMemoryWorkspace({ [URI]: SMALL_SURVEY });
    const hover = await serviceOver(workspace).getHover(URI, positionOf(SMALL_SURVEY, '| Region Kronoberg |', 4));
    expect(hover?.contents).toEqual({ kind: 'markdown', value: '**Region Kronoberg**: answered 1/2 questions\n\nMissing: 2' });
  });

  it('speaks Swedish when the settings say so', async () => {
    const workspace = new InMemoryWorkspace({ [URI]: SMALL_SURVEY });
    workspace.setSettings({ locale: 'sv' });
    const hover = await serviceOver(workspace).getHover(URI, positionOf(SMALL_SURVEY, '### 2.', 5));
    expect(hover?.contents).toEqual({ kind: 'markdown', value: '**Fråga 2**: 1/3 har svarat\n\nSaknas: Region Skåne, Region Kronoberg' });
  });

  it('on the example survey: every one of the ten organisations answered question 1', async () => {
    const workspace = new InMemoryWorkspace({ [EXAMPLE_URI]: EXAMPLE_SURVEY });
    const hover = await serviceOver(workspace).getHover(EXAMPLE_URI, positionOf(EXAMPLE_SURVEY, '### 1.', 4));
    expect(hover?.contents).toEqual({ kind: 'markdown', value: '**Question 1**: answered 10/10' });
  });

  it('answers null outside questions and organisations, and for a document that is not a survey', async () => {
    const workspace = new InMemoryWorkspace({ [URI]: SMALL_SURVEY, 'file:///w/notes.md': '# Notes\n\n### 1. Not a survey\n' });
    const service = serviceOver(workspace);
    expect(await service.getHover(URI, positionOf(SMALL_SURVEY, '# Enkät', 2))).toBeNull();
    expect(await service.getHover('file:///w/notes.md', { line: 2, character: 4 })).toBeNull();
  });
});
