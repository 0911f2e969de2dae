// fixSurvey when one fix of a pass fails the guard: the others still apply, in the same pass.
import { describe, expect, it } from 'vitest';
import { allQuestions, fixSurvey, lintSurvey } from '../src/index.js';

const NOTICE = '> Tänk på att detta är ett diskussionsunderlag för nätverket, vill du använda materialet i något annat sammanhang, kontakta deltagarna i nätverket och stäm av.';
const REGIONS = ['Region Blekinge', 'Region Skåne', 'Region Gotland', 'Region Dalarna', 'Region Halland', 'Region Jämtland Härjedalen', 'Region Kalmar län', 'Region Kronoberg'];
const answers = (question: number): string => REGIONS.map((region, i) => `#### ${region}\n\nSvar ${question}.${i} ett<p>två\n`).join('\n');

describe('fixSurvey holding back one fix of a batch', () => {
  // RUS006 would renumber the empty `###` as `###2. `, which is no heading (question 2 would disappear): the
  // guard rejects it. The 24 RUS009 fixes (`<p>` → a blank line) around it pass.
  it.each([
    ['in the middle', `### 1. Första frågan?\n\n${answers(1)}\n###\n\n${answers(2)}\n### 3. Tredje frågan?\n\n${answers(3)}`],
    ['first', `###\n\n${answers(1)}\n### 2. Andra frågan?\n\n${answers(2)}\n### 3. Tredje frågan?\n\n${answers(3)}`],
  ])('a bad fix %s among 24 good ones: every good one applied, the bad one withheld (what adding them one at a time gave)', (_, questions) => {
    const text = `# Enkät\n\n${NOTICE}\n\n## Del ett\n\n${questions}`;
    const { diagnostics } = lintSurvey(text);
    expect(diagnostics.filter((diagnostic) => diagnostic.ruleId === 'RUS009' && diagnostic.fix)).toHaveLength(24);
    expect(diagnostics.filter((diagnostic) => diagnostic.ruleId === 'RUS006' && diagnostic.fix)).toHaveLength(1);

    const fixed = fixSurvey(text);
    // The reference: the one-fix-at-a-time fallback applied all 24 `<p>` fixes and left the `###` alone.
    expect(fixed.text).toBe(text.replaceAll('<p>', '\n\n'));
    expect(fixed.fixCount).toBe(24);
    expect(fixed.passes).toBe(1);
    expect(fixed.withheld.map((fix) => fix.title)).toEqual([diagnostics.find((diagnostic) => diagnostic.ruleId === 'RUS006')!.fix!.title]);
    expect(allQuestions(fixed.survey)).toHaveLength(3);
  });
});
