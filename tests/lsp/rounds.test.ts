import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnswerInRoundRequest, RoundsRequest } from '@rus-survey/protocol';
import { EXAMPLE, LspClient, SMALL_SURVEY } from './lsp-client.js';

const y2018 = readFileSync(EXAMPLE, 'utf8');
/** The seed a year on: Blekinge's first answer rewritten, SLL under its new name. */
const y2019 = y2018
  .replace('date: 2018-04-24', 'date: 2019-04-10')
  .replace('möte 24 april 2018', 'möte 10 april 2019')
  .replace('| Region Blekinge | Den styr prioriteringar av aktiviteter och finansieringar. |', '| Region Blekinge | Den styr prioriteringar av aktiviteter, projekt och finansieringar. |')
  .replaceAll('Stockholms läns landsting', 'Region Stockholm');

describe('rounds over LSP', () => {
  let client: LspClient;
  let current: string;
  beforeAll(async () => {
    // 2018 on disk only, 2019 open in the editor, and an unrelated survey that must not count as a round.
    client = await LspClient.start({ files: { '2018/enkat.survey.md': y2018, 'annan/other.survey.md': SMALL_SURVEY } });
    current = await client.open('2019/enkat.survey.md', y2019);
  });
  afterAll(() => client.stop());

  it('compares the document with its other rounds in the workspace, oldest first, and leaves other surveys out', async () => {
    const comparison = await client.connection.sendRequest(RoundsRequest, { uri: current });
    expect(comparison!.rounds.map((round) => [round.label, round.uri])).toEqual([
      ['2018-04', client.uri('2018/enkat.survey.md')],
      ['2019-04', current],
    ]);
    expect(comparison!.summary.answerChanges).toEqual([{ new: 0, removed: 0, edited: 1, unchanged: 77 }]);
  });

  it('shows an organisation’s answer in the previous round, under its earlier name', async () => {
    const lines = y2019.split('\n');
    const line = lines.findIndex((l) => l.startsWith('| Region Stockholm | RUFS: Ganska svagt'));
    const found = await client.connection.sendRequest(AnswerInRoundRequest, { textDocument: { uri: current }, position: { line, character: 4 } });
    expect(found).toMatchObject({ organisation: 'Region Stockholm', round: '2018-04', question: { number: 3 } });
    expect(found!.answer!.writtenAs).toBe('Stockholms läns landsting');
    const previousLine = y2018.split('\n').findIndex((l) => l.startsWith('| Stockholms läns landsting | RUFS: Ganska svagt'));
    expect(found!.location).toEqual({ uri: client.uri('2018/enkat.survey.md'), range: { start: { line: previousLine, character: 0 }, end: expect.anything() } });
  });

  it('answers null outside an answer and where there is no earlier round', async () => {
    const heading = y2019.split('\n').findIndex((l) => l.startsWith('## Del ett'));
    expect(await client.connection.sendRequest(AnswerInRoundRequest, { textDocument: { uri: current }, position: { line: heading, character: 0 } })).toBeNull();
    const blekinge = y2018.split('\n').findIndex((l) => l.startsWith('| Region Blekinge'));
    const old = client.uri('2018/enkat.survey.md');
    expect(await client.connection.sendRequest(AnswerInRoundRequest, { textDocument: { uri: old }, position: { line: blekinge, character: 3 } })).toBeNull();
    expect(await client.connection.sendRequest(AnswerInRoundRequest, { textDocument: { uri: old }, position: { line: blekinge, character: 3 }, step: 1 })).toMatchObject({
      round: '2019-04',
      answer: { text: 'Den styr prioriteringar av aktiviteter, projekt och finansieringar.' },
    });
  });

  it('follows the open document’s unsaved edits', async () => {
    await client.change(current, [{ text: y2019.replace('Region Stockholm | RUFS: Ganska svagt', 'Region Stockholm | RUFS: Starkare nu') }]);
    const comparison = await client.connection.sendRequest(RoundsRequest, { uri: current });
    expect(comparison!.summary.answerChanges).toEqual([{ new: 0, removed: 0, edited: 2, unchanged: 76 }]);
  });
});
