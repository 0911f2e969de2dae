import { describe, expect, it } from 'vitest';
import { allQuestions, lintSurvey } from '../../src/index.js';
import { diagnosticsOf, expectAnswersSurvive, expectFix, fixedBy, reported, sliceOf, survey } from './rule-test-helpers.js';

// Where RUS008 fires and where it is silent, and the rows its fix joins (one, several, two answers, <br>, a first
// row without an answer cell): test/fixtures/rules/RUS008. Here: its messages and ranges in English and Swedish,
// the model's joined answer, severities, one fix shared by several findings, an empty first cell, CRLF.

/** Title 1, part 3, question heading 5, header 7–8, rows from line 9. */
const table = (rows: string): string => survey`
  # Enkät om RUS

  ## Del ett

  ### 1. Hur styr RUSen?

  | Organisation | Svar |
  | --- | --- |
  ${rows}
`;

const answersOf = (text: string): [string, string][] =>
  allQuestions(lintSurvey(text).survey).flatMap((q) => q.answers.map((a): [string, string] => [a.organisation.text, a.text]));

describe('RUS008 continuation-row', () => {
  describe('invalid', () => {
    const text = table('| Region Skåne | Den styr |\n|  | prioriteringar och |\n| | finansieringar. |\n| Region Dalarna | Nej. |');

    it('reports each continuation row, whole, naming the organisation it continues', () => {
      const message = 'This row continues the answer of Region Skåne (a page break split it); join it to that row.';
      expect(reported('RUS008', text)).toEqual([
        { line: 10, column: 1, endLine: 10, endColumn: 26, message, severity: 'warning' },
        { line: 11, column: 1, endLine: 11, endColumn: 22, message, severity: 'warning' },
      ]);
      expect(diagnosticsOf('RUS008', text).map((d) => sliceOf(text, d))).toEqual(['|  | prioriteringar och |', '| | finansieringar. |']);
    });

    it('the model already joins the pieces into one answer', () => {
      expect(answersOf(text)).toEqual([
        ['Region Skåne', 'Den styr prioriteringar och finansieringar.'],
        ['Region Dalarna', 'Nej.'],
      ]);
    });

    it('reports in Swedish with locale sv', () => {
      expect(reported('RUS008', text, { locale: 'sv' }).map((d) => d.message)).toEqual([
        'Raden fortsätter svaret från Region Skåne (en sidbrytning delade det); slå ihop den med den raden.',
        'Raden fortsätter svaret från Region Skåne (en sidbrytning delade det); slå ihop den med den raden.',
      ]);
    });
  });

  describe('severity', () => {
    const text = table('| Region Skåne | Den styr |\n|  | mer. |');

    it('is a warning by default and follows the config by id or name', () => {
      expect(reported('RUS008', text).map((d) => d.severity)).toEqual(['warning']);
      expect(reported('RUS008', text, { config: { rules: { RUS008: 'error' } } }).map((d) => d.severity)).toEqual(['error']);
      expect(reported('RUS008', text, { config: { rules: { 'continuation-row': 'info' } } }).map((d) => d.severity)).toEqual(['info']);
    });

    it('is off by id and by name', () => {
      expect(reported('RUS008', text, { config: { rules: { RUS008: 'off' } } })).toEqual([]);
      expect(reported('RUS008', text, { config: { rules: { 'continuation-row': 'off' } } })).toEqual([]);
    });
  });

  describe('fix', () => {
    it('joins several continuation rows in one fix: both findings carry the same fix', () => {
      const [first, second] = diagnosticsOf('RUS008', table('| Region Skåne | Den styr |\n|  | prioriteringar och |\n| | finansieringar. |'));
      expect(first!.fix).toBeDefined();
      expect(first!.fix).toEqual(second!.fix);
    });

    it('moves the text into an empty first cell and leaves one row', () => {
      const before = table('| Region Dalarna |  |\n|  | Sent svar. |');
      const after = fixedBy('RUS008', before);
      expect(after.split('\n').filter((line) => line.startsWith('|'))).toHaveLength(3);
      expect(answersOf(after)).toEqual([['Region Dalarna', 'Sent svar.']]);
      expect(reported('RUS008', after)).toEqual([]);
      expectAnswersSurvive(before, after);
    });

    it('keeps CRLF line breaks', () => {
      const before = table('| Region Skåne | Den styr |\n|  | mer. |').replace(/\n/g, '\r\n');
      const after = table('| Region Skåne | Den styr mer. |').replace(/\n/g, '\r\n');
      expectFix('RUS008', before, after);
    });
  });
});
