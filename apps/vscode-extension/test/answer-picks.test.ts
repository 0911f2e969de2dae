// "Go to Organisation's Answer…"'s list: the question the server names first, the organisation it names at the
// top of that question; everything else in document order. Expected orders are read off the example's text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareMatrix, parseSurvey } from '@rus-survey/core';
import type { CompareMatrix, SurveyPosition } from '@rus-survey/protocol';
import { answerPicks, rowOf } from '../src/views/answer-picks';

const text = readFileSync(fileURLToPath(new URL('../../../examples/rus-natverket-2018.survey.md', import.meta.url)), 'utf8');
const matrix: CompareMatrix = compareMatrix([{ uri: 'file:///work/example.survey.md', survey: parseSurvey(text).survey }]);
const lines = text.split('\n');
const headings = lines.filter((line) => line.startsWith('### ')).map((line) => line.slice(4));
/** Question 4 as the server names it: its heading's number and text, and the part above it. */
const question4 = { number: 4, text: headings[3]!.replace(/^4\. /, ''), part: 'Del ett: RUSen som styrinstrument' };
/** The organisations of question 4's rows, in the order the file writes them. */
const rowsOf4 = lines.slice(lines.findIndex((line) => line.startsWith('### 4.')), lines.findIndex((line) => line.startsWith('### 5.'))).flatMap((line) => /^\| (?!Organisation|---)([^|]+?) \|/.exec(line)?.[1] ?? []);

describe('answer picks', () => {
  it('without a position: every question in document order, each with every organisation', () => {
    const groups = answerPicks(matrix, null);
    expect(groups.map((group) => group.label)).toEqual(headings);
    expect(groups.every((group) => group.answers.length === 10)).toBe(true);
    expect(groups[0]!.answers[0]).toMatchObject({ organisation: 'Region Blekinge', label: '$(pass) Region Blekinge', description: '1 · answered' });
  });

  it('on a question: that question first, the others after it in document order', () => {
    const groups = answerPicks(matrix, { question: question4, organisation: null });
    expect(groups.map((group) => group.label)).toEqual([headings[3], ...headings.filter((_, index) => index !== 3)]);
    expect(groups[0]!.answers.filter((answer) => rowsOf4.includes(answer.organisation)).map((answer) => answer.organisation)).toEqual(rowsOf4);
  });

  it("in an organisation's answer: that answer at the top of its question, the rest in order", () => {
    const at: SurveyPosition = { question: question4, organisation: 'Region Skåne' };
    const [first, second] = answerPicks(matrix, at);
    expect(first!.answers[0]).toMatchObject({ organisation: 'Region Skåne', description: '4 · answered' });
    expect(first!.answers[0]!.location!.range.start.line).toBe(lines.findIndex((line, index) => index > lines.findIndex((l) => l.startsWith('### 4.')) && line.startsWith('| Region Skåne')) + 1);
    expect(first!.answers.slice(1).map((answer) => answer.organisation)).toEqual(answerPicks(matrix, null)[3]!.answers.map((answer) => answer.organisation).filter((name) => name !== 'Region Skåne'));
    // Only the current question moves its organisation up.
    expect(second!.answers[0]!.organisation).toBe('Region Blekinge');
  });

  it('a missing answer is offered without a location, marked missing', () => {
    const missing = answerPicks(matrix, null).flatMap((group) => group.answers).filter((answer) => answer.description.endsWith('missing'));
    expect(missing).toHaveLength(12);
    expect(missing.every((answer) => answer.location === undefined && answer.label.startsWith('$(error) '))).toBe(true);
  });

  it('a question the matrix does not have (another text) changes nothing', () => {
    expect(rowOf(matrix, { ...question4, text: 'Something else?' })).toBe(-1);
    expect(answerPicks(matrix, { question: { ...question4, text: 'Something else?' }, organisation: 'Region Skåne' })).toEqual(answerPicks(matrix, null));
    expect(rowOf(matrix, null)).toBe(-1);
  });
});
