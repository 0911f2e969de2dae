import { describe, expect, it } from 'vitest';
import { buildSurvey, compareMatrix, countWords } from '../src/index.js';
import { exampleSurvey } from './test-files.js';

const example = buildSurvey(exampleSurvey());

const regionFile = (organisation: string, answers: Record<number, string>) =>
  buildSurvey(`# Enkät

> Tänk på att.

## Del

${Object.entries(answers)
  .map(([number, text]) => `### ${number}. Fråga ${number}?\n\n| Organisation | Svar |\n| --- | --- |\n| ${organisation} | ${text} |\n`)
  .join('\n')}`);

describe('compareMatrix', () => {
  it('puts the example\'s 9 questions against its 10 organisations', () => {
    const matrix = compareMatrix([{ uri: 'file:///example.survey.md', survey: example }]);
    expect(matrix.rows.map((row) => row.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(matrix.organisations).toHaveLength(10);
    expect(matrix.organisations[0]).toBe('Region Blekinge');
    expect(matrix.totals).toEqual({ cells: 90, answered: 78, noAnswer: 0, empty: 0, missing: 12 });
    expect(matrix.rows.map((row) => row.answered)).toEqual([10, 10, 10, 8, 10, 6, 8, 9, 7]);
    expect(matrix.answeredByOrganisation.reduce((a, b) => a + b, 0)).toBe(78);
    expect(matrix.rows[0]!.part).toBe('Del ett: RUSen som styrinstrument');
  });

  it('gives each cell its status, text, word count and the answer\'s location', () => {
    const matrix = compareMatrix([{ uri: 'file:///example.survey.md', survey: example }]);
    const q9 = matrix.rows[8]!;
    const vasterbotten = q9.cells.find((cell) => cell.organisation === 'Region Västerbotten')!;
    expect(vasterbotten).toMatchObject({ status: 'answered', text: 'Nej.', words: 1 });
    expect(vasterbotten.location?.uri).toBe('file:///example.survey.md');
    const line = exampleSurvey().split('\n')[vasterbotten.location!.range.start.line - 1];
    expect(line).toBe('| Region Västerbotten | Nej. |');
    const esf = q9.cells.find((cell) => cell.organisation === 'Svenska ESF-rådet')!;
    expect(esf).toEqual({ organisation: 'Svenska ESF-rådet', status: 'missing', text: '', words: 0, location: null });
  });

  it('filters organisations (by name or alias, in the given order) and questions', () => {
    const matrix = compareMatrix([{ uri: 'a', survey: example }], { organisations: ['region skåne', 'Region Blekinge', 'Nobody'], questions: [4, 9] });
    expect(matrix.organisations).toEqual(['Region Skåne', 'Region Blekinge']);
    expect(matrix.rows.map((row) => [row.number, row.cells.map((cell) => cell.status)])).toEqual([
      [4, ['answered', 'answered']],
      [9, ['answered', 'answered']],
    ]);
  });

  it('lines up several regions\' files by question number', () => {
    const matrix = compareMatrix([
      { uri: 'blekinge.md', survey: regionFile('Region Blekinge', { 1: 'Ja, mycket.', 2: 'Inget svar' }) },
      { uri: 'skane.md', survey: regionFile('Region Skåne', { 2: 'Nej.', 3: '-' }) },
    ]);
    expect(matrix.organisations).toEqual(['Region Blekinge', 'Region Skåne']);
    expect(matrix.rows.map((row) => [row.number, ...row.cells.map((cell) => cell.status)])).toEqual([
      [1, 'answered', 'missing'],
      [2, 'no-answer', 'answered'],
      [3, 'missing', 'placeholder'],
    ]);
    expect(matrix.rows[1]!.cells[1]!.location?.uri).toBe('skane.md');
  });

  it('counts words as a reader does', () => {
    expect(countWords('<p>Två ord.</p> <p>Och tre till</p>')).toBe(5);
    expect(countWords('*Inget* | svar<br>här - 2030')).toBe(4);
  });
});

describe('questionCoverage', () => {
  it('says who answered a question, who is missing and who left it empty, by roster name', async () => {
    const { createOrganisationMatcher, questionCoverage, resolveRoster } = await import('../src/index.js');
    const survey = buildSurvey(`---
organisations:
  - Region Blekinge
  - name: Stockholms läns landsting
    aliases: [SLL]
  - Region Gotland
  - Region Skåne
---
# E

> N.

## Del

### 1. F?

| Organisation | Svar |
| --- | --- |
| SLL | Ja. |
| Region Skåne | TBD |
| Region Blekinge | Inget svar |
`);
    const roster = resolveRoster(survey);
    const question = survey.parts[0]!.questions[0]!;
    expect(questionCoverage(question, roster, createOrganisationMatcher(roster))).toEqual({
      answered: ['Stockholms läns landsting'],
      missing: ['Region Gotland'],
      unanswered: ['Region Blekinge', 'Region Skåne'],
      total: 4,
    });
  });
});
