import { describe, expect, it } from 'vitest';
import { diagnosticsOf, expectFix, reported, sliceOf, survey } from './rule-test-helpers.js';

// Where RUS009 fires and where it is silent (<br>, comments, code, escapes), and what its fix makes of <p> in
// tables and sections: test/fixtures/rules/RUS009. Here: its messages and ranges in English and Swedish,
// severities, and which findings carry no fix.

/** Title 1, part 3, question heading 5, header 7–8, rows from line 9. */
const table = (rows: string): string => survey`
  # Enkät om RUS

  ## Del ett

  ### 1. Hur styr RUSen?

  | Organisation | Svar |
  | --- | --- |
  ${rows}
`;

/** Title 1, part 3, question heading 5, the answer's H4 7, its text from line 9. */
const section = (answer: string): string => survey`
  # Enkät om RUS

  ## Del ett

  ### 1. Hur styr RUSen?

  #### Region Skåne

  ${answer}
`;

describe('RUS009 inline-html', () => {
  describe('invalid', () => {
    it('reports <p> in a table answer at the answer cell, as info', () => {
      const text = table('| Region Skåne | <p>Här finns potential.</p> <p>I dagsläget inget.</p> |');
      expect(reported('RUS009', text)).toEqual([
        {
          line: 9,
          column: 18,
          endLine: 9,
          endColumn: 71,
          message: 'The answer of Region Skåne contains raw HTML (<p>).',
          severity: 'info',
        },
      ]);
      expect(sliceOf(text, diagnosticsOf('RUS009', text)[0]!)).toBe('<p>Här finns potential.</p> <p>I dagsläget inget.</p>');
    });

    it('names each kind of tag once, in order of appearance', () => {
      const text = table('| Region Dalarna | Text <span class="x">färg</span> och <em>mer</em> <span>igen</span> |');
      expect(reported('RUS009', text).map((d) => [d.line, d.column, d.endColumn, d.message])).toEqual([
        [9, 20, 87, 'The answer of Region Dalarna contains raw HTML (<span>, <em>).'],
      ]);
    });

    it('reports in Swedish with locale sv', () => {
      const text = table('| Region Skåne | <p>Ett</p> |');
      expect(reported('RUS009', text, { locale: 'sv' }).map((d) => d.message)).toEqual(['Svaret från Region Skåne innehåller rå HTML (<p>).']);
    });
  });

  describe('severity', () => {
    const text = table('| Region Skåne | <p>Ett</p> |');

    it('is info by default and follows the config by id or name', () => {
      expect(reported('RUS009', text).map((d) => d.severity)).toEqual(['info']);
      expect(reported('RUS009', text, { config: { rules: { RUS009: 'error' } } }).map((d) => d.severity)).toEqual(['error']);
      expect(reported('RUS009', text, { config: { rules: { 'inline-html': 'warning' } } }).map((d) => d.severity)).toEqual(['warning']);
    });

    it('is off by id and by name, and by a disable-file directive', () => {
      expect(reported('RUS009', text, { config: { rules: { RUS009: 'off' } } })).toEqual([]);
      expect(reported('RUS009', text, { config: { rules: { 'inline-html': 'off' } } })).toEqual([]);
      expect(reported('RUS009', `<!-- rus-survey-disable-file RUS009 -->\n\n${text}`)).toEqual([]);
    });
  });

  describe('fix', () => {
    it('leaves other tags alone: the finding stays, without a fix', () => {
      const after = table('| Region Skåne | Ett <em>två</em><br><br>tre |');
      expect(diagnosticsOf('RUS009', after).map((d) => [d.message, d.fix])).toEqual([
        ['The answer of Region Skåne contains raw HTML (<em>).', undefined],
      ]);
    });

    it('never turns an escaped \\<p> into \\<br><br>: an escaped backslash before a tag leaves the tag markup (issue 11)', () => {
      const before = table('| Region Skåne | a \\<p>b \\\\<p>c</p> \\<p><p>d</p> \\\\\\<p> e |');
      const after = table('| Region Skåne | a \\<p>b \\\\<br><br>c<br><br> \\<p><br><br>d<br><br> \\\\\\<p> e |');
      expectFix('RUS009', before, after);
      expect(after).not.toMatch(/(?<!\\)(?:\\\\)*\\<br>/);
    });

    it('never rewrites a <p> inside an HTML comment, on one line or across lines (issue 11)', () => {
      expectFix(
        'RUS009',
        table('| Region Skåne | <!-- <p>x</p> --> ett</p> <!--<p>--><p>två |'),
        table('| Region Skåne | <!-- <p>x</p> --> ett<br><br> <!--<p>--><br><br>två |'),
      );
      expectFix(
        'RUS009',
        section('Skriv \\<p> här.<p>Nästa.\n\n<!--\n<p>z</p>\n-->\n\nSlut <!-- <p> --> och<p>sist'),
        section('Skriv \\<p> här.\n\nNästa.\n\n<!--\n<p>z</p>\n-->\n\nSlut <!-- <p> --> och\n\nsist'),
      );
    });

    it('offers no fix for an answer that is only a <span>', () => {
      expect(diagnosticsOf('RUS009', table('| Region Skåne | <span>Ja</span> |')).map((d) => d.fix)).toEqual([undefined]);
    });
  });
});
