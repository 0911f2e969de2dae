import { describe, expect, it } from 'vitest';
import { diagnosticsOf, reported, sliceOf, survey } from './rule-test-helpers.js';

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
  describe('valid', () => {
    it('is silent for real answers, explicit non-responses and near-misses of placeholders', () => {
      const text = table(
        [
          '| Region Blekinge | Ja, tydligt. |',
          '| Region Skåne | Inget svar |',
          '| Region Dalarna | *No answer* |',
          '| Region Kronoberg | **Inget svar.** |',
          '| Region Gävleborg | TBD i höst |',
          '| Region Halland | - se fråga 2 |',
          '| Region Jämtland | ? Oklart, men vi återkommer |',
        ].join('\n'),
      );
      expect(reported('RUS003', text)).toEqual([]);
    });

    it('is silent for section-form answers with text or an explicit non-response', () => {
      const text = survey`
        # Enkät om RUS

        ## Del ett

        ### 1. Hur styr RUSen?

        #### Region Blekinge

        Den styr prioriteringar.

        #### Region Skåne

        _Inget svar_
      `;
      expect(reported('RUS003', text)).toEqual([]);
    });

    it('honours custom no-answer markers from the config', () => {
      const text = table('| Region Blekinge | Avstår |');
      expect(reported('RUS003', text, { config: { noAnswer: ['Avstår'] } })).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports an empty cell at the whole row', () => {
      const text = table('| Region Blekinge |  |');
      expect(reported('RUS003', text)).toEqual([
        { line: 9, column: 1, endLine: 9, endColumn: 23, message: 'The answer of Region Blekinge to question 1 is empty.', severity: 'warning' },
      ]);
      expect(sliceOf(text, diagnosticsOf('RUS003', text)[0]!)).toBe('| Region Blekinge |  |');
    });

    it('treats a cell holding only <br> as empty', () => {
      const text = table('| Region Skåne | <br> |');
      expect(reported('RUS003', text)).toEqual([
        { line: 9, column: 1, endLine: 9, endColumn: 24, message: 'The answer of Region Skåne to question 1 is empty.', severity: 'warning' },
      ]);
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

    it('reports a section-form answer at its H4 heading', () => {
      const text = survey`
        # Enkät om RUS

        ## Del ett

        ### 1. Hur styr RUSen?

        #### Region Blekinge

        N/A

        #### Region Skåne

        #### Region Dalarna

        Svar.
      `;
      expect(reported('RUS003', text)).toEqual([
        {
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 21,
          message: 'The answer of Region Blekinge to question 1 is only a placeholder ("N/A").',
          severity: 'warning',
        },
        { line: 11, column: 1, endLine: 11, endColumn: 18, message: 'The answer of Region Skåne to question 1 is empty.', severity: 'warning' },
      ]);
    });

    it('reports in Swedish with locale sv', () => {
      const text = table('| Region Blekinge |  |\n| Region Skåne | TBD |');
      expect(reported('RUS003', text, { locale: 'sv' }).map((d) => d.message)).toEqual([
        'Svaret från Region Blekinge på fråga 1 är tomt.',
        'Svaret från Region Skåne på fråga 1 är bara en platshållare ("TBD").',
      ]);
    });

    it('flags custom placeholders from the config', () => {
      const text = table('| Region Blekinge | Se bilaga |');
      expect(reported('RUS003', text, { config: { placeholders: ['se bilaga'] } })).toEqual([
        {
          line: 9,
          column: 1,
          endLine: 9,
          endColumn: 32,
          message: 'The answer of Region Blekinge to question 1 is only a placeholder ("Se bilaga").',
          severity: 'warning',
        },
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

  describe('inline directives', () => {
    const sections = (a: string, b: string, c: string): string => survey`
      # Enkät om RUS

      ## Del ett

      ### 1. Hur styr RUSen?
      ${a}
      #### Region Blekinge

      -
      ${b}
      #### Region Skåne

      TBD
      ${c}
      #### Region Dalarna

      ?
    `;
    const lines = (text: string): number[] => reported('RUS003', text).map((d) => d.line);

    it('without directives every placeholder is reported', () => {
      expect(lines(sections('', '', ''))).toEqual([7, 11, 15]);
    });

    it('disable-next-line silences the next line only, by id or name', () => {
      expect(lines(sections('<!-- rus-survey-disable-next-line RUS003 -->', '', ''))).toEqual([11, 15]);
      expect(lines(sections('', '<!-- rus-survey-disable-next-line unanswered-question -->', ''))).toEqual([7, 15]);
    });

    it('a directive with several rules, and one with no rule, both apply', () => {
      expect(lines(sections('', '', '<!-- rus-survey-disable-next-line RUS002, RUS003 -->'))).toEqual([7, 11]);
      expect(lines(sections('<!-- rus-survey-disable-next-line -->', '', ''))).toEqual([11, 15]);
    });

    it('disable … enable silences the lines in between only', () => {
      expect(lines(sections('<!-- rus-survey-disable RUS003 -->', '', '<!-- rus-survey-enable RUS003 -->'))).toEqual([15]);
      expect(lines(sections('', '<!-- rus-survey-disable unanswered-question -->', ''))).toEqual([7]);
    });

    it('a directive for another rule does not silence RUS003', () => {
      expect(lines(sections('<!-- rus-survey-disable RUS009 -->', '', ''))).toEqual([7, 11, 15]);
    });

    it('disable-file silences the whole file, even above the directive', () => {
      expect(lines(sections('', '', '<!-- rus-survey-disable-file RUS003 -->'))).toEqual([]);
    });

    it('works inside a table question (comment on the line before the heading)', () => {
      const text = survey`
        # Enkät om RUS

        ## Del ett

        <!-- rus-survey-disable-next-line RUS003 -->
        ### 1. Hur styr RUSen?

        | Organisation | Svar |
        | --- | --- |
        | Region Blekinge | - |
      `;
      // The finding is on the row (line 10), not the heading, so the directive on line 5 does not reach it.
      expect(lines(text)).toEqual([10]);
    });
  });
});
