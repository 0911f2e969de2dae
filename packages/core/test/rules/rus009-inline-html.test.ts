import { describe, expect, it } from 'vitest';
import { diagnosticsOf, expectFix, reported, sliceOf, survey } from './rule-test-helpers.js';

/** Title 1, part 3, question heading 5, header 7–8, rows from line 9. */
const table = (rows: string): string => survey`
  # Enkät om RUS

  ## Del ett

  ### 1. Hur styr RUSen?

  | Organisation | Svar |
  | --- | --- |
  ${rows}
`;

/** Title 1, part 3, question heading 5, H4 on line 7, the answer from line 9. */
const section = (answer: string): string => survey`
  # Enkät om RUS

  ## Del ett

  ### 1. Hur styr RUSen?

  #### Region Skåne

  ${answer}
`;

describe('RUS009 inline-html', () => {
  describe('valid', () => {
    it('accepts <br> in any spelling and HTML comments', () => {
      const text = table('| Region Skåne | Rad ett<br>rad två<br/>rad tre<BR />slut |\n| Region Dalarna | Ett <!-- notering --> två |');
      expect(reported('RUS009', text)).toEqual([]);
    });

    it('accepts plain Markdown in a section answer, and tag-like text in code', () => {
      expect(reported('RUS009', section('Text med *betoning* och `<p>` i kod.'))).toEqual([]);
    });
  });

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

    it('reports a section answer at its content', () => {
      const text = section('Text med <em>betoning</em>.\n\nAndra stycket.');
      expect(reported('RUS009', text)).toEqual([
        { line: 9, column: 1, endLine: 11, endColumn: 15, message: 'The answer of Region Skåne contains raw HTML (<em>).', severity: 'info' },
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
    it('turns the seed\'s <p>…</p> <p>…</p> into <br><br> in a table cell', () => {
      expectFix(
        'RUS009',
        table('| Region Skåne | <p>Här finns potential.</p> <p>I dagsläget inget.</p> |'),
        table('| Region Skåne | Här finns potential.<br><br>I dagsläget inget. |'),
      );
    });

    it('handles adjacent paragraphs and a lone opening tag', () => {
      expectFix(
        'RUS009',
        table('| Region Skåne | <p>Ett</p><p>Två</p><p>Tre</p> |\n| Region Dalarna | Först<p>Sedan |'),
        table('| Region Skåne | Ett<br><br>Två<br><br>Tre |\n| Region Dalarna | Först<br><br>Sedan |'),
      );
    });

    it('turns an inline <p> into a paragraph break in a section answer', () => {
      expectFix('RUS009', section('Första stycket.<p>Andra stycket.</p>'), section('Första stycket.\n\nAndra stycket.'));
    });

    it('leaves other tags alone: the finding stays, without a fix', () => {
      const before = table('| Region Skåne | <p>Ett <em>två</em></p> <p>tre</p> |');
      const after = table('| Region Skåne | Ett <em>två</em><br><br>tre |');
      expectFix('RUS009', before, after);
      expect(diagnosticsOf('RUS009', after).map((d) => [d.message, d.fix])).toEqual([
        ['The answer of Region Skåne contains raw HTML (<em>).', undefined],
      ]);
    });

    it('leaves an escaped \\<p>, a <p> in code and one in a comment as they are: they are text, not markup', () => {
      const before = table('| Region Skåne | Skriv \\<p> för stycke, `<p>` i kod <!-- <p> --> och <p>Ett</p> <p>Två</p> |');
      const after = table('| Region Skåne | Skriv \\<p> för stycke, `<p>` i kod <!-- <p> --> och <br><br>Ett<br><br>Två |');
      expectFix('RUS009', before, after);
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
