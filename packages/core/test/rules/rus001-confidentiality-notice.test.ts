import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIDENTIALITY_NOTICE, fixSurvey } from '../../src/index.js';
import { diagnosticsOf, expectFix, onlyRule, reported, sliceOf, survey } from './rule-test-helpers.js';

// Where RUS001 fires, where it is silent, expected texts from front matter and config, and the text its fix makes
// (Swedish, English, after an intro, without an H1, a configured text): test/fixtures/rules/RUS001. Here: its
// messages and ranges, in English and Swedish, the suggestion for a differing notice, severities, CRLF.

const SV_NOTICE = DEFAULT_CONFIDENTIALITY_NOTICE.sv;
const MISSING = 'The survey has no confidentiality notice before its first part.';

const question = survey`
  ## Del ett

  ### 1. Hur styr RUSen er verksamhet?

  | Organisation | Svar |
  | --- | --- |
  | Region Skåne | Mycket |
`;

describe('RUS001 confidentiality-notice', () => {
  describe('invalid', () => {
    it('reports a missing notice as an error on the whole H1 line', () => {
      const text = `# Enkät om RUS\n\n${question}`;
      expect(reported('RUS001', text)).toEqual([
        { line: 1, column: 1, endLine: 1, endColumn: 15, message: MISSING, severity: 'error' },
      ]);
      expect(sliceOf(text, diagnosticsOf('RUS001', text)[0]!)).toBe('# Enkät om RUS');
    });

    it('reports in Swedish with locale sv', () => {
      const text = `# Enkät om RUS\n\n${question}`;
      expect(reported('RUS001', text, { locale: 'sv' })).toEqual([
        { line: 1, column: 1, endLine: 1, endColumn: 15, message: 'Enkäten saknar konfidentialitetsnotis före första delen.', severity: 'error' },
      ]);
    });

    it('reports a blockquote that differs from the front matter text as a warning at the blockquote', () => {
      const text = survey`
        ---
        confidentiality: "Endast för nätverket."
        ---

        # Enkät om RUS

        > Tänk på att detta är ett diskussionsunderlag.

        ${question}
      `;
      expect(reported('RUS001', text)).toEqual([
        {
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 48,
          message: 'The confidentiality notice differs from the expected text: "Endast för nätverket.".',
          severity: 'warning',
        },
      ]);
      const [diagnostic] = diagnosticsOf('RUS001', text);
      expect(sliceOf(text, diagnostic!)).toBe('> Tänk på att detta är ett diskussionsunderlag.');
      // Replacing someone's notice is a choice, not an automatic fix.
      expect(diagnostic!.fix).toBeUndefined();
      expect(diagnostic!.suggestions?.[0]?.edits).toEqual([{ range: diagnostic!.range, newText: '> Endast för nätverket.' }]);
    });

    it('reports the differing blockquote in Swedish', () => {
      const text = `# Enkät om RUS\n\n> Annan text.\n\n${question}`;
      expect(reported('RUS001', text, { locale: 'sv', config: { confidentiality: 'Endast för nätverket.' } })).toEqual([
        {
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 14,
          message: 'Konfidentialitetsnotisen skiljer sig från den förväntade texten: "Endast för nätverket.".',
          severity: 'warning',
        },
      ]);
    });

    it('reports the expected text found only after the first part: error at the H1 and warning at the quote', () => {
      const text = survey`
        # Enkät om RUS

        ## Del ett

        > Endast för nätverket.

        ### 1. Hur styr RUSen er verksamhet?

        | Organisation | Svar |
        | --- | --- |
        | Region Skåne | Mycket |
      `;
      expect(reported('RUS001', text, { config: { confidentiality: 'Endast för nätverket.' } })).toEqual([
        { line: 1, column: 1, endLine: 1, endColumn: 15, message: MISSING, severity: 'error' },
        {
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 24,
          message: 'The confidentiality notice stands after the first part; move it between the title and the first part.',
          severity: 'warning',
        },
      ]);
    });

  });

  describe('severity', () => {
    const text = `# Enkät om RUS\n\n> Annan text.\n\n${question}`;
    const options = { confidentiality: 'Endast för nätverket.' };

    it('a configured severity replaces both the error and the per-finding warning', () => {
      expect(reported('RUS001', `# Enkät om RUS\n\n${question}`, { config: { rules: { RUS001: 'warning' } } })[0]?.severity).toBe('warning');
      expect(reported('RUS001', text, { config: { ...options, rules: { RUS001: 'error' } } })[0]?.severity).toBe('error');
      expect(reported('RUS001', text, { config: { ...options, rules: { 'confidentiality-notice': 'info' } } })[0]?.severity).toBe('info');
    });

    it('is off by id and by name', () => {
      expect(reported('RUS001', text, { config: { ...options, rules: { RUS001: 'off' } } })).toEqual([]);
      expect(reported('RUS001', text, { config: { ...options, rules: { 'confidentiality-notice': 'off' } } })).toEqual([]);
    });
  });

  describe('fix', () => {
    it('keeps CRLF line breaks', () => {
      const before = `# Enkät om RUS\n\n${question}`.replace(/\n/g, '\r\n');
      const after = `# Enkät om RUS\n\n> ${SV_NOTICE}\n\n${question}`.replace(/\n/g, '\r\n');
      expectFix('RUS001', before, after);
    });

    it('fixSurvey leaves a fixed survey alone', () => {
      const fixed = `# Enkät om RUS\n\n> ${SV_NOTICE}\n\n${question}`;
      const again = fixSurvey(fixed, { config: { rules: onlyRule('RUS001') } });
      expect(again.fixCount).toBe(0);
      expect(again.text).toBe(fixed);
    });
  });
});
