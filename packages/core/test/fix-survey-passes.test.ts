// fixSurvey's passes with findings scripted by text (lintSurvey mocked; the model, the guard and the fixes' edits
// are real): the bisection path, and the guard run again after ineffective fixes are taken out of a batch.
import { describe, expect, it, vi } from 'vitest';
import { buildSurvey } from '../src/parse/parse-survey.js';
import type { Diagnostic, Fix } from '../src/schema/diagnostic.js';
import { createLineIndex } from '../src/parse/line-index.js';

/** Findings for a text; each finding's fix is made against that text. */
let script: (text: string) => Diagnostic[] = () => [];
vi.mock('../src/lint/lint-survey.js', () => ({
  lintSurvey: (text: string) => ({ survey: buildSurvey(text), diagnostics: script(text) }),
}));
const { fixSurvey } = await import('../src/fix/fix-survey.js');

const NOTICE = '> Tänk på att detta är ett diskussionsunderlag för nätverket, vill du använda materialet i något annat sammanhang, kontakta deltagarna i nätverket och stäm av.';
const surveyOf = (answers: readonly string[]): string =>
  `# Enkät\n\n${NOTICE}\n\n## Del ett\n\n${answers.map((answer, i) => `### ${i + 1}. Fråga ${i + 1}?\n\n#### Region Skåne\n\n${answer}\n`).join('\n')}`;

/** A finding whose fix replaces the first `find` in the text by `replace`; reported while `find` is there. */
function finding(text: string, id: string, find: string, replace: string): Diagnostic[] {
  const at = text.indexOf(find);
  if (at === -1) return [];
  const lines = createLineIndex(text);
  const fix: Fix = { title: id, edits: [{ range: lines.range(at, at + find.length), newText: replace }] };
  return [{ ruleId: 'RUS009', message: id, severity: 'warning', range: lines.range(at, at + find.length), fix } as Diagnostic];
}

describe('fixSurvey passes (findings scripted)', () => {
  it('bisection: one fix of 40 loses an answer\'s word; only it is held back, the 39 others applied in one pass', () => {
    const answers = Array.from({ length: 40 }, (_, i) => `svar${i} gamla`);
    const text = surveyOf(answers);
    const bad = 23;
    script = (current) =>
      answers.flatMap((_, i) =>
        // Fix i: `gamla` → `nya gamla` in answer i (words kept); the bad one drops `gamla` (a word lost).
        finding(current, `fix ${i}`, `svar${i} gamla`, i === bad ? `svar${i}` : `svar${i} nya gamla`),
      );
    const fixed = fixSurvey(text);
    expect(fixed.passes).toBe(1);
    expect(fixed.fixCount).toBe(39);
    expect(fixed.withheld.map((fix) => fix.title)).toEqual([`fix ${bad}`]);
    expect(fixed.text).toBe(surveyOf(answers.map((answer, i) => (i === bad ? answer : answer.replace('gamla', 'nya gamla')))));
  });

  it('a batch that passes the guard only with an ineffective fix in it: without that fix it is guarded again', () => {
    const text = surveyOf(['alfa beta gamma']);
    // A drops `beta` (its finding then goes away); B adds `beta` back at the end but its finding stays (ineffective).
    // Together the answer keeps its words; A alone loses `beta`, so once B is taken out A must be held back too.
    script = (current) => [...finding(current, 'A', 'alfa beta', 'alfa'), ...finding(current, 'B', 'gamma', 'gamma beta')];
    const fixed = fixSurvey(text);
    expect(fixed.text).toBe(text);
    expect(fixed.fixCount).toBe(0);
    expect(fixed.withheld.map((fix) => fix.title).sort()).toEqual(['A', 'B']);
  });
});
