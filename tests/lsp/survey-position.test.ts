// rusSurvey/position over stdio: the question and organisation at a cursor, as "Go to organisation's answer…"
// asks for them. Expected values are read off the survey texts, not computed by the server's helpers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SurveyPositionRequest } from '@rus-survey/protocol';
import { LspClient, SMALL_SURVEY } from './lsp-client.js';

const lines = SMALL_SURVEY.split('\n');
const lineOf = (text: string): number => {
  const index = lines.indexOf(text);
  if (index < 0) throw new Error(`no line ${text}`);
  return index;
};

describe('rusSurvey/position', () => {
  let client: LspClient;
  let small: string;
  let notSurvey: string;
  beforeAll(async () => {
    client = await LspClient.start();
    small = await client.open('small.survey.md', SMALL_SURVEY);
    notSurvey = await client.open('notes.md', '# Notes\n\nJust notes.\n');
  });
  afterAll(() => client.stop());

  const at = (uri: string, line: number, character = 2) => client.connection.sendRequest(SurveyPositionRequest, { textDocument: { uri }, position: { line, character } });
  const first = { number: 1, text: 'Första frågan?', part: 'Del ett' };
  const second = { number: 2, text: 'Andra frågan?', part: 'Del ett' };

  it('names the question of a heading and of an answer row, and the row’s organisation by its roster name', async () => {
    expect(await at(small, lineOf('### 1. Första frågan?'))).toEqual({ question: first, organisation: null });
    expect(await at(small, lineOf('| Region Skåne | Ja. |'), 18)).toEqual({ question: first, organisation: 'Region Skåne' });
    // Written as the alias SLL: the roster's name comes back.
    expect(await at(small, lineOf('| SLL | Nej. |'))).toEqual({ question: first, organisation: 'Region Stockholm' });
  });

  it('in section form, the organisation of the H4 and of the paragraphs under it', async () => {
    expect(await at(small, lineOf('### 2. Andra frågan?'), 0)).toEqual({ question: second, organisation: null });
    expect(await at(small, lineOf('Andra stycket.'))).toEqual({ question: second, organisation: 'Region Skåne' });
    expect(await at(small, lineOf('Kanske.'))).toEqual({ question: second, organisation: 'Region Gotland' });
  });

  it('no question before the first one; a roster entry in the front matter is an organisation', async () => {
    expect(await at(small, lineOf('# Liten enkät'))).toEqual({ question: null, organisation: null });
    expect(await at(small, lineOf('  - Region Gotland'), 6)).toEqual({ question: null, organisation: 'Region Gotland' });
  });

  it('answers null for what is not a survey and for a bad position', async () => {
    expect(await at(notSurvey, 0)).toBeNull();
    expect(await at('file:///nowhere/x.survey.md', 0)).toBeNull();
    expect(await at(small, -1)).toBeNull();
  });
});
