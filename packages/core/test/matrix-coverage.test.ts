import { describe, expect, it } from 'vitest';
import { buildSurvey, compareMatrix, CompareMatrixSchema } from '../src/index.js';

// Three organisations, three questions in two parts; every status appears. The expected numbers below were
// counted by hand from this text, cell by cell (see the comment at each row).
const SMALL = `---
organisations:
  - Region A
  - Region B
  - Region C
---
# Enkät

> Tänk på att.

## Del ett

### 1. Fråga ett?

| Organisation | Svar |
| --- | --- |
| Region A | Ja, vi gör det. |
| Region B | Inget svar |
| Region C | - |

### 2. Fråga två?

| Organisation | Svar |
| --- | --- |
| Region A | Nej. |
| Region B |  |

## Del två

### 3. Fråga tre?

| Organisation | Svar |
| --- | --- |
| Region B | Två ord. |
| Region C | Tre ord här. |
`;

const counts = (cells: number, answered: number, noAnswer: number, empty: number, missing: number, words: number) => ({ cells, answered, noAnswer, empty, missing, words });

describe('the compare matrix\'s coverage', () => {
  const matrix = compareMatrix([{ uri: 'small.survey.md', survey: buildSurvey(SMALL) }]);

  it('counts each question: answered, no answer, empty or placeholder, missing, words', () => {
    expect(matrix.organisations).toEqual(['Region A', 'Region B', 'Region C']);
    expect(matrix.coverage.questions).toEqual([
      counts(3, 1, 1, 1, 0, 4), // 1: A answered (4 words), B "Inget svar", C "-" a placeholder
      counts(3, 1, 0, 1, 1, 1), // 2: A answered (1 word), B empty, C missing
      counts(3, 2, 0, 0, 1, 5), // 3: B answered (2 words), C answered (3 words), A missing
    ]);
  });

  it('counts each organisation, in column order', () => {
    expect(matrix.coverage.organisations).toEqual([
      counts(3, 2, 0, 0, 1, 5), // A: answered 1 and 2 (4 + 1 words), missing 3
      counts(3, 1, 1, 1, 0, 2), // B: no answer to 1, empty 2, answered 3 (2 words)
      counts(3, 1, 0, 1, 1, 3), // C: placeholder 1, missing 2, answered 3 (3 words)
    ]);
  });

  it('counts each part, with its rows, in the order the parts appear', () => {
    expect(matrix.coverage.parts).toEqual([
      { title: 'Del ett', rows: [0, 1], ...counts(6, 2, 1, 2, 1, 5) },
      { title: 'Del två', rows: [2], ...counts(3, 2, 0, 0, 1, 5) },
    ]);
  });

  it('counts the totals, and the older summary fields agree with them', () => {
    expect(matrix.coverage.totals).toEqual(counts(9, 4, 1, 2, 2, 10));
    expect(matrix.totals).toEqual({ cells: 9, answered: 4, noAnswer: 1, empty: 2, missing: 2 });
    expect(matrix.answeredByOrganisation).toEqual([2, 1, 1]);
    expect(matrix.rows.map((row) => row.answered)).toEqual([1, 1, 2]);
  });

  it('counts only the organisations and questions asked for', () => {
    const filtered = compareMatrix([{ uri: 'small.survey.md', survey: buildSurvey(SMALL) }], { organisations: ['Region C', 'Region A'], questions: [2, 3] });
    expect(filtered.coverage.organisations).toEqual([
      counts(2, 1, 0, 0, 1, 3), // C: missing 2, answered 3
      counts(2, 1, 0, 0, 1, 1), // A: answered 2, missing 3
    ]);
    expect(filtered.coverage.parts.map((part) => [part.title, part.rows, part.cells, part.answered])).toEqual([
      ['Del ett', [0], 2, 1],
      ['Del två', [1], 2, 1],
    ]);
    expect(filtered.coverage.totals).toEqual(counts(4, 2, 0, 0, 2, 4));
  });

  it('fits the schema the JSON output and the protocol are typed by', () => {
    expect(CompareMatrixSchema.parse(matrix)).toEqual(matrix);
  });
});
