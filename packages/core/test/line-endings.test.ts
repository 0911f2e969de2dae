// CR-only and CRLF files (issue 11): front matter is read, and no fix brings in a line break the file does not use.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixSurvey, isSurveyDocument, lintSurvey, applyFixes } from '../src/index.js';
import './fast-check-seed.js';
import { exampleSurvey } from './test-files.js';

const withBreak = (text: string, lineBreak: string): string => text.replace(/\r\n|\r|\n/g, lineBreak);

const FRONT_MATTER_SURVEY = [
  '---',
  'rus-survey: true',
  'title: Enkät om RUS',
  '---',
  '# Enkät om RUS',
  '',
  '## Del ett',
  '',
  '### 1. Hur styr RUSen?',
  '',
  '| Organisation | Svar |',
  '| --- | --- |',
  '| Region Skåne | Ja <p>mer</p> |',
  '| | |',
  '',
  '### 3. Nästa',
  '',
  '#### Region Skåne',
  '',
  'Svar <p>två</p>',
  '',
].join('\n');

describe('line endings', { timeout: 120_000 }, () => {
  for (const [name, lineBreak] of [['CR', '\r'], ['CRLF', '\r\n']] as const) {
    it(`${name}: front matter is read as front matter, not as a part`, () => {
      const text = withBreak(FRONT_MATTER_SURVEY, lineBreak);
      const { survey, diagnostics } = lintSurvey(text, { config: { organisations: ['Region Skåne', 'Region Gotland'] } });
      expect(survey.frontMatter?.data).toMatchObject({ 'rus-survey': true, title: 'Enkät om RUS' });
      expect(survey.parts.map((part) => part.title)).toEqual(['Del ett']);
      expect(diagnostics.filter((d) => d.ruleId === 'RUS010')).toEqual(
        diagnostics.filter((d) => d.ruleId === 'RUS010' && d.message.includes('no answer')),
      );
      expect(isSurveyDocument({ path: 'enkat.md', text })).toBe(true);
    });

    it(`${name}: fixSurvey and every single fix keep the file's own line break`, () => {
      const text = withBreak(FRONT_MATTER_SURVEY, lineBreak);
      const config = { organisations: ['Region Skåne', 'Region Gotland'] };
      const fixed = fixSurvey(text, { config }).text;
      expect(fixed).not.toBe(text);
      expect(fixed.replace(/\r\n|\r/g, '')).not.toMatch(/\n/);
      if (lineBreak === '\r') expect(fixed).not.toContain('\r\n');
      for (const diagnostic of lintSurvey(text, { config }).diagnostics) {
        if (!diagnostic.fix) continue;
        const once = applyFixes(text, [diagnostic]);
        expect(once.replace(/\r\n|\r/g, '')).not.toMatch(/\n/);
        if (lineBreak === '\r') expect(once).not.toContain('\r\n');
      }
    });
  }

  it('property: fixing the example with CRLF or CR line breaks never introduces a bare LF', () => {
    const lines = exampleSurvey().split('\n');
    fc.assert(
      fc.property(fc.constantFrom('\r', '\r\n'), fc.integer({ min: 0, max: lines.length - 1 }), fc.integer({ min: 1, max: 60 }), (lineBreak, from, count) => {
        // A slice of the example keeps its questions and answers; its fixes vary with what was cut.
        const text = [lines[0]!, ...lines.slice(from, from + count)].join(lineBreak);
        const fixed = fixSurvey(text, { config: { organisations: { preset: 'sweden-regions' } } }).text;
        return !/(^|[^\r])\n/.test(fixed) && (lineBreak === '\r\n' || !fixed.includes('\n'));
      }),
      { numRuns: 15 },
    );
  });
});
