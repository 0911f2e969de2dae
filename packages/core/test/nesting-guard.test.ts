// Hostile nesting (issue 11): what once overflowed the stack or took minutes is capped before micromark reads it,
// reported by RUS010 at its line, and the rest of the document is still modelled with every offset right.
import { describe, expect, it } from 'vitest';
import { lintSurvey, parseSurvey } from '../src/index.js';
import { guardNesting, MAX_CONTAINER_DEPTH } from '../src/parse/nesting-guard.js';
import { collectSpansAndRanges } from './model-walk.js';
import { exampleSurvey } from './test-files.js';

/** A survey whose line 5 is `hostile`, followed by a question with one answer. */
const around = (hostile: string): string =>
  [
    '# Enkät',
    '',
    '> Endast för nätverket.',
    '',
    hostile,
    '',
    '## Del ett',
    '',
    '### 1. Fråga',
    '',
    '| Organisation | Svar |',
    '| --- | --- |',
    '| Region Skåne | Ja |',
    '',
  ].join('\n');

const HOSTILE: Record<string, string> = {
  '8,000-deep block quote': '>'.repeat(8000) + ' x',
  '100,000-deep block quote': '>'.repeat(100_000) + ' x',
  '8,000-deep list on one line': '- '.repeat(8000) + 'x',
  '8,000-deep ordered list on one line': '1. '.repeat(8000) + 'x',
  '16,000 nested emphasis pairs': '*'.repeat(16_000) + 'x' + '*'.repeat(16_000),
  '4,000 emphasis openers then closers': '*a '.repeat(4000) + 'b* '.repeat(4000),
  '4,000 nested images': '![a '.repeat(4000) + '](u) '.repeat(4000),
  '5,000 [ then 5,000 ]': '['.repeat(5000) + 'x' + ']'.repeat(5000),
  '5,000 ] alone': 'x' + ']'.repeat(5000),
  '1,000 code spans of rising length': Array.from({ length: 1000 }, (_, i) => '`'.repeat((i % 300) + 1) + 'a').join(' '),
};

// Generous: the machine running the suite may be busy; the speed itself is measured by scripts/bench-hostile.ts.
describe('nesting guard', { timeout: 120_000 }, () => {
  for (const [name, hostile] of Object.entries(HOSTILE)) {
    it(`${name}: RUS010 at line 5, the question after it still read, every span its own slice`, () => {
      const text = around(hostile);
      const { survey, diagnostics } = lintSurvey(text, { config: { organisations: ['Region Skåne'] } });
      const deep = diagnostics.filter((d) => d.ruleId === 'RUS010');
      expect(deep.length).toBeGreaterThan(0);
      expect(deep.every((d) => d.range.start.line === 5 && d.severity === 'error')).toBe(true);
      expect(survey.parts.map((part) => part.title)).toEqual(['Del ett']);
      expect(survey.parts[0]!.questions[0]!.answers.map((answer) => answer.organisation.text)).toEqual(['Region Skåne']);
      for (const span of collectSpansAndRanges(survey).spans) {
        expect(text.slice(span.range.start.offset, span.range.end.offset)).toBe(span.text);
      }
    });
  }

  it('a list nested by indentation beyond the cap is reported on the first line too deep', () => {
    const lines = Array.from({ length: 60 }, (_, level) => `${'  '.repeat(level)}- level ${level}`);
    const text = around(lines.join('\n'));
    const deep = parseSurvey(text).survey.problems.filter((p) => p.kind === 'nesting-too-deep');
    // Line 5 holds level 0; the first level past the cap is MAX_CONTAINER_DEPTH (depth counts from 1).
    expect(deep[0]!.range.start.line).toBe(5 + MAX_CONTAINER_DEPTH);
  });

  it('leaves real surveys alone: the example, separators, form blanks, a quote in a list', () => {
    const ordinary = [
      exampleSurvey(),
      around('- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -'),
      around(`Namn: ${'_'.repeat(60)}`),
      around('> - punkt\n>   > citat i punkt\n>   > - djupare'),
      around(Array.from({ length: 200 }, (_, i) => `| Org ${i} | **fet** *kursiv* \`kod\` [länk](u) |`).join('\n')),
    ];
    for (const text of ordinary) {
      const guarded = guardNesting(text);
      expect(guarded.problems).toEqual([]);
      expect(guarded.text).toBe(text);
    }
  });

  it('keeps the guarded copy the same length with the same line breaks, so offsets are shared', () => {
    const text = `${'>'.repeat(50)} a\r\n${'- '.repeat(40)}b\r${'*'.repeat(200)}c${'*'.repeat(200)}\n`;
    const guarded = guardNesting(text);
    expect(guarded.text.length).toBe(text.length);
    expect(guarded.text.replace(/[^\r\n]/g, '')).toBe(text.replace(/[^\r\n]/g, ''));
    expect(guarded.problems.map((p) => p.excess)).toEqual(['containers', 'containers', 'delimiter-run']);
  });
});
