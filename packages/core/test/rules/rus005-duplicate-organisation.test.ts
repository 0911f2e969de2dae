import { describe, expect, it } from 'vitest';
import { diagnosticsOf, reported, sliceOf, survey } from './rule-test-helpers.js';

// Where RUS005 fires (rows, aliases, folded names, repeated H4s) and where it is silent (once per question, other
// questions, a continuation row): test/fixtures/rules/RUS005. Here: its messages and ranges, severities.

const roster = { organisations: [{ name: 'Stockholms läns landsting', aliases: ['SLL'] }, 'Region Skåne'] };

/** Title 1, part 3, question heading 5, header 7–8, rows from line 9. */
const table = (rows: string): string => survey`
  # Enkät om RUS

  ## Del ett

  ### 1. Hur styr RUSen?

  | Organisation | Svar |
  | --- | --- |
  ${rows}
`;

describe('RUS005 duplicate-organisation', () => {
  describe('invalid', () => {
    it('reports the second occurrence at its organisation cell, naming the first line', () => {
      const text = table('| Region Skåne | Ja |\n| SLL | Ja |\n| Region Skåne | Nej |');
      expect(reported('RUS005', text, { config: roster })).toEqual([
        {
          line: 11,
          column: 3,
          endLine: 11,
          endColumn: 15,
          message: 'Region Skåne answers question 1 more than once (first on line 9).',
          severity: 'error',
        },
      ]);
      expect(sliceOf(text, diagnosticsOf('RUS005', text, { config: roster })[0]!)).toBe('Region Skåne');
    });

    it('treats an alias and differently cased or spaced names as the same organisation', () => {
      const text = table('| SLL | Ja |\n| Stockholms läns landsting | Mer |\n| region  skåne | A |\n| Region Skåne | B |');
      expect(reported('RUS005', text, { config: roster })).toEqual([
        {
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 28,
          message: 'Stockholms läns landsting answers question 1 more than once (first on line 9).',
          severity: 'error',
        },
        {
          line: 12,
          column: 3,
          endLine: 12,
          endColumn: 15,
          message: 'Region Skåne answers question 1 more than once (first on line 11).',
          severity: 'error',
        },
      ]);
    });

    it('reports in Swedish with locale sv, naming an unnumbered question by its text', () => {
      const text = table('| Region Skåne | Ja |\n| Region Skåne | Nej |').replace('### 1. Hur styr RUSen?', '### Hur styr RUSen?');
      expect(reported('RUS005', text, { locale: 'sv' }).map((d) => d.message)).toEqual([
        'Region Skåne svarar mer än en gång på fråga Hur styr RUSen? (först på rad 9).',
      ]);
    });
  });

  describe('severity', () => {
    const text = table('| Region Skåne | Ja |\n| Region Skåne | Nej |');

    it('is an error by default and follows the config by id or name', () => {
      expect(reported('RUS005', text).map((d) => d.severity)).toEqual(['error']);
      expect(reported('RUS005', text, { config: { rules: { RUS005: 'warning' } } }).map((d) => d.severity)).toEqual(['warning']);
      expect(reported('RUS005', text, { config: { rules: { 'duplicate-organisation': 'info' } } }).map((d) => d.severity)).toEqual(['info']);
    });

    it('is off by id and by name', () => {
      expect(reported('RUS005', text, { config: { rules: { RUS005: 'off' } } })).toEqual([]);
      expect(reported('RUS005', text, { config: { rules: { 'duplicate-organisation': 'off' } } })).toEqual([]);
    });

    it('is not fixable: no fix is offered', () => {
      expect(diagnosticsOf('RUS005', text).map((d) => d.fix)).toEqual([undefined]);
    });
  });
});
