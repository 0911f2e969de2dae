import { describe, expect, it } from 'vitest';
import { buildSurvey, createLineIndex } from '../src/index.js';
import { collectSpansAndRanges } from './model-walk.js';
import { exampleSurvey } from './test-files.js';

const sectionForm = `---
rus-survey: true
organisations:
  - Region Blekinge
  - name: Region Skåne
    aliases: [Skåne]
---
# Enkät\r
\r
Intro text.\r
\r
> Tänk på att detta är ett diskussionsunderlag.\r
\r
## Del ett\r
\r
### 1. Hur går det?\r
\r
Lead paragraph.\r
\r
#### Region Blekinge\r
\r
Bra, *tack*.\r
\r
Second paragraph <p>with html</p>.\r
\r
#### Skåne\r
\r
Inget svar\r
\r
### 2. Och sen?\r
\r
| Organisation | 2. Och sen? |\r
| --- | --- |\r
| Region Blekinge | a \\| b |\r
|  | continued |\r
| ----- | -- |\r
`;

describe('source ranges', () => {
  for (const [name, text] of [
    ['the example survey', exampleSurvey()],
    ['a section-form survey with CRLF line ends', sectionForm],
  ] as const) {
    it(`slicing ${name} at a node's range gives its text`, () => {
      const survey = buildSurvey(text);
      const { spans } = collectSpansAndRanges(survey);
      expect(spans.length).toBeGreaterThan(10);
      for (const span of spans) expect(text.slice(span.range.start.offset, span.range.end.offset), span.path).toBe(span.text);
    });

    it(`every range of ${name} lies inside the text with consistent lines and columns`, () => {
      const survey = buildSurvey(text);
      const lines = createLineIndex(text);
      for (const { path, range } of collectSpansAndRanges(survey).ranges) {
        expect(range.start.offset, path).toBeGreaterThanOrEqual(0);
        expect(range.end.offset, path).toBeLessThanOrEqual(text.length);
        expect(range.start.offset, path).toBeLessThanOrEqual(range.end.offset);
        expect(lines.position(range.start.offset), path).toEqual(range.start);
        expect(lines.position(range.end.offset), path).toEqual(range.end);
      }
    });
  }

  it('a question\'s and an answer\'s range covers all of their spans', () => {
    for (const text of [exampleSurvey(), sectionForm]) {
      for (const question of buildSurvey(text).parts.flatMap((part) => part.questions)) {
        for (const { path, range } of collectSpansAndRanges(question).ranges) {
          expect(range.start.offset, path).toBeGreaterThanOrEqual(question.range.start.offset);
          expect(range.end.offset, path).toBeLessThanOrEqual(question.range.end.offset);
        }
        for (const answer of question.answers) {
          for (const { path, range } of collectSpansAndRanges(answer).ranges) {
            expect(range.start.offset, path).toBeGreaterThanOrEqual(answer.range.start.offset);
            expect(range.end.offset, path).toBeLessThanOrEqual(answer.range.end.offset);
          }
        }
      }
    }
  });

  it('counts offsets in the file when it starts with a byte order mark', () => {
    // micromark drops the BOM and counts without it; found by the fix property (renumbering ran off by one).
    const text = `\uFEFF${exampleSurvey()}`;
    const survey = buildSurvey(text);
    expect(survey.parts.flatMap((part) => part.questions).map((question) => question.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const span of collectSpansAndRanges(survey).spans) expect(text.slice(span.range.start.offset, span.range.end.offset)).toBe(span.text);
    expect(survey.titleHeading?.text).toBe('# Enkät inför RUS-nätverkets möte 24 april 2018');
    expect(survey.frontMatter?.data['rus-survey']).toBe(true);
  });

  it('reads answers in both forms with their anchors', () => {
    const survey = buildSurvey(sectionForm);
    const [first, second] = survey.parts[0]!.questions;
    expect(first!.form).toBe('sections');
    expect(first!.lead?.text).toBe('Lead paragraph.');
    expect(first!.answers.map((answer) => [answer.organisation.text, answer.status])).toEqual([
      ['Region Blekinge', 'answered'],
      ['Skåne', 'no-answer'],
    ]);
    expect(first!.answers[0]!.text).toBe('Bra, *tack*.\r\n\r\nSecond paragraph <p>with html</p>.');
    expect(sectionForm.slice(first!.answers[0]!.anchor.start.offset, first!.answers[0]!.anchor.end.offset)).toBe('#### Region Blekinge');
    expect(first!.answers[0]!.inlineHtml.map((html) => html.value)).toEqual(['<p>', '</p>']);
    expect(second!.form).toBe('table');
    expect(second!.answers).toHaveLength(1);
    expect(second!.answers[0]!.text).toBe('a \\| b continued');
    expect(second!.answers[0]!.segments.map((segment) => segment.text)).toEqual(['a \\| b', 'continued']);
    expect(second!.answers[0]!.continuationRows).toHaveLength(1);
    expect(second!.problems.map((problem) => problem.kind)).toEqual(['junk-row']);
  });
});
