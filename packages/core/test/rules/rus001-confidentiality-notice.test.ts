import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIDENTIALITY_NOTICE, fixSurvey } from '../../src/index.js';
import { diagnosticsOf, expectFix, onlyRule, reported, sliceOf, survey } from './rule-test-helpers.js';

const SV_NOTICE = DEFAULT_CONFIDENTIALITY_NOTICE.sv;
const EN_NOTICE = DEFAULT_CONFIDENTIALITY_NOTICE.en;
const MISSING = 'The survey has no confidentiality notice before its first part.';

const question = survey`
  ## Del ett

  ### 1. Hur styr RUSen er verksamhet?

  | Organisation | Svar |
  | --- | --- |
  | Region Skåne | Mycket |
`;

describe('RUS001 confidentiality-notice', () => {
  describe('valid', () => {
    it('accepts any non-empty blockquote between the H1 and the first part when no text is expected', () => {
      const text = `# Enkät om RUS\n\n> Endast för nätverket.\n\n${question}`;
      expect(reported('RUS001', text)).toEqual([]);
    });

    it('accepts the notice after an intro paragraph', () => {
      const text = `# Enkät om RUS\n\nInför mötet skickades en enkät ut.\n\n> Endast för nätverket.\n\n${question}`;
      expect(reported('RUS001', text)).toEqual([]);
    });

    it('accepts the expected text from front matter with whitespace and case folded', () => {
      const text = survey`
        ---
        confidentiality: "Endast för nätverket, stäm av."
        ---

        # Enkät om RUS

        > ENDAST för   nätverket,
        > stäm av.

        ${question}
      `;
      expect(reported('RUS001', text)).toEqual([]);
    });

    it('accepts the expected text from the config', () => {
      const text = `# Enkät om RUS\n\n> Endast för nätverket.\n\n${question}`;
      expect(reported('RUS001', text, { config: { confidentiality: 'endast för nätverket.' } })).toEqual([]);
    });

    it('is silent when turned off, by id or by name', () => {
      const text = `# Enkät om RUS\n\n${question}`;
      expect(reported('RUS001', text, { config: { rules: { RUS001: 'off' } } })).toEqual([]);
      expect(reported('RUS001', text, { config: { rules: { 'confidentiality-notice': 'off' } } })).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports a missing notice as an error on the whole H1 line', () => {
      const text = `# Enkät om RUS\n\n${question}`;
      expect(reported('RUS001', text)).toEqual([
        { line: 1, column: 1, endLine: 1, endColumn: 15, message: MISSING, severity: 'error' },
      ]);
      expect(sliceOf(text, diagnosticsOf('RUS001', text)[0]!)).toBe('# Enkät om RUS');
    });

    it('reports at the H1 line when front matter comes first', () => {
      const text = `---\nrus-survey: true\n---\n\n# Enkät om RUS\n\n${question}`;
      expect(reported('RUS001', text)).toEqual([
        { line: 5, column: 1, endLine: 5, endColumn: 15, message: MISSING, severity: 'error' },
      ]);
    });

    it('reports at line 1 when the survey has no H1', () => {
      expect(reported('RUS001', question)).toEqual([
        { line: 1, column: 1, endLine: 1, endColumn: 11, message: MISSING, severity: 'error' },
      ]);
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

    it('front matter confidentiality wins over the config', () => {
      const text = `---\nconfidentiality: "Från front matter."\n---\n\n# Enkät om RUS\n\n> Från config.\n\n${question}`;
      const found = reported('RUS001', text, { config: { confidentiality: 'Från config.' } });
      expect(found.map((d) => [d.line, d.message])).toEqual([
        [7, 'The confidentiality notice differs from the expected text: "Från front matter.".'],
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

    it('does not count an empty blockquote as the notice', () => {
      const text = `# Enkät om RUS\n\n>\n\n${question}`;
      expect(reported('RUS001', text)).toEqual([
        { line: 1, column: 1, endLine: 1, endColumn: 15, message: MISSING, severity: 'error' },
      ]);
    });

    it('does not count a blockquote above the H1 as the notice', () => {
      const text = `> Endast för nätverket.\n\n# Enkät om RUS\n\n${question}`;
      expect(reported('RUS001', text)).toEqual([
        { line: 3, column: 1, endLine: 3, endColumn: 15, message: MISSING, severity: 'error' },
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
    it('inserts the Swedish default notice after the H1 of a Swedish survey', () => {
      const before = `# Enkät om RUS\n\n${question}`;
      expectFix('RUS001', before, `# Enkät om RUS\n\n> ${SV_NOTICE}\n\n${question}`);
    });

    it('inserts after the intro, not between the H1 and the intro', () => {
      const before = `# Enkät om RUS\n\nInför mötet skickades en enkät ut.\n\n${question}`;
      expectFix('RUS001', before, `# Enkät om RUS\n\nInför mötet skickades en enkät ut.\n\n> ${SV_NOTICE}\n\n${question}`);
    });

    it('inserts the English default notice in an English survey', () => {
      const english = survey`
        ## Part one

        ### 1. How does the strategy steer your work?

        | Organisation | Answer |
        | --- | --- |
        | Region Skåne | A lot |
      `;
      const before = `# Survey about the strategy\n\n${english}`;
      expectFix('RUS001', before, `# Survey about the strategy\n\n> ${EN_NOTICE}\n\n${english}`);
    });

    it('inserts the expected text, line by line as a blockquote', () => {
      const before = `# Enkät om RUS\n\n${question}`;
      const config = { confidentiality: 'Rad ett.\nRad två.' };
      expectFix('RUS001', before, `# Enkät om RUS\n\n> Rad ett.\n> Rad två.\n\n${question}`, { config });
    });

    it('inserts at the top when there is no H1, and after front matter when there is one', () => {
      expectFix('RUS001', question, `> ${SV_NOTICE}\n\n${question}`);
      const withFrontMatter = `---\nrus-survey: true\n---\n${question}`;
      expectFix('RUS001', withFrontMatter, `---\nrus-survey: true\n---\n\n> ${SV_NOTICE}\n\n${question}`);
    });

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
