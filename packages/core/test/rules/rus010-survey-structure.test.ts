import { describe, expect, it } from 'vitest';
import { diagnosticsOf, expectFix, reported, sliceOf, survey } from './rule-test-helpers.js';

/** Title 1, part 3, question heading 5, header 7–8, rows from line 9. */
const table = (rows: string, organisationHeader = 'Organisation'): string => survey`
  # Enkät om RUS

  ## Del ett

  ### 1. Hur styr RUSen?

  | ${organisationHeader} | Svar |
  | --- | --- |
  ${rows}
`;

const JUNK = 'This row holds no answer (only dashes or nothing).';

describe('RUS010 survey-structure', () => {
  describe('valid', () => {
    it('accepts one H1, parts, numbered questions with a table or H4 sections', () => {
      const text = survey`
        # Enkät om RUS

        Ingress.

        > Endast för nätverket.

        ## Del ett

        ### 1. Hur styr RUSen?

        Frågans ingress.

        | Organisation | Svar |
        | --- | --- |
        | Region Skåne | Ja |

        ## Del två

        ### 2. Hur ser kopplingen ut?

        #### Region Skåne

        Svag.

        Två stycken.
      `;
      expect(reported('RUS010', text)).toEqual([]);
    });

    it('accepts Organization, Org and an emphasised Organisation as the first header', () => {
      for (const header of ['Organization', 'Org', 'org', '**Organisation**']) {
        expect(reported('RUS010', table('| Region Skåne | Ja |', header)), header).toEqual([]);
      }
    });

    it('accepts dashes inside a real answer and a single dash organisation-less continuation', () => {
      expect(reported('RUS010', table('| Region Skåne | -- se nedan -- |\n|  | - |'))).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports a ----- row as a junk row, at the whole row', () => {
      const text = table('| Region Skåne | Ja |\n| ----- | -- |\n| Region Dalarna | Nej |');
      expect(reported('RUS010', text)).toEqual([{ line: 10, column: 1, endLine: 10, endColumn: 15, message: JUNK, severity: 'error' }]);
      expect(sliceOf(text, diagnosticsOf('RUS010', text)[0]!)).toBe('| ----- | -- |');
    });

    it('reports a fully empty row and a dash row with en dashes as junk', () => {
      const text = table('| Region Skåne | Ja |\n|  |  |\n| -- | – |');
      expect(reported('RUS010', text)).toEqual([
        { line: 10, column: 1, endLine: 10, endColumn: 8, message: JUNK, severity: 'error' },
        { line: 11, column: 1, endLine: 11, endColumn: 11, message: JUNK, severity: 'error' },
      ]);
    });

    it('reports each extra H1 at its heading', () => {
      const text = survey`
        # Enkät om RUS

        # Andra rubriken

        ## Del ett

        # Tredje

        ### 1. Hur styr RUSen?

        | Organisation | Svar |
        | --- | --- |
        | Region Skåne | Ja |
      `;
      const message = 'The survey has more than one H1 heading; only the first is its title.';
      expect(reported('RUS010', text)).toEqual([
        { line: 3, column: 1, endLine: 3, endColumn: 17, message, severity: 'error' },
        { line: 7, column: 1, endLine: 7, endColumn: 9, message, severity: 'error' },
      ]);
    });

    it('reports a missing H1 at line 1', () => {
      const text = survey`
        ## Del ett

        ### 1. Hur styr RUSen?

        | Organisation | Svar |
        | --- | --- |
        | Region Skåne | Ja |
      `;
      expect(reported('RUS010', text)).toEqual([
        { line: 1, column: 1, endLine: 1, endColumn: 11, message: 'The survey has no title (an H1 heading).', severity: 'error' },
      ]);
    });

    it('reports a question before the first part at its heading', () => {
      const text = survey`
        # Enkät om RUS

        ### 1. Hur styr RUSen?

        | Organisation | Svar |
        | --- | --- |
        | Region Skåne | Ja |

        ## Del ett

        ### 2. Hur ser kopplingen ut?

        | Organisation | Svar |
        | --- | --- |
        | Region Skåne | Svag |
      `;
      expect(reported('RUS010', text)).toEqual([
        { line: 3, column: 1, endLine: 3, endColumn: 23, message: 'This question stands before the first part (an H2 heading).', severity: 'error' },
      ]);
    });

    it('reports a table whose first header is not Organisation, over the whole table, quoting the header', () => {
      const text = table('| Region Skåne | Ja |', 'Namn');
      expect(reported('RUS010', text)).toEqual([
        {
          line: 7,
          column: 1,
          endLine: 9,
          // "| Region Skåne | Ja |" is 21 characters.
          endColumn: 22,
          message: 'The table\'s first column is "Namn", not Organisation; its rows are not read as answers.',
          severity: 'error',
        },
      ]);
    });

    it('reports a question with no answers at its heading', () => {
      const text = survey`
        # Enkät om RUS

        ## Del ett

        ### 1. Hur styr RUSen?

        Bara en ingress, inga svar.
      `;
      expect(reported('RUS010', text)).toEqual([
        { line: 5, column: 1, endLine: 5, endColumn: 23, message: 'The question has no answers (no table and no H4 sections).', severity: 'error' },
      ]);
    });

    it('reports a question that mixes a table and H4 sections at the first H4', () => {
      const text = table('| Region Skåne | Ja |\n\n#### Region Dalarna\n\nNej.');
      expect(reported('RUS010', text)).toEqual([
        {
          line: 11,
          column: 1,
          endLine: 11,
          endColumn: 20,
          message: 'The question mixes a table and H4 sections; use one answer form per question.',
          severity: 'error',
        },
      ]);
    });

    it('reports a first row without organisation (nothing to continue) at the row', () => {
      const text = table('|  | Lösryckt |\n| Region Skåne | Ja |');
      expect(reported('RUS010', text)).toEqual([
        { line: 9, column: 1, endLine: 9, endColumn: 16, message: 'This row has no organisation and no answer above it to continue.', severity: 'error' },
      ]);
    });

    it('reports an H4 that names no organisation at the heading', () => {
      const text = survey`
        # Enkät om RUS

        ## Del ett

        ### 1. Hur styr RUSen?

        #### Region Skåne

        Ja.

        ####

        Text utan avsändare.
      `;
      expect(reported('RUS010', text)).toEqual([
        { line: 11, column: 1, endLine: 11, endColumn: 5, message: 'The answer heading names no organisation.', severity: 'error' },
      ]);
    });

    it('reports invalid front matter at the offending value', () => {
      const text = `---\norganisations: 5\n---\n\n${table('| Region Skåne | Ja |')}`;
      expect(reported('RUS010', text)).toEqual([
        {
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 17,
          message: 'Invalid front matter: organisations: expected a list of organisations, or { preset: … }',
          severity: 'error',
        },
      ]);
    });

    it('reports in Swedish with locale sv', () => {
      const text = table('| Region Skåne | Ja |\n| ----- | -- |', 'Namn').replace('# Enkät om RUS', '# Enkät om RUS\n\n# Två');
      expect(reported('RUS010', text, { locale: 'sv' }).map((d) => d.message)).toEqual([
        'Enkäten har mer än en H1-rubrik; bara den första är dess rubrik.',
        'Tabellens första kolumn är "Namn", inte Organisation; dess rader läses inte som svar.',
      ]);
      expect(reported('RUS010', table('| Region Skåne | Ja |\n| ----- | -- |'), { locale: 'sv' }).map((d) => d.message)).toEqual([
        'Raden innehåller inget svar (bara streck eller ingenting).',
      ]);
    });
  });

  describe('severity', () => {
    const text = table('| Region Skåne | Ja |\n| ----- | -- |');

    it('is an error by default and follows the config by id or name', () => {
      expect(reported('RUS010', text).map((d) => d.severity)).toEqual(['error']);
      expect(reported('RUS010', text, { config: { rules: { RUS010: 'warning' } } }).map((d) => d.severity)).toEqual(['warning']);
      expect(reported('RUS010', text, { config: { rules: { 'survey-structure': 'info' } } }).map((d) => d.severity)).toEqual(['info']);
    });

    it('is off by id and by name', () => {
      expect(reported('RUS010', text, { config: { rules: { RUS010: 'off' } } })).toEqual([]);
      expect(reported('RUS010', text, { config: { rules: { 'survey-structure': 'off' } } })).toEqual([]);
    });
  });

  describe('fix', () => {
    it('removes a ----- row with its line break', () => {
      expectFix(
        'RUS010',
        table('| Region Skåne | Ja |\n| ----- | -- |\n| Region Dalarna | Nej |'),
        table('| Region Skåne | Ja |\n| Region Dalarna | Nej |'),
      );
    });

    it('removes junk rows at the start and the end of the table body, and empty rows', () => {
      expectFix(
        'RUS010',
        table('| ----- | -- |\n| Region Skåne | Ja |\n|  |  |\n| Region Dalarna | Nej |\n| -- | – |'),
        table('| Region Skåne | Ja |\n| Region Dalarna | Nej |'),
      );
    });

    it('keeps CRLF line breaks', () => {
      expectFix(
        'RUS010',
        table('| Region Skåne | Ja |\n| ----- | -- |').replace(/\n/g, '\r\n'),
        table('| Region Skåne | Ja |').replace(/\n/g, '\r\n'),
      );
    });

    it('offers no fix for the other structure problems', () => {
      const text = table('| Region Skåne | Ja |', 'Namn').replace('# Enkät om RUS', '# Enkät om RUS\n\n# Två');
      const diagnostics = diagnosticsOf('RUS010', text);
      expect(diagnostics).toHaveLength(2);
      expect(diagnostics.map((d) => d.fix)).toEqual([undefined, undefined]);
    });
  });
});
