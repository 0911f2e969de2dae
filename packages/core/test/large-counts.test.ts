// Counts past what `push(...items)` can pass as arguments: about 125,000 with Node's default stack, about 15,000
// with the eighth of it these tests run with (vitest.config.ts), so the surveys here can stay small: a question
// with 20,000 rows, an answer of 300,000 words, 20,000 paragraphs before the questions. Each threw "Maximum call
// stack size exceeded" from a spread in the parse, the fix guard or the edit guard (the fuzzer found the edit
// guard's); lintSurvey is documented never to throw, and every fix an adapter offers passes the guard.
import { describe, expect, it } from 'vitest';
import { createFixGuard, fixSurvey, lintSurvey, serializeSurvey } from '../src/index.js';

const HEAD = '# Enkät\n\n## Del\n\n### 1. Fråga\n\n| Organisation | Svar |\n| --- | --- |\n';
const ROSTER = { organisations: ['Region Skåne', 'Region Gotland'] };

describe('counts past the call stack’s argument limit', () => {
  it('a question with 20,000 answer rows parses, lints and serializes', () => {
    const rows = 20_000;
    const text = HEAD + Array.from({ length: rows }, (_, i) => `| O${i} | s |\n`).join('');
    const { survey, diagnostics } = lintSurvey(text);
    expect(survey.parts[0]!.questions[0]!.answers).toHaveLength(rows);
    expect(diagnostics.every((diagnostic) => diagnostic.range.end.offset <= text.length)).toBe(true);
    const serialized = serializeSurvey(survey);
    expect(serialized.split('\n').filter((line) => /^\| O\d+ \| s \|$/.test(line))).toHaveLength(rows);
  });

  it("an answer of 300,000 words goes through the fix guard and fixSurvey with its words kept", () => {
    const words = 'ord '.repeat(300_000).trimEnd();
    // Region Gotland's row is missing: RUS002 offers a fix that inserts it, and the guard compares every word.
    const text = `---\norganisations: [Region Skåne, Region Gotland]\n---\n\n${HEAD}| Region Skåne | ${words} |\n`;
    const { survey, diagnostics } = lintSurvey(text);
    const fix = diagnostics.find((diagnostic) => diagnostic.ruleId === 'RUS002' && diagnostic.fix)?.fix;
    expect(fix).toBeDefined();
    expect(createFixGuard(text, survey).check(fix!).ok).toBe(true);
    const fixed = fixSurvey(text);
    expect(fixed.withheld).toEqual([]);
    expect(fixed.text).toContain(`| Region Skåne | ${words} |`);
    expect(fixed.text).toContain('| Region Gotland |');
  });

  it('20,000 paragraphs before the questions: a fix in a question is judged', () => {
    const text = `${'Inledning.\n\n'.repeat(20_000)}${HEAD}| Region Skåne | Ja. |\n`;
    const { survey, diagnostics } = lintSurvey(text, { config: ROSTER });
    const fix = diagnostics.find((diagnostic) => diagnostic.ruleId === 'RUS002' && diagnostic.fix)?.fix;
    expect(fix).toBeDefined();
    expect(createFixGuard(text, survey, ROSTER).check(fix!).ok).toBe(true);
  });
});
