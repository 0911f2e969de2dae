// createFixGuard judges single fixes as guardFix does (the oracle here: the whole edited text parsed by
// buildSurvey), parsing only the blocks a fix changed. Issue 11: the fuzzer's "every fix alone" parsed a
// survey with a 300-deep list once per fix, past its per-case bound.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildSurvey,
  createFixGuard,
  createLineIndex,
  guardFix,
  lintSurvey,
  ROSTER_PRESET_ORGANISATIONS,
  type Config,
  type Fix,
} from '../src/index.js';
import { parseOptionsOfConfig } from '../src/parse/parse-options.js';
import { surveyArbitrary, type GeneratedSurvey } from './generators/survey-generator.js';
import { exampleSurvey } from './test-files.js';

const NAMES = ROSTER_PRESET_ORGANISATIONS['sweden-regions'].map((organisation) => organisation.name);
const configOf = (generated: GeneratedSurvey): Config => (generated.roster === 'config' ? { organisations: generated.rosterNames } : {});

/** Every fix and suggestion the linter offers. */
const offered = (text: string, config: Config): Fix[] =>
  lintSurvey(text, { config }).diagnostics.flatMap((diagnostic) => [...(diagnostic.fix ? [diagnostic.fix] : []), ...(diagnostic.suggestions ?? [])]);

/** The same verdict as guardFix, and the model the whole edited text parses to. */
function expectSameAsGuardFix(text: string, config: Config, fixes: readonly Fix[]): ('blocks' | 'full')[] {
  const { survey } = lintSurvey(text, { config });
  const guard = createFixGuard(text, survey, config);
  const paths: ('blocks' | 'full')[] = [];
  for (const fix of fixes) {
    const fast = guard.check(fix);
    const whole = guardFix(text, survey, fix, config);
    expect(fast.text).toBe(whole.text);
    expect(fast.ok ? 'ok' : fast.problem, fix.title).toEqual(whole.ok ? 'ok' : whole.problem);
    expect(fast.after, fix.title).toEqual(buildSurvey(whole.text, parseOptionsOfConfig(config)));
    paths.push(guard.lastCheck!.path);
  }
  return paths;
}

/** Text edits no rule makes: headings, fences, comments, tables, definitions, deep nesting, anywhere. */
const SNIPPETS = [
  '\n### 9. Ny fråga\n',
  '\n## Ny del\n',
  '\n# Titel\n',
  '\n```\n',
  '<!--',
  '-->',
  '\n\n| Organisation | Svar |\n| --- | --- |\n| Region Skåne | ja |\n',
  '\n| Region Gotland | nej |\n',
  '\n[x]: https://example.org\n',
  `\n${'>'.repeat(40)} x\n`,
  '\n<div>\n',
  '\n#### Region Skåne\n\nSvar.\n',
  '|',
  '\\',
  '\n---\n',
  '',
];

const editArbitrary = (text: string): fc.Arbitrary<Fix> =>
  fc
    .tuple(fc.nat({ max: text.length }), fc.nat({ max: 40 }), fc.constantFrom(...SNIPPETS))
    .map(([start, length, newText]) => {
      const end = Math.min(text.length, start + length);
      return { title: `replace ${start}–${end} with ${JSON.stringify(newText)}`, edits: [{ range: createLineIndex(text).range(start, end), newText }] };
    });

describe('createFixGuard', () => {
  it('generated surveys: every offered fix gets guardFix\'s verdict, and the model of the whole edited text', { timeout: 180_000 }, () => {
    const paths = new Set<string>();
    fc.assert(
      fc.property(surveyArbitrary({ names: NAMES, defects: true, maxQuestions: 5 }), (generated) => {
        const config = configOf(generated);
        for (const path of expectSameAsGuardFix(generated.text, config, offered(generated.text, config))) paths.add(path);
      }),
      { numRuns: 60 },
    );
    expect([...paths]).toContain('blocks');
  });

  it('generated surveys: any edit (headings, fences, comments, tables, definitions, deep nesting) gets guardFix\'s verdict', { timeout: 180_000 }, () => {
    const paths = new Set<string>();
    fc.assert(
      fc.property(
        surveyArbitrary({ names: NAMES, defects: true, maxQuestions: 5 }).chain((generated) => fc.tuple(fc.constant(generated), fc.array(editArbitrary(generated.text), { minLength: 1, maxLength: 6 }))),
        ([generated, fixes]) => {
          for (const path of expectSameAsGuardFix(generated.text, configOf(generated), fixes)) paths.add(path);
        },
      ),
      { numRuns: 80 },
    );
    expect([...paths].sort()).toEqual(['blocks', 'full']);
  });

  it('the example with a list nested 300 levels deep: each fix parses the one block it changes, with guardFix\'s verdict', { timeout: 180_000 }, () => {
    const lines = exampleSurvey().split(/(?<=\n)/);
    const deepList = Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n');
    lines.splice(52, 0, `\n${deepList}\n\n`);
    const text = lines.join('');
    const config = { organisations: ['Region Skåne', 'Region Gotland', 'Region Örebro län'] };
    const fixes = offered(text, config);
    expect(fixes.length).toBeGreaterThan(5);
    const { survey } = lintSurvey(text, { config });
    expect(survey.problems.map((problem) => problem.kind)).toContain('nesting-too-deep');
    const guard = createFixGuard(text, survey, config);
    for (const [index, fix] of fixes.entries()) {
      const verdict = guard.check(fix);
      expect(guard.lastCheck, fix.title).toMatchObject({ path: 'blocks', parsedBlocks: 1 });
      // The oracle parses the whole text once per fix (what made this slow): three are enough.
      if (index < 3) expect(verdict.ok ? 'ok' : verdict.problem, fix.title).toEqual('ok');
      if (index < 3) expect(guardFix(text, survey, fix, config).ok, fix.title).toBe(true);
    }
  });
});
