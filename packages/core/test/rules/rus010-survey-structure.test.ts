import { describe, expect, it } from 'vitest';
import { discoverFixtures } from '../rule-fixtures.js';
import { diagnosticsOf, expectFix, reported, sliceOf, survey } from './rule-test-helpers.js';

// Where RUS010 fires (junk rows, H1s, parts, headers, answer forms, rows and H4s without an organisation, front
// matter) and where it is silent, and the junk rows its fix removes: test/fixtures/rules/RUS010. Here: its
// messages and ranges in English and Swedish, severities, CRLF, and which findings carry no fix.

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
  describe('invalid', () => {
    it('reports a ----- row as a junk row, at the whole row', () => {
      const text = table('| Region Skåne | Ja |\n| ----- | -- |\n| Region Dalarna | Nej |');
      expect(reported('RUS010', text)).toEqual([{ line: 10, column: 1, endLine: 10, endColumn: 15, message: JUNK, severity: 'error' }]);
      expect(sliceOf(text, diagnosticsOf('RUS010', text)[0]!)).toBe('| ----- | -- |');
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

    it('says what is wrong in each fixture case', () => {
      const messages: Record<string, string[]> = {
        'fires-question-before-first-part': ['This question stands before the first part (an H2 heading).'],
        'fires-question-without-answers': ['The question has no answers (no table and no H4 sections).'],
        'fires-table-and-sections': ['The question mixes a table and H4 sections; use one answer form per question.'],
        'fires-first-row-without-organisation': ['This row has no organisation and no answer above it to continue.'],
        'fires-h4-without-organisation': ['The answer heading names no organisation.'],
        'fix-junk-rows-anywhere': [JUNK, JUNK, JUNK],
      };
      for (const [name, expected] of Object.entries(messages)) {
        const fixture = discoverFixtures().find((candidate) => candidate.rule === 'RUS010' && candidate.name === name);
        expect(fixture, name).toBeDefined();
        expect(reported('RUS010', fixture!.source.text, fixture!.options).map((d) => d.message), name).toEqual(expected);
      }
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
