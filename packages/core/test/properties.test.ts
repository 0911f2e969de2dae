import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allQuestions, buildSurvey, fixSurvey, lintSurvey } from '../src/index.js';
import { collectSpansAndRanges } from './model-walk.js';
import { exampleSurvey } from './test-files.js';

const example = exampleSurvey();
const small = `# Enkät

> Tänk på att detta är ett diskussionsunderlag.

## Del ett

### 1. Första frågan?

| Organisation | 1. Första frågan? |
| --- | --- |
| Region Blekinge | Svar <p>ett</p> <p>två</p> |
|  | fortsättning |
| Region Skåne | TBD |
| ----- | -- |

### 3. Andra frågan?

#### Region Blekinge

Långt svar.

#### Region Kronoberg

### Tredje
`;

/** Markdown-significant pieces, so mutations reach the parser's corners. */
const piece = fc.constantFrom('|', '\n', '\r\n', '#', '### ', '#### ', '## ', '# ', '> ', '---\n', '-----', ' ', '<p>', '</p>', '<!-- rus-survey-disable RUS002 -->', '\t', '*', '1. ', '`', '\\', 'Region Skåne', '\u0000', '\uFEFF', '😀');

/** A survey text with random insertions, deletions and replacements. */
const mutated = (base: string) =>
  fc
    .array(fc.tuple(fc.nat(), fc.nat({ max: 20 }), fc.oneof(piece, fc.string({ maxLength: 8 }))), { minLength: 1, maxLength: 12 })
    .map((edits) =>
      edits.reduce((text, [at, remove, insert]) => {
        const position = text.length === 0 ? 0 : at % (text.length + 1);
        return text.slice(0, position) + insert + text.slice(position + remove);
      }, base),
    );

// The example is large (≈50 ms a lint), so it is mutated less often than the small survey.
const anyText = fc.oneof(
  { arbitrary: fc.string({ maxLength: 400 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }), weight: 2 },
  { arbitrary: mutated(small), weight: 4 },
  { arbitrary: mutated(example), weight: 1 },
);
const PROPERTY_TIMEOUT = 180_000;

/** Every word of every answer, tags left out, as a sorted multiset. */
function answerWords(text: string): string[] {
  return allQuestions(buildSurvey(text))
    .flatMap((question) => question.answers)
    .flatMap((answer) => answer.text.replace(/<\/?p\b[^>]*>|<br\s*\/?>/gi, ' ').split(/\s+/))
    .filter(Boolean)
    .sort();
}

function isSubMultiset(part: string[], whole: string[]): boolean {
  const counts = new Map<string, number>();
  for (const word of whole) counts.set(word, (counts.get(word) ?? 0) + 1);
  return part.every((word) => {
    const left = counts.get(word) ?? 0;
    counts.set(word, left - 1);
    return left > 0;
  });
}

describe('properties', () => {
  it('parsing and linting never throw, whatever the input', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        lintSurvey(text);
        lintSurvey(text, { locale: 'sv', config: { organisations: ['Region Skåne', { name: 'Region Blekinge', aliases: ['Blekinge'] }] } });
      }),
      { numRuns: 250 },
    );
  }, PROPERTY_TIMEOUT);

  it('every range lies inside the text, and every span is its slice of the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { survey, diagnostics } = lintSurvey(text);
        const { spans, ranges } = collectSpansAndRanges({ survey, diagnostics });
        for (const { range } of ranges) {
          expect(range.start.offset).toBeGreaterThanOrEqual(0);
          expect(range.start.offset).toBeLessThanOrEqual(range.end.offset);
          expect(range.end.offset).toBeLessThanOrEqual(text.length);
        }
        for (const span of spans) expect(text.slice(span.range.start.offset, span.range.end.offset)).toBe(span.text);
      }),
      { numRuns: 250 },
    );
  }, PROPERTY_TIMEOUT);

  it('fixing ends, and fixing again changes nothing, when an organisation is named like Markdown syntax', () => {
    // Found by the property below: an organisation "####" made RUS002 add "#### ####", an empty heading, forever.
    const text = small.replace('|  | fortsättning |', '|####   | fortsättning |');
    const once = fixSurvey(text);
    expect(once.passes).toBeLessThan(10);
    expect(fixSurvey(once.text).text).toBe(once.text);
    expect(once.text).not.toContain('#### ####');
  });

  it('an unclosed --- at the top leaves later blockquotes blockquotes, and fixing is idempotent', () => {
    // Found by the property below: micromark's front matter construct, failing, turned '>' lines into paragraphs.
    const text = example.replace('---\nrus-survey: true\ndate: 2018-04-24\n---', '---\ns-survey: true\ndate: 2018-04----');
    expect(buildSurvey(text).blockquotes).toHaveLength(1);
    const once = fixSurvey(text);
    expect(fixSurvey(once.text).text).toBe(once.text);
  });

  it('a part before the H1: no notice is inserted where it cannot count, and fixing is idempotent', () => {
    // Found by the property below: the notice went after the H1, still after the first part, again and again.
    const text = `|${example}`;
    const once = fixSurvey(text);
    expect(once.text.match(/> Tänk på att/g)).toHaveLength(1);
    expect(fixSurvey(once.text).text).toBe(once.text);
  });

  it('no fix for <p> that opens an HTML block: removing it would turn the Markdown it swallowed into structure', () => {
    // Found by the property below: "</p>" at an answer's start swallowed the next "### …" line.
    const text = small.replace('#### Region Kronoberg\n', '#### Region Kronoberg\n</p>\n### Tredje\n');
    expect(lintSurvey(text).diagnostics.filter((d) => d.ruleId === 'RUS009' && d.fix && d.message.includes('Kronoberg'))).toEqual([]);
    const once = fixSurvey(text);
    expect(isSubMultiset(answerWords(text), answerWords(once.text))).toBe(true);
  });

  it('a misspelt organisation is renamed, not added again as an empty row', () => {
    // Found when the rule docs were written: RUS002 added a row and RUS004 renamed the misspelt one.
    const text = `---\norganisations: [Region Blekinge, Region Skåne]\n---\n${small.replace('| Region Skåne | TBD |', '| Region Skane | TBD |')}`;
    const fixed = fixSurvey(text).text;
    expect(fixed.match(/\| Region Skåne \|/g)).toHaveLength(1);
    expect(fixed).not.toContain('Region Skane');
  });

  it('fixing ends, and fixing again changes nothing, when a heading\'s text starts with a stray BOM', () => {
    // Found by the property below: RUS006 inserted the number after the BOM, so the heading stayed unnumbered.
    for (const text of [small.replace('### 3. Andra', '### \uFEFF3. Andra'), small.replace('### 1. Första frågan?', '### \uFEFF    ')]) {
      const once = fixSurvey(text);
      expect(fixSurvey(once.text).text).toBe(once.text);
      expect(once.diagnostics.filter((d) => d.ruleId === 'RUS006' && d.fix)).toEqual([]);
    }
  });

  it('fixing twice equals fixing once when an answer holds text that looks almost like a tag ("<två</p>")', () => {
    // Found by the property below: the word guard read "<två</p>" as one tag, so RUS009's fix was held back
    // in the first run and applied in the second.
    const text = small.replace('| Region Blekinge | Svar <p>ett</p> <p>två</p> |\n|  | fortsättning |', '| Region Blekinge |!<två</p> |\n|  |#### |');
    expect(text).toContain('!<två</p>');
    const once = fixSurvey(text);
    expect(fixSurvey(once.text).text).toBe(once.text);
    expect(once.withheld.map((fix) => fix.title)).not.toContain('Convert <p> to Markdown line breaks');
  });

  it('fixes keep every word of every answer, and fixing twice equals fixing once', () => {
    fc.assert(
      fc.property(fc.oneof({ arbitrary: mutated(small), weight: 6 }, { arbitrary: mutated(example), weight: 1 }, { arbitrary: fc.constant(small), weight: 1 }), (text) => {
        const once = fixSurvey(text);
        expect(isSubMultiset(answerWords(text), answerWords(once.text))).toBe(true);
        const twice = fixSurvey(once.text);
        expect(twice.text).toBe(once.text);
      }),
      { numRuns: 150 },
    );
  }, PROPERTY_TIMEOUT);
});
