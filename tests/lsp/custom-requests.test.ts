import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompareMatrixRequest, NavigateRequest, type NavigateDirection } from '@rus-survey/protocol';
import { EXAMPLE, LspClient, SMALL_SURVEY } from './lsp-client.js';

const exampleText = readFileSync(EXAMPLE, 'utf8');
const exampleLines = exampleText.split('\n');
const smallLines = SMALL_SURVEY.split('\n');

describe('custom requests', () => {
  let client: LspClient;
  let example: string;
  let small: string;
  beforeAll(async () => {
    client = await LspClient.start({ withExample: 'rus-natverket-2018.survey.md', files: { 'other/second.survey.md': SMALL_SURVEY } });
    example = await client.open('rus-natverket-2018.survey.md', exampleText, { writeToDisk: false });
    small = await client.open('small.survey.md', SMALL_SURVEY);
  });
  afterAll(() => client.stop());

  const go = (uri: string, line: number, direction: NavigateDirection, character = 2) =>
    client.connection.sendRequest(NavigateRequest, { textDocument: { uri }, position: { line, character }, direction });

  it('navigates to the next and previous organisation in a table, wrapping at the ends', async () => {
    const blekinge = exampleLines.indexOf(exampleLines.find((l) => l.startsWith('| Region Blekinge'))!);
    const next = await go(example, blekinge, 'nextOrganisation');
    expect(next).toEqual({ uri: example, range: expect.objectContaining({ start: { line: blekinge + 1, character: 0 } }) });
    const wrapped = await go(example, blekinge, 'previousOrganisation');
    expect(exampleLines[wrapped!.range.start.line]).toMatch(/^\| Region Västerbotten \|/);
  });

  it('navigates to the same organisation in the next question, skipping questions it did not answer', async () => {
    // Find an organisation that misses some question in the example (there are 12 RUS002).
    const skane = exampleLines.findIndex((l) => l.startsWith('| Region Skåne'));
    const next = await go(example, skane, 'nextQuestion');
    expect(exampleLines[next!.range.start.line]).toMatch(/^\| Region Skåne \|/);
    expect(next!.range.start.line).toBeGreaterThan(skane);
    // In the small survey Region Stockholm (SLL) answers only question 1: next wraps back to itself.
    const sll = smallLines.indexOf('| SLL | Nej. |');
    const self = await go(small, sll, 'nextQuestion');
    expect(self!.range.start.line).toBe(sll);
    // Region Gotland misses question 1: from question 2, previous and next both land on question 2.
    const gotland = smallLines.indexOf('#### Region Gotland');
    expect((await go(small, gotland + 2, 'previousQuestion'))!.range.start.line).toBe(gotland);
  });

  it('lands on the H4 heading in section form, and goes between organisations there', async () => {
    const skaneRow = smallLines.indexOf('| Region Skåne | Ja. |');
    const toSection = await go(small, skaneRow, 'nextQuestion');
    expect(toSection!.range.start).toEqual({ line: smallLines.indexOf('#### Region Skåne'), character: 0 });
    const toGotland = await go(small, smallLines.indexOf('Andra stycket.'), 'nextOrganisation');
    expect(toGotland!.range.start.line).toBe(smallLines.indexOf('#### Region Gotland'));
  });

  it('from a question heading, goes to its first answer', async () => {
    const heading = smallLines.indexOf('### 1. Första frågan?');
    const first = await go(small, heading, 'nextOrganisation');
    expect(first!.range.start.line).toBe(smallLines.indexOf('| Region Skåne | Ja. |'));
  });

  it('answers null for unknown documents and bad directions', async () => {
    expect(await go('file:///nowhere/x.survey.md', 0, 'nextQuestion')).toBeNull();
    expect(await go(small, 20, 'sideways' as NavigateDirection)).toBeNull();
  });

  it('returns core’s compare matrix over several surveys', async () => {
    const matrix = await client.connection.sendRequest(CompareMatrixRequest, { uris: [example, client.uri('other/second.survey.md')] });
    expect(matrix.rows).toHaveLength(9);
    expect(matrix.organisations).toContain('Region Skåne');
    expect(matrix.organisations).toContain('Region Gotland');
    const row1 = matrix.rows.find((row) => row.number === 1)!;
    const skane = row1.cells[matrix.organisations.indexOf('Region Skåne')]!;
    expect(skane.status).toBe('answered');
    expect(skane.location?.uri).toBe(example);

    const filtered = await client.connection.sendRequest(CompareMatrixRequest, { uris: [small], organisations: ['SLL'], questions: [2] });
    expect(filtered.organisations).toEqual(['Region Stockholm']);
    expect(filtered.rows.map((row) => row.cells.map((cell) => cell.status))).toEqual([['missing']]);
    const empty = await client.connection.sendRequest(CompareMatrixRequest, { uris: ['file:///nowhere.survey.md'] });
    expect(empty.rows).toEqual([]);
  });
});
