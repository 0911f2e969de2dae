import { describe, expect, it } from 'vitest';
import { diagnosticsOf, reported, sliceOf, survey } from './rule-test-helpers.js';

// Where RUS006 fires and is silent, and the renumbering its fix makes (headings, headers, "N)" style):
// test/fixtures/rules/RUS006. Here: its messages and ranges in English and Swedish, severities, the fix title.

/**
 * Two parts with questions numbered a, b | c; the table header of each question repeats it with number h.
 * Lines: title 1, part 3, q(a) 5, its header 7, part 11, q(b) 13, header 15, q(c) 19, header 21.
 */
const numbered = (a: string, b: string, c: string, ha = a, hb = b, hc = c): string => survey`
  # Enkät om RUS

  ## Del ett

  ### ${a}Hur styr RUSen?

  | Organisation | ${ha}Hur styr RUSen? |
  | --- | --- |
  | Region Skåne | Ja |

  ## Del två

  ### ${b}Hur ser kopplingen ut?

  | Organisation | ${hb}Hur ser kopplingen ut? |
  | --- | --- |
  | Region Skåne | Svag |

  ### ${c}Vad händer nu?

  | Organisation | ${hc}Vad händer nu? |
  | --- | --- |
  | Region Skåne | Inget |
`;

describe('RUS006 question-numbering', () => {
  describe('invalid', () => {
    it('reports numbering that restarts in a part at each wrong heading', () => {
      const text = numbered('1. ', '1. ', '2. ');
      expect(reported('RUS006', text)).toEqual([
        { line: 13, column: 1, endLine: 13, endColumn: 30, message: 'Question 1 should be numbered 2.', severity: 'error' },
        { line: 19, column: 1, endLine: 19, endColumn: 22, message: 'Question 2 should be numbered 3.', severity: 'error' },
      ]);
      expect(diagnosticsOf('RUS006', text).map((d) => sliceOf(text, d))).toEqual(['### 1. Hur ser kopplingen ut?', '### 2. Vad händer nu?']);
    });

    it('reports a question without a number, naming the expected one', () => {
      const text = numbered('1. ', '', '3. ', '1. ', 'Svar ', '3. ');
      expect(reported('RUS006', text)).toEqual([
        { line: 13, column: 1, endLine: 13, endColumn: 27, message: 'Question "Hur ser kopplingen ut?" has no number; expected 2.', severity: 'error' },
      ]);
    });

    it('reports a table header whose number differs from its heading, at the heading', () => {
      const text = numbered('1. ', '2. ', '3. ', '1. ', '4. ', '3. ');
      expect(reported('RUS006', text)).toEqual([
        { line: 13, column: 1, endLine: 13, endColumn: 30, message: 'The table header numbers question 2 as 4.', severity: 'error' },
      ]);
    });

    it('reports in Swedish with locale sv', () => {
      const text = numbered('1. ', '', '5. ', '1. ', 'Svar ', '3. ');
      expect(reported('RUS006', text, { locale: 'sv' }).map((d) => d.message)).toEqual([
        'Frågan "Hur ser kopplingen ut?" saknar nummer; förväntat 2.',
        'Fråga 5 ska ha nummer 3.',
      ]);
      const headerOnly = numbered('1. ', '2. ', '3. ', '7. ', '2. ', '3. ');
      expect(reported('RUS006', headerOnly, { locale: 'sv' }).map((d) => d.message)).toEqual(['Tabellrubriken numrerar fråga 1 som 7.']);
    });
  });

  describe('severity', () => {
    const text = numbered('1. ', '3. ', '3. ');

    it('is an error by default and follows the config by id or name', () => {
      expect(reported('RUS006', text).map((d) => d.severity)).toEqual(['error']);
      expect(reported('RUS006', text, { config: { rules: { RUS006: 'warning' } } }).map((d) => d.severity)).toEqual(['warning']);
      expect(reported('RUS006', text, { config: { rules: { 'question-numbering': 'info' } } }).map((d) => d.severity)).toEqual(['info']);
    });

    it('is off by id and by name', () => {
      expect(reported('RUS006', text, { config: { rules: { RUS006: 'off' } } })).toEqual([]);
      expect(reported('RUS006', text, { config: { rules: { 'question-numbering': 'off' } } })).toEqual([]);
    });
  });

  describe('fix', () => {
    it('titles the fix with the expected number', () => {
      const [diagnostic] = diagnosticsOf('RUS006', numbered('1. ', '7. ', '3. '), { locale: 'sv' });
      expect(diagnostic!.fix?.title).toBe('Numrera om till 2');
    });
  });
});
