import { describe, expect, it } from 'vitest';
import { diagnosticsOf, reported, survey } from './rule-test-helpers.js';

// Where RUS011 fires and where it is silent (front matter, config and inferred rosters, disable-file):
// test/fixtures/rules/RUS011. Here: its messages in English and Swedish, in roster order, and severities.

const FRONT_MATTER = survey`
  ---
  organisations:
    - Region Blekinge
    - name: Stockholms läns landsting
      aliases: [SLL]
    - Region Skåne
  ---
`;

const BODY = survey`
  # Enkät om RUS

  ## Del ett

  ### 1. Hur styr RUSen?

  | Organisation | Svar |
  | --- | --- |
  | Region Skåne | Ja |

  ### 2. Hur ser kopplingen ut?

  #### SLL

  Svag.
`;

describe('RUS011 silent-organisation', () => {
  describe('invalid', () => {
    it('reports a front matter roster organisation that answers nothing, as info on line 1', () => {
      const text = `${FRONT_MATTER}\n${BODY}`;
      expect(reported('RUS011', text)).toEqual([
        { line: 1, column: 1, endLine: 1, endColumn: 4, message: 'Region Blekinge answers no question in this survey.', severity: 'info' },
      ]);
      expect(diagnosticsOf('RUS011', text)[0]!.data).toEqual({ organisation: 'Region Blekinge' });
    });

    it('reports every silent organisation of a config roster, in roster order, on the first line', () => {
      const config = { organisations: ['Region Dalarna', 'Region Skåne', { name: 'Region Halland', aliases: ['RH'] }, 'SLL'] };
      expect(reported('RUS011', BODY, { config })).toEqual([
        { line: 1, column: 1, endLine: 1, endColumn: 15, message: 'Region Dalarna answers no question in this survey.', severity: 'info' },
        { line: 1, column: 1, endLine: 1, endColumn: 15, message: 'Region Halland answers no question in this survey.', severity: 'info' },
      ]);
    });

    it('reports in Swedish with locale sv', () => {
      expect(reported('RUS011', `${FRONT_MATTER}\n${BODY}`, { locale: 'sv' }).map((d) => d.message)).toEqual([
        'Region Blekinge svarar inte på någon fråga i enkäten.',
      ]);
    });
  });

  describe('severity', () => {
    const text = `${FRONT_MATTER}\n${BODY}`;

    it('is info by default and follows the config by id or name', () => {
      expect(reported('RUS011', text).map((d) => d.severity)).toEqual(['info']);
      expect(reported('RUS011', text, { config: { rules: { RUS011: 'error' } } }).map((d) => d.severity)).toEqual(['error']);
      expect(reported('RUS011', text, { config: { rules: { 'silent-organisation': 'warning' } } }).map((d) => d.severity)).toEqual(['warning']);
    });

    it('is off by id, by name, and by a disable-file directive', () => {
      expect(reported('RUS011', text, { config: { rules: { RUS011: 'off' } } })).toEqual([]);
      expect(reported('RUS011', text, { config: { rules: { 'silent-organisation': 'off' } } })).toEqual([]);
      expect(reported('RUS011', `${text}\n<!-- rus-survey-disable-file silent-organisation -->\n`)).toEqual([]);
    });

    it('is not fixable: no fix is offered', () => {
      expect(diagnosticsOf('RUS011', text).map((d) => d.fix)).toEqual([undefined]);
    });
  });
});
