import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compareMatrix, parseSurvey, type CompareMatrix } from '@rus-survey/core';

const EXAMPLE = fileURLToPath(new URL('../../../examples/rus-natverket-2018.survey.md', import.meta.url));

/** The checked-in example: 9 questions × 10 organisations, 78 answered, 12 missing. */
export function exampleMatrix(): CompareMatrix {
  return compareMatrix([{ uri: 'rus-natverket-2018.survey.md', survey: parseSurvey(readFileSync(EXAMPLE, 'utf8')).survey }]);
}

export const XSS_IMG = '<img src=x onerror=alert(1)>';
export const XSS_SCRIPT = '</script><script>alert(1)</script>';

/** A small matrix whose answers are hostile markup. */
export function maliciousMatrix(): CompareMatrix {
  const location = (line: number) => ({
    uri: 'evil.survey.md',
    range: { start: { line, column: 1, offset: 0 }, end: { line, column: 10, offset: 9 } },
  });
  return {
    title: `Evil ${XSS_SCRIPT}`,
    organisations: ['Region <b>Bold</b>', 'Region B'],
    rows: [
      {
        number: 1,
        text: `Question ${XSS_IMG}`,
        part: 'Part <i>one</i>',
        cells: [
          { organisation: 'Region <b>Bold</b>', status: 'answered', text: `Hello ${XSS_IMG} world`, words: 3, location: location(10) },
          { organisation: 'Region B', status: 'answered', text: `${XSS_SCRIPT}<br>line two \u2028 & more`, words: 4, location: location(11) },
        ],
        answered: 2,
      },
    ],
    answeredByOrganisation: [1, 1],
    totals: { cells: 2, answered: 2, noAnswer: 0, empty: 0, missing: 0 },
    coverage: {
      questions: [{ cells: 2, answered: 2, noAnswer: 0, empty: 0, missing: 0, words: 7 }],
      organisations: [
        { cells: 1, answered: 1, noAnswer: 0, empty: 0, missing: 0, words: 3 },
        { cells: 1, answered: 1, noAnswer: 0, empty: 0, missing: 0, words: 4 },
      ],
      parts: [{ title: 'Part <i>one</i>', rows: [0], cells: 2, answered: 2, noAnswer: 0, empty: 0, missing: 0, words: 7 }],
      totals: { cells: 2, answered: 2, noAnswer: 0, empty: 0, missing: 0, words: 7 },
    },
  };
}
