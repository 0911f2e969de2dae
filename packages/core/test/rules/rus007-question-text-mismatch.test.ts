import { describe, expect, it } from 'vitest';
import { applyFixes, lintSurvey } from '../../src/index.js';
import { diagnosticsOf, reported, sliceOf, survey } from './rule-test-helpers.js';

// Where RUS007 fires and where it is silent (word for word, folded, Svar/Answer/number only, another number is
// RUS006's, section form, an escaped pipe): test/fixtures/rules/RUS007. Here: its messages and ranges in English
// and Swedish, severities, and its suggestion (not a fix, so no .fixed.md shows it).

/** Title 1, part 3, question heading 5, table header 7. */
const question = (heading: string, header: string): string => survey`
  # Enkät om RUS

  ## Del ett

  ### ${heading}

  | Organisation | ${header} |
  | --- | --- |
  | Region Skåne | Ja |
`;

describe('RUS007 question-text-mismatch', () => {
  describe('invalid', () => {
    it('reports a header with other text as a warning at the header cell', () => {
      const text = question('1. Hur styr RUSen?', '1. Hur styr RUSen er verksamhet?');
      expect(reported('RUS007', text)).toEqual([
        {
          line: 7,
          column: 18,
          endLine: 7,
          endColumn: 50,
          message: 'The table header repeats question 1 with other text: "Hur styr RUSen er verksamhet?".',
          severity: 'warning',
        },
      ]);
      expect(sliceOf(text, diagnosticsOf('RUS007', text)[0]!)).toBe('1. Hur styr RUSen er verksamhet?');
    });

    it('names an unnumbered question by its text', () => {
      const text = question('Hur styr RUSen?', '1. Hur styrs RUSen?');
      expect(reported('RUS007', text).map((d) => d.message)).toEqual([
        'The table header repeats question Hur styr RUSen? with other text: "Hur styrs RUSen?".',
      ]);
    });

    it('reports in Swedish with locale sv', () => {
      const text = question('1. Hur styr RUSen?', '1. Hur styr RUS:en?');
      expect(reported('RUS007', text, { locale: 'sv' })).toEqual([
        {
          line: 7,
          column: 18,
          endLine: 7,
          endColumn: 37,
          message: 'Tabellrubriken upprepar fråga 1 med annan text: "Hur styr RUS:en?".',
          severity: 'warning',
        },
      ]);
    });
  });

  describe('severity', () => {
    const text = question('1. Hur styr RUSen?', '1. Något annat');

    it('is a warning by default and follows the config by id or name', () => {
      expect(reported('RUS007', text).map((d) => d.severity)).toEqual(['warning']);
      expect(reported('RUS007', text, { config: { rules: { RUS007: 'error' } } }).map((d) => d.severity)).toEqual(['error']);
      expect(reported('RUS007', text, { config: { rules: { 'question-text-mismatch': 'info' } } }).map((d) => d.severity)).toEqual(['info']);
    });

    it('is off by id and by name', () => {
      expect(reported('RUS007', text, { config: { rules: { RUS007: 'off' } } })).toEqual([]);
      expect(reported('RUS007', text, { config: { rules: { 'question-text-mismatch': 'off' } } })).toEqual([]);
    });
  });

  describe('suggestion (not an automatic fix)', () => {
    it('offers to make the header repeat the question, keeping the number, and --fix does not apply it', () => {
      const before = question('1. Hur styr RUSen?', '1. Hur styr RUSen er verksamhet?');
      const [diagnostic] = diagnosticsOf('RUS007', before);
      expect(diagnostic!.fix).toBeUndefined();
      expect(applyFixes(before, [diagnostic!])).toBe(before);
      const suggestion = diagnostic!.suggestions?.[0];
      expect(suggestion?.title).toBe('Make the header repeat the question');
      expect(applyFixes(before, [{ fix: suggestion! }])).toBe(question('1. Hur styr RUSen?', '1. Hur styr RUSen?'));
    });

    it('escapes a pipe of the question text in the suggested header', () => {
      const before = question('1. Styr RUSen | VP?', '1. Något annat');
      const [diagnostic] = diagnosticsOf('RUS007', before);
      const after = applyFixes(before, [{ fix: diagnostic!.suggestions![0]! }]);
      expect(after).toBe(question('1. Styr RUSen | VP?', '1. Styr RUSen \\| VP?'));
      // The suggested header now repeats the question, and the answer row is intact.
      expect(reported('RUS007', after)).toEqual([]);
      expect(lintSurvey(after).survey.parts[0]!.questions[0]!.answers.map((a) => a.text)).toEqual(['Ja']);
    });
  });
});
