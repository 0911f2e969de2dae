import { describe, expect, it } from 'vitest';
import { diagnosticsOf, expectFix, reported, sliceOf, survey } from './rule-test-helpers.js';
import { rus002MissingOrganisation } from '../../src/rules/rus002-missing-organisation.js';

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
  describe('valid', () => {
    it('is silent when every roster organisation answers, by name or alias', () => {
      const text = withRoster(survey`
        ${HEAD}

        ### 1. Hur styr RUSen?

        | Organisation | Svar |
        | --- | --- |
        | Region Blekinge | Ja |
        | Region Stockholm | Ja |
        | region  skåne | Ja |

        ### 2. Hur ser kopplingen ut?

        #### Region Skåne

        Svag.

        #### SLL

        Stark.

        #### Region Blekinge

        Tydlig.
      `);
      expect(reported('RUS002', text)).toEqual([]);
    });

    it('counts an explicit non-response ("Inget svar", "*No answer*") as an answer', () => {
      const text = withRoster(survey`
        ${HEAD}

        ### 1. Hur styr RUSen?

        | Organisation | Svar |
        | --- | --- |
        | Region Blekinge | Inget svar |
        | SLL | *No answer* |
        | Region Skåne | _Inget svar._ |
      `);
      expect(reported('RUS002', text)).toEqual([]);
    });

    it('counts an empty or placeholder answer as present (that is RUS003)', () => {
      const text = withRoster(survey`
        ${HEAD}

        ### 1. Hur styr RUSen?

        | Organisation | Svar |
        | --- | --- |
        | Region Blekinge |  |
        | SLL | - |
        | Region Skåne | TBD |
      `);
      expect(reported('RUS002', text)).toEqual([]);
    });

    it('with the inferred roster, is silent when everyone answers every question', () => {
      const text = survey`
        # Enkät om RUS

        ## Del ett

        ### 1. Hur styr RUSen?

        | Organisation | Svar |
        | --- | --- |
        | Region Blekinge | Ja |
        | Region Skåne | Nej |

        ### 2. Hur ser kopplingen ut?

        | Organisation | Svar |
        | --- | --- |
        | Region Skåne | Svag |
        | Region Blekinge | Stark |
      `;
      expect(reported('RUS002', text)).toEqual([]);
    });
  });

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

    it('uses the config roster when the front matter has none', () => {
      const body = survey`
        # Enkät om RUS

        ## Del ett

        ### 1. Hur styr RUSen?

        | Organisation | Svar |
        | --- | --- |
        | Region Blekinge | Ja |
      `;
      expect(reported('RUS002', body, { config: { organisations: ['Region Blekinge', 'Region Dalarna'] } })).toEqual([
        { line: 5, column: 1, endLine: 5, endColumn: 23, message: 'Region Dalarna has no answer to question 1.', severity: 'warning' },
      ]);
    });

    it('with the inferred roster, reports an organisation that answers one question but not another', () => {
      const inferred = survey`
        # Enkät om RUS

        ## Del ett

        ### 1. Hur styr RUSen?

        | Organisation | Svar |
        | --- | --- |
        | Region Blekinge | Ja |
        | Region Skåne | Nej |

        ### 2. Hur ser kopplingen ut?

        | Organisation | Svar |
        | --- | --- |
        | Region Blekinge | Stark |
      `;
      expect(reported('RUS002', inferred)).toEqual([
        { line: 12, column: 1, endLine: 12, endColumn: 30, message: 'Region Skåne has no answer to question 2.', severity: 'warning' },
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

  describe('inline directives', () => {
    const body = (q1Prefix: string, q2Prefix: string, top = ''): string =>
      survey`
        ${top}# Enkät om RUS

        ## Del ett
        ${q1Prefix}
        ### 1. Hur styr RUSen?

        | Organisation | Svar |
        | --- | --- |
        | Region Blekinge | Ja |

        ${q2Prefix}
        ### 2. Hur ser kopplingen ut?

        | Organisation | Svar |
        | --- | --- |
        | Region Blekinge | Svag |
      `;
    const config = { organisations: ['Region Blekinge', 'Region Skåne'] };
    const lines = (text: string): number[] => reported('RUS002', text, { config }).map((d) => d.line);

    it('without directives both questions are reported', () => {
      expect(lines(body('', ''))).toEqual([5, 12]);
    });

    it('disable-next-line silences the next line only, by id or name', () => {
      expect(lines(body('<!-- rus-survey-disable-next-line RUS002 -->', ''))).toEqual([12]);
      expect(lines(body('', '<!-- rus-survey-disable-next-line missing-organisation -->'))).toEqual([5]);
    });

    it('a directive for another rule does not silence RUS002', () => {
      expect(lines(body('<!-- rus-survey-disable-next-line RUS003 -->', ''))).toEqual([5, 12]);
    });

    it('disable … enable silences the lines in between', () => {
      expect(lines(body('<!-- rus-survey-disable RUS002 -->', '<!-- rus-survey-enable RUS002 -->'))).toEqual([12]);
      expect(lines(body('', '<!-- rus-survey-disable RUS002 -->'))).toEqual([5]);
    });

    it('disable-file silences the whole file, wherever it stands', () => {
      expect(lines(body('', '<!-- rus-survey-disable-file RUS002 -->'))).toEqual([]);
      expect(lines(body('', '', '<!-- rus-survey-disable-file missing-organisation -->\n\n'))).toEqual([]);
    });
  });

  describe('fix', () => {
    it('inserts empty rows in roster order: before the first row, or after the last earlier organisation', () => {
      const before = withRoster(survey`
        ${HEAD}

        ### 1. Hur styr RUSen?

        | Organisation | Svar |
        | --- | --- |
        | SLL | Mycket |
      `);
      const after = withRoster(survey`
        ${HEAD}

        ### 1. Hur styr RUSen?

        | Organisation | Svar |
        | --- | --- |
        | Region Blekinge |  |
        | SLL | Mycket |
        | Region Skåne |  |
      `);
      expectFix('RUS002', before, after);
    });

    it('inserts after the last row of an earlier organisation even when the table is not in roster order', () => {
      const before = withRoster(survey`
        ${HEAD}

        ### 1. Hur styr RUSen?

        | Organisation | Svar |
        | --- | --- |
        | Region Skåne | Ja |
        | Region Blekinge | Nej |
      `);
      const after = withRoster(survey`
        ${HEAD}

        ### 1. Hur styr RUSen?

        | Organisation | Svar |
        | --- | --- |
        | Region Skåne | Ja |
        | Region Blekinge | Nej |
        | Stockholms läns landsting |  |
      `);
      expectFix('RUS002', before, after);
    });

    it('adds H4 sections in roster order in a section-form question', () => {
      const before = withRoster(survey`
        ${HEAD}

        ### 1. Hur styr RUSen?

        #### Region Skåne

        Svag.
      `);
      const after = withRoster(survey`
        ${HEAD}

        ### 1. Hur styr RUSen?

        #### Region Blekinge

        #### Stockholms läns landsting

        #### Region Skåne

        Svag.
      `);
      expectFix('RUS002', before, after);
    });

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
      expect(diagnostic!.fix?.title).toBe('Lägg till ett tomt svar för Region Skåne');
      expect(diagnostic!.suggestions?.map((s) => [s.title, s.edits.map((e) => e.newText)])).toEqual([
        ['Ange att Region Skåne inte svarade', ['\n| Region Skåne | Inget svar |']],
      ]);
    });

    it('offers no fix for a question with no answer form to add to', () => {
      const text = withRoster(`${HEAD}\n### 1. Hur styr RUSen?\n`);
      const diagnostics = diagnosticsOf('RUS002', text);
      expect(diagnostics).toHaveLength(3);
      expect(diagnostics.every((d) => d.fix === undefined)).toBe(true);
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
