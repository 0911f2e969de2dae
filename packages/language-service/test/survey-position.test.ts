import { describe, expect, it } from 'vitest';
import { InMemoryWorkspace, positionOf, serviceOver } from './in-memory-workspace.js';
import { EXAMPLE_SURVEY, EXAMPLE_URI, SMALL_SURVEY } from './surveys.js';

const URI = 'file:///w/small.survey.md';

describe('getSurveyPosition', () => {
  it("in an answer: the question, its part, and the answering organisation's roster name", async () => {
    const service = serviceOver(new InMemoryWorkspace({ [EXAMPLE_URI]: EXAMPLE_SURVEY }));
    const position = positionOf(EXAMPLE_SURVEY, 'Svag.', 2);
    expect(await service.getSurveyPosition(EXAMPLE_URI, position)).toEqual({
      question: { number: 2, text: 'Hur ser kopplingen ut mellan er RUS och er VP?', part: 'Del ett: RUSen som styrinstrument' },
      organisation: 'Region Västernorrland',
    });
  });

  it('names the organisation by its roster name however the answer writes it', async () => {
    const text = SMALL_SURVEY.replace('| Region Kronoberg | Genom VP. |', '| region  KRONOBERG | Genom VP. |');
    const service = serviceOver(new InMemoryWorkspace({ [URI]: text }));
    expect((await service.getSurveyPosition(URI, positionOf(text, 'Genom VP.', 2)))?.organisation).toBe('Region Kronoberg');
  });

  it('on a question heading: the question and no organisation', async () => {
    const service = serviceOver(new InMemoryWorkspace({ [URI]: SMALL_SURVEY }));
    expect(await service.getSurveyPosition(URI, positionOf(SMALL_SURVEY, '### 2.', 8))).toEqual({
      question: { number: 2, text: 'Hur följs RUS upp?', part: 'Del ett' },
      organisation: null,
    });
  });

  it('on a front-matter roster entry: the organisation and no question', async () => {
    const service = serviceOver(new InMemoryWorkspace({ [URI]: SMALL_SURVEY }));
    expect(await service.getSurveyPosition(URI, positionOf(SMALL_SURVEY, '  - Region Blekinge', 6))).toEqual({ question: null, organisation: 'Region Blekinge' });
  });

  it('answers null for a document that is not a survey', async () => {
    const service = serviceOver(new InMemoryWorkspace({ 'file:///w/notes.md': '# Notes\n\n### 1. Q\n\n| A | B |\n| --- | --- |\n| Region Skåne | x |\n' }));
    expect(await service.getSurveyPosition('file:///w/notes.md', { line: 6, character: 3 })).toBeNull();
  });
});
