import { describe, expect, it } from 'vitest';
import { fixSurvey, lintSurvey } from '../../src/index.js';
import { diagnosticsOf, reported, sliceOf, survey } from './rule-test-helpers.js';

// Where RUS004 fires and is silent (explicit, config and inferred rosters, aliases, H4 headings) and the renames
// its fix makes: test/fixtures/rules/RUS004; real Swedish names: rus004-real-names.test.ts. Here: its messages and
// ranges in English and Swedish (suggested name, real organisation, near-duplicate), severities, fix titles.

const FRONT_MATTER = survey`
  ---
  organisations:
    - Region Örebro län
    - name: Stockholms läns landsting
      aliases: [SLL]
  ---
`;

/** Front matter lines 1–6, blank line 7, title 8, part 10, question 1 heading 12, table rows from line 16. */
const explicit = (rows: string, after = ''): string =>
  `${FRONT_MATTER}\n${survey`
    # Enkät om RUS

    ## Del ett

    ### 1. Hur styr RUSen?

    | Organisation | Svar |
    | --- | --- |
    ${rows}
    ${after}
  `}`;

describe('RUS004 unknown-organisation', () => {
  describe('invalid', () => {
    it('reports a name outside an explicit roster at the organisation cell, suggesting the closest', () => {
      const text = explicit('| Region Örebro | Ja |\n| Stockholms lans landsting | Ja |');
      expect(reported('RUS004', text)).toEqual([
        {
          line: 16,
          column: 3,
          endLine: 16,
          endColumn: 16,
          message: '"Region Örebro" is not in the roster. Did you mean "Region Örebro län"?',
          severity: 'error',
        },
        {
          line: 17,
          column: 3,
          endLine: 17,
          endColumn: 28,
          message: '"Stockholms lans landsting" is not in the roster. Did you mean "Stockholms läns landsting"?',
          severity: 'error',
        },
      ]);
      expect(diagnosticsOf('RUS004', text).map((d) => sliceOf(text, d))).toEqual(['Region Örebro', 'Stockholms lans landsting']);
    });

    it('reports a name with no close roster name without a suggestion or fix', () => {
      const text = explicit('| Nätverket för hållbar tillväxt | Ja |');
      expect(reported('RUS004', text)).toEqual([
        { line: 16, column: 3, endLine: 16, endColumn: 33, message: '"Nätverket för hållbar tillväxt" is not in the roster.', severity: 'error' },
      ]);
      expect(diagnosticsOf('RUS004', text)[0]!.fix).toBeUndefined();
      expect(diagnosticsOf('RUS004', text)[0]!.suggestions).toBeUndefined();
    });

    it('says that a real organisation outside the roster is one, and suggests no other name for it', () => {
      const text = explicit('| Svenska ESF-rådet | Ja |\n| Region Örebro län | Ja |');
      expect(reported('RUS004', text).map((d) => d.message)).toEqual([
        '"Svenska ESF-rådet" is not in the roster. It is a real organisation: add it to the roster if it is expected to answer.',
      ]);
      expect(diagnosticsOf('RUS004', text)[0]!.fix).toBeUndefined();
    });

    it('with an inferred roster, reports a near-duplicate of another name', () => {
      const text = survey`
        # Enkät om RUS

        ## Del ett

        ### 1. Hur styr RUSen?

        | Organisation | Svar |
        | --- | --- |
        | Region Örebro län | Ja |
        | Region Dalarna | Ja |

        ### 2. Hur ser kopplingen ut?

        | Organisation | Svar |
        | --- | --- |
        | Region Dalarna | Ja |
        | Region Örebro | Svag |
      `;
      expect(reported('RUS004', text)).toEqual([
        {
          line: 17,
          column: 3,
          endLine: 17,
          endColumn: 16,
          message:
            '"Region Örebro" looks like another form of "Region Örebro län" (the same name with words added or left out), and the two never answer the same question.',
          severity: 'error',
        },
      ]);
    });

    it('reports in Swedish with locale sv', () => {
      const text = explicit('| Region Örebro | Ja |\n| Svenska ESF-rådet | Ja |');
      expect(reported('RUS004', text, { locale: 'sv' }).map((d) => d.message)).toEqual([
        '"Region Örebro" finns inte i listan över organisationer. Menade du "Region Örebro län"?',
        '"Svenska ESF-rådet" finns inte i listan över organisationer. Det är en verklig organisation: lägg till den i listan om den ska svara.',
      ]);
    });
  });

  describe('severity', () => {
    const text = explicit('| Nätverket för hållbar tillväxt | Ja |');

    it('is an error by default and follows the config by id or name', () => {
      expect(reported('RUS004', text).map((d) => d.severity)).toEqual(['error']);
      expect(reported('RUS004', text, { config: { rules: { RUS004: 'warning' } } }).map((d) => d.severity)).toEqual(['warning']);
      expect(reported('RUS004', text, { config: { rules: { 'unknown-organisation': 'info' } } }).map((d) => d.severity)).toEqual(['info']);
    });

    it('is off by id and by name', () => {
      expect(reported('RUS004', text, { config: { rules: { RUS004: 'off' } } })).toEqual([]);
      expect(reported('RUS004', text, { config: { rules: { 'unknown-organisation': 'off' } } })).toEqual([]);
    });
  });

  describe('fix', () => {
    it('titles the fix in the diagnostic locale', () => {
      const text = explicit('| Region Örebro | Ja |');
      expect(diagnosticsOf('RUS004', text, { locale: 'sv' })[0]!.fix?.title).toBe('Byt namn till "Region Örebro län"');
      expect(diagnosticsOf('RUS004', text)[0]!.fix?.title).toBe('Rename to "Region Örebro län"');
    });
  });

  describe('a pipe in a name (issue 11)', () => {
    // `|` ends a table cell, so the table writes the roster name `Region A|B` as `Region A\|B`.
    const pipes = survey`
      ---
      organisations: ['Region A|B', Region C]
      ---
      # Enkät om RUS

      > Konfidentiellt.

      ## Del ett

      ### 1. Hur styr RUSen?

      | Organisation | Svar |
      | --- | --- |
      | Region A\\|B | Svar ett |
      | Region C | Svar två |

      ### 2. Vem leder?

      | Organisation | Svar |
      | --- | --- |
      | Region C | Svar tre |
    `;

    it('matches Region A\\|B in the organisation cell to the roster name Region A|B: no RUS004', () => {
      const { survey: model, diagnostics } = lintSurvey(pipes);
      expect(model.parts[0]!.questions[0]!.answers.map((answer) => answer.organisation.text)).toEqual(['Region A\\|B', 'Region C']);
      expect(diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.message])).toEqual([['RUS002', 'Region A|B has no answer to question 2.']]);
    });

    it('applies its RUS002 fix (not withheld): the added row writes the name escaped, and nothing is left to report', () => {
      const fixed = fixSurvey(pipes);
      expect(fixed.withheld).toEqual([]);
      expect(fixed.fixCount).toBe(1);
      expect(fixed.text).toContain('| --- | --- |\n| Region A\\|B |  |\n| Region C | Svar tre |');
      expect(lintSurvey(fixed.text).diagnostics.filter((diagnostic) => diagnostic.ruleId !== 'RUS003')).toEqual([]);
    });
  });
});
