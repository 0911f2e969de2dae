import { describe, expect, it } from 'vitest';
import { diagnosticsOf, reported, sliceOf, survey } from './rule-test-helpers.js';
import { rus002MissingOrganisation } from '../../src/rules/rus002-missing-organisation.js';

// Where RUS002 fires, where it is silent, inline directives and the text its fix makes: test/fixtures/rules/RUS002.
// Here: its messages (English, Swedish, an unnumbered question), severities from the config, its suggestion and fix group.

const FRONT_MATTER = survey`
  ---
  organisations:
    - Region Blekinge
    - name: Stockholms läns landsting
      aliases: [SLL, Region Stockholm]
    - Region Skåne
  ---
`;

/** Front matter (lines 1–7), a blank line, then the body from line 9. */
const withRoster = (body: string): string => `${FRONT_MATTER}\n${body}`;

const HEAD = survey`
  # Enkät om RUS

  > Endast för nätverket.

  ## Del ett
`;
// HEAD is lines 9–13 in a survey made with withRoster(`${HEAD}\n…`); the first question heading is on line 15.

describe('RUS002 missing-organisation', () => {
  describe('invalid', () => {
    const text = withRoster(survey`
      ${HEAD}

      ### 1. Hur styr RUSen?

      | Organisation | Svar |
      | --- | --- |
      | SLL | Mycket |

      ### 2. Hur ser kopplingen ut?

      #### Region Skåne

      Svag.
    `);

    it('reports one warning per (question, missing organisation) on the question heading, in roster order', () => {
      expect(reported('RUS002', text)).toEqual([
        { line: 15, column: 1, endLine: 15, endColumn: 23, message: 'Region Blekinge has no answer to question 1.', severity: 'warning' },
        { line: 15, column: 1, endLine: 15, endColumn: 23, message: 'Region Skåne has no answer to question 1.', severity: 'warning' },
        { line: 21, column: 1, endLine: 21, endColumn: 30, message: 'Region Blekinge has no answer to question 2.', severity: 'warning' },
        {
          line: 21,
          column: 1,
          endLine: 21,
          endColumn: 30,
          message: 'Stockholms läns landsting has no answer to question 2.',
          severity: 'warning',
        },
      ]);
      const diagnostics = diagnosticsOf('RUS002', text);
      expect(sliceOf(text, diagnostics[0]!)).toBe('### 1. Hur styr RUSen?');
      expect(sliceOf(text, diagnostics[2]!)).toBe('### 2. Hur ser kopplingen ut?');
      expect(diagnostics[0]!.data).toEqual({ question: 1, organisation: 'Region Blekinge' });
    });

    it('reports in Swedish with locale sv', () => {
      expect(reported('RUS002', text, { locale: 'sv' }).map((d) => d.message)).toEqual([
        'Region Blekinge saknar svar på fråga 1.',
        'Region Skåne saknar svar på fråga 1.',
        'Region Blekinge saknar svar på fråga 2.',
        'Stockholms läns landsting saknar svar på fråga 2.',
      ]);
    });

    it('names an unnumbered question by its text', () => {
      const unnumbered = withRoster(survey`
        ${HEAD}

        ### Hur styr RUSen?

        | Organisation | Svar |
        | --- | --- |
        | Region Blekinge | Ja |
        | SLL | Ja |
      `);
      expect(reported('RUS002', unnumbered)).toEqual([
        { line: 15, column: 1, endLine: 15, endColumn: 20, message: 'Region Skåne has no answer to question Hur styr RUSen?.', severity: 'warning' },
      ]);
    });
  });

  describe('severity', () => {
    const text = withRoster(survey`
      ${HEAD}

      ### 1. Hur styr RUSen?

      | Organisation | Svar |
      | --- | --- |
      | Region Blekinge | Ja |
      | SLL | Ja |
    `);

    it('is a warning by default and follows the config by id or name', () => {
      expect(reported('RUS002', text).map((d) => d.severity)).toEqual(['warning']);
      expect(reported('RUS002', text, { config: { rules: { RUS002: 'error' } } }).map((d) => d.severity)).toEqual(['error']);
      expect(reported('RUS002', text, { config: { rules: { 'missing-organisation': 'info' } } }).map((d) => d.severity)).toEqual(['info']);
    });

    it('is off by id and by name', () => {
      expect(reported('RUS002', text, { config: { rules: { RUS002: 'off' } } })).toEqual([]);
      expect(reported('RUS002', text, { config: { rules: { 'missing-organisation': 'off' } } })).toEqual([]);
    });
  });

  describe('fix', () => {
    it('offers recording a non-response as a suggestion', () => {
      const text = withRoster(survey`
        ${HEAD}

        ### 1. Hur styr RUSen?

        | Organisation | Svar |
        | --- | --- |
        | Region Blekinge | Ja |
        | SLL | Ja |
      `);
      const [diagnostic] = diagnosticsOf('RUS002', text, { locale: 'sv' });
      expect(diagnostic!.fix?.title).toBe('Lägg till ett tomt svar för Region Skåne på fråga 1');
      expect(diagnostic!.suggestions?.map((s) => [s.title, s.edits.map((e) => e.newText)])).toEqual([
        ['Ange att Region Skåne inte svarade på fråga 1', ['\n| Region Skåne | Inget svar |']],
      ]);
    });
  });
});

describe('RUS002 fix group', () => {
  const group = rus002MissingOrganisation.fixGroup;

  it("groups a question's missing organisations by its number, and titles the action in both languages", () => {
    expect(group.key({ question: 4, organisation: 'Region Skåne' })).toBe(group.key({ question: 4, organisation: 'Region Blekinge' }));
    expect(group.key({ question: 4, organisation: 'Region Skåne' })).not.toBe(group.key({ question: 5, organisation: 'Region Skåne' }));
    expect(group.title(3, { question: 4 }, 'en')).toBe('Add all missing organisations (3) to question 4');
    expect(group.title(3, { question: 4 }, 'sv')).toBe('Lägg till alla saknade organisationer (3) i fråga 4');
  });

  it('leaves an unnumbered question out (its facts do not say which question it is)', () => {
    expect(group.key({ question: null, organisation: 'Region Skåne' })).toBeUndefined();
  });
});
