import { describe, expect, it } from 'vitest';
import { diagnosticsOf, reported, sliceOf, survey } from './rule-test-helpers.js';

// Where RUS003 fires (empty, <br>, placeholders, configured placeholders, sections), where it is silent (answers,
// non-responses, near-misses, configured non-responses) and inline directives: test/fixtures/rules/RUS003.
// Here: its messages and ranges in English and Swedish, and severities.

/** Lines 1–5: title, blank, part, blank, question 1 heading; the header rows are lines 7–8, answers from line 9. */
const table = (rows: string): string => survey`
  # Enkät om RUS

  ## Del ett

  ### 1. Hur styr RUSen?

  | Organisation | Svar |
  | --- | --- |
  ${rows}
`;

describe('RUS003 unanswered-question', () => {
  describe('invalid', () => {
    it('reports an empty cell at the whole row', () => {
      const text = table('| Region Blekinge |  |');
      expect(reported('RUS003', text)).toEqual([
        { line: 9, column: 1, endLine: 9, endColumn: 23, message: 'The answer of Region Blekinge to question 1 is empty.', severity: 'warning' },
      ]);
      expect(sliceOf(text, diagnosticsOf('RUS003', text)[0]!)).toBe('| Region Blekinge |  |');
    });

    it('reports each default placeholder, quoting it', () => {
      const placeholders = ['-', '–', '—', '?', 'TBD', 'TODO', 'N/A', '...'];
      const text = table(placeholders.map((p, i) => `| Org ${i + 1} | ${p} |`).join('\n'));
      expect(reported('RUS003', text)).toEqual(
        placeholders.map((p, i) => ({
          line: 9 + i,
          column: 1,
          endLine: 9 + i,
          // "| Org N | " is 10 characters, then the placeholder, then " |".
          endColumn: 1 + 10 + p.length + 2,
          message: `The answer of Org ${i + 1} to question 1 is only a placeholder ("${p}").`,
          severity: 'warning',
        })),
      );
    });

    it('reports in Swedish with locale sv', () => {
      const text = table('| Region Blekinge |  |\n| Region Skåne | TBD |');
      expect(reported('RUS003', text, { locale: 'sv' }).map((d) => d.message)).toEqual([
        'Svaret från Region Blekinge på fråga 1 är tomt.',
        'Svaret från Region Skåne på fråga 1 är bara en platshållare ("TBD").',
      ]);
    });

  });

  describe('severity', () => {
    const text = table('| Region Blekinge | - |');

    it('is a warning by default and follows the config by id or name', () => {
      expect(reported('RUS003', text).map((d) => d.severity)).toEqual(['warning']);
      expect(reported('RUS003', text, { config: { rules: { RUS003: 'error' } } }).map((d) => d.severity)).toEqual(['error']);
      expect(reported('RUS003', text, { config: { rules: { 'unanswered-question': 'info' } } }).map((d) => d.severity)).toEqual(['info']);
    });

    it('is off by id and by name', () => {
      expect(reported('RUS003', text, { config: { rules: { RUS003: 'off' } } })).toEqual([]);
      expect(reported('RUS003', text, { config: { rules: { 'unanswered-question': 'off' } } })).toEqual([]);
    });

    it('is not fixable: no fix is offered', () => {
      expect(diagnosticsOf('RUS003', text).map((d) => d.fix)).toEqual([undefined]);
    });
  });
});
