// createFixGuard judges single fixes as guardFix does (the oracle here: the whole edited text parsed by
// buildSurvey), parsing only the blocks a fix changed. Issue 11: the fuzzer's "every fix alone" parsed a
// survey with a 300-deep list once per fix, past its per-case bound.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allQuestions,
  applyFixes,
  buildSurvey,
  createFixGuard,
  createLineIndex,
  guardEdit,
  guardFix,
  lintSurvey,
  ROSTER_PRESET_ORGANISATIONS,
  type Config,
  type Fix,
} from '../src/index.js';
import { blockStarts } from '../src/incremental/block-scan.js';
import { parseOptionsOfConfig } from '../src/parse/parse-options.js';
import { surveyArbitrary, type GeneratedSurvey } from './generators/survey-generator.js';
import { exampleSurvey } from './test-files.js';

const NAMES = ROSTER_PRESET_ORGANISATIONS['sweden-regions'].map((organisation) => organisation.name);
const configOf = (generated: GeneratedSurvey): Config => (generated.roster === 'config' ? { organisations: generated.rosterNames } : {});

/** Every fix and suggestion the linter offers. */
const offered = (text: string, config: Config): Fix[] =>
  lintSurvey(text, { config }).diagnostics.flatMap((diagnostic) => [...(diagnostic.fix ? [diagnostic.fix] : []), ...(diagnostic.suggestions ?? [])]);

/** The same verdict as guardFix, and the model the whole edited text parses to; how each check went (`path/judged`). */
function expectSameAsGuardFix(text: string, config: Config, fixes: readonly Fix[]): string[] {
  const { survey } = lintSurvey(text, { config });
  const guard = createFixGuard(text, survey, config);
  const paths: string[] = [];
  for (const fix of fixes) {
    const fast = guard.check(fix);
    const { path, judged } = guard.lastCheck!;
    const whole = guardFix(text, survey, fix, config);
    expect(fast.ok ? 'ok' : fast.problem, fix.title).toEqual(whole.ok ? 'ok' : whole.problem);
    expect(fast.after, fix.title).toEqual(buildSurvey(whole.text, parseOptionsOfConfig(config)));
    paths.push(`${path}/${judged}`);
  }
  return paths;
}

const pathsOf = (paths: Iterable<string>): string[] => [...new Set([...paths].map((path) => path.split('/')[0]!))].sort();

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

/**
 * Edits that change who answers: an answer's organisation renamed to another name in the survey, to a spelling of
 * its own (case, a typo, a known organisation's other name), or to a name no one has; front matter's
 * organisations changed. They change an inferred roster, or the names a roster resolves.
 */
const renameArbitrary = (text: string, config: Config): fc.Arbitrary<Fix> => {
  const survey = buildSurvey(text, parseOptionsOfConfig(config));
  const spans = allQuestions(survey).flatMap((question) => question.answers.map((answer) => answer.organisation));
  const lines = createLineIndex(text);
  const frontMatter = /^---\n[\s\S]*?\n---\n/.exec(text);
  const written = fc.oneof(
    fc.constantFrom(...NAMES.slice(0, 6), ...spans.map((span) => span.text)),
    fc.constantFrom('Stockholms läns landsting', 'region skåne', 'Region Skane', 'Regon Gotland', 'Ny organisation', ''),
  );
  const renames = spans.length === 0 ? [] : [fc.tuple(fc.constantFrom(...spans), written).map(([span, name]): Fix => ({
    title: `rename ${span.text} to ${name}`,
    edits: [{ range: lines.range(span.range.start.offset, span.range.end.offset), newText: name }],
  }))];
  const frontMatters = frontMatter ? [fc.constantFrom('organisations: [Region Skåne]\n', 'organisations: []\n', 'organisations:\n  - preset: sweden-regions\n', '').map((yaml): Fix => ({
    title: `front matter ${JSON.stringify(yaml)}`,
    edits: [{ range: lines.range(4, frontMatter[0].length - 4), newText: yaml }],
  }))] : [];
  // An answer renamed to an alias the same fix gives its organisation in the front matter: the same
  // organisation only under the edited survey's roster.
  const fmRange = lines.range(frontMatter ? 4 : 0, frontMatter ? frontMatter[0].length - 4 : 0);
  const aliases = spans.length === 0 ? [] : [fc.constantFrom(...spans).map((span): Fix => {
    const yaml = `organisations:\n  - name: ${JSON.stringify(span.text)}\n    aliases: [Alias Ett]\n`;
    return {
      title: `${span.text} as its alias`,
      edits: [
        { range: fmRange, newText: frontMatter ? yaml : `---\n${yaml}---\n` },
        { range: lines.range(span.range.start.offset, span.range.end.offset), newText: 'Alias Ett' },
      ],
    };
  })];
  return renames.length + frontMatters.length === 0 ? editArbitrary(text) : fc.oneof(...renames, ...frontMatters, ...aliases);
};

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
    expect([...paths]).toContain('window/questions');
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
    expect(pathsOf(paths)).toEqual(expect.arrayContaining(['full', 'window']));
  });

  it('generated surveys with every kind of roster: renamed organisations and changed front matter get guardFix\'s verdict', { timeout: 180_000 }, () => {
    const verdicts = new Set<string>();
    fc.assert(
      fc.property(
        surveyArbitrary({ names: NAMES, defects: true, maxQuestions: 4 }).chain((generated) =>
          fc.tuple(fc.constant(generated), fc.array(renameArbitrary(generated.text, configOf(generated)), { minLength: 1, maxLength: 6 })),
        ),
        ([generated, fixes]) => {
          const { survey } = lintSurvey(generated.text, { config: configOf(generated) });
          const guard = createFixGuard(generated.text, survey, configOf(generated));
          for (const fix of fixes) {
            const whole = guardFix(generated.text, survey, fix, configOf(generated));
            const fast = guard.check(fix);
            expect(fast.ok ? 'ok' : fast.problem, fix.title).toEqual(whole.ok ? 'ok' : whole.problem);
            verdicts.add(whole.ok ? 'ok' : whole.problem.kind);
          }
        },
      ),
      { numRuns: 80 },
    );
    expect([...verdicts]).toEqual(expect.arrayContaining(['ok', 'answer-lost']));
  });

  it('checkText: several fixes applied together get guardEdit\'s verdict on the whole edited text', { timeout: 180_000 }, () => {
    fc.assert(
      fc.property(
        surveyArbitrary({ names: NAMES, defects: true, maxQuestions: 5 }).chain((generated) => fc.tuple(fc.constant(generated), fc.array(editArbitrary(generated.text), { minLength: 1, maxLength: 4 }))),
        ([generated, fixes]) => {
          const config = configOf(generated);
          const { survey } = lintSurvey(generated.text, { config });
          const guard = createFixGuard(generated.text, survey, config);
          const edited = applyFixes(generated.text, fixes.map((fix) => ({ fix })));
          const fast = guard.checkText(edited);
          const whole = guardEdit(survey, edited, { config });
          expect(fast.ok ? 'ok' : fast.problem).toEqual(whole.ok ? 'ok' : whole.problem);
          expect(fast.after).toEqual(buildSurvey(edited, parseOptionsOfConfig(config)));
        },
      ),
      { numRuns: 60 },
    );
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
      expect(guard.lastCheck, fix.title).toMatchObject({ path: 'window', judged: 'questions', parsedBlocks: 1 });
      // The oracle parses the whole text once per fix (what made this slow): three are enough.
      if (index < 3) expect(verdict.ok ? 'ok' : verdict.problem, fix.title).toEqual('ok');
      if (index < 3) expect(guardFix(text, survey, fix, config).ok, fix.title).toBe(true);
    }
  });

  // One guard per text for many checks (what the fuzzer and the editor do): the blocks a fix touches come from its
  // offsets against the original's block starts. Edits at and around every block start, with every kind of line
  // break, make and unmake headings: the block structure changes.
  describe('the example twice over (two titles, several parts, many questions), by line break', () => {
    const config = { organisations: ['Region Skåne', 'Region Gotland', 'Region Örebro län'] };
    const body = exampleSurvey().replace(/\r\n|\r/g, '\n');
    const twice = `${body}\n${body.slice(body.indexOf('\n## '))}`;
    const BOUNDARY_SNIPPETS = ['', '#', '# ', '### ', '\n', '\r', '\r\n', 'x', '\n### 9. Ny fråga\n\n', '\n## Ny del\n\n', '|', '```\n', '<!--', 'Region Skåne'];
    it.each([
      ['LF', '\n'],
      ['CRLF', '\r\n'],
      ['CR', '\r'],
    ])('%s: offered fixes, and edits at block boundaries that make and unmake headings, get guardFix\'s verdict and model', { timeout: 300_000 }, (_, lineBreak) => {
      const text = twice.replace(/\n/g, lineBreak);
      const starts = blockStarts(text);
      expect(starts.length).toBeGreaterThan(20);
      const fixes = offered(text, config);
      expect(fixes.length).toBeGreaterThan(10);
      const lines = createLineIndex(text);
      const boundaryEdit = fc
        .tuple(fc.constantFrom(...starts.slice(1)), fc.integer({ min: -3, max: 6 }), fc.nat({ max: 6 }), fc.constantFrom(...BOUNDARY_SNIPPETS))
        .map(([blockStart, from, length, newText]): Fix => {
          const start = Math.max(0, Math.min(text.length, blockStart + from));
          const end = Math.min(text.length, start + length);
          return { title: `${JSON.stringify(text.slice(start, end))} at ${start} (block at ${blockStart}) → ${JSON.stringify(newText)}`, edits: [{ range: lines.range(start, end), newText }] };
        });
      const edits = fc.sample(fc.oneof(boundaryEdit, editArbitrary(text)), { numRuns: 120, seed: 11 });
      const paths = expectSameAsGuardFix(text, config, [...fixes, ...edits]);
      expect(paths).toContain('window/questions');
      expect(paths).toContain('window/model');
    });
  });

  // The nesting guard counts inline markers per group of lines, and a paragraph that runs up to the next heading
  // is one group with that heading's lines: a fix in one block can cut markers out of the next one's heading.
  it('inline markers counted across a block boundary: fixes on either side get guardFix\'s verdict and model', () => {
    const heading = Array.from({ length: 10 }, (_, i) => `*${'abcdefghij'[i]}*`).join(' ');
    const text =
      `# Enkät\n\n## Del ett\n\n### 1. Första frågan?\n\n#### Region Skåne\n\nSvar ${'*x '.repeat(230)}\n` +
      `### 2. Andra frågan ${heading}?\n\n#### Region Skåne\n\nSvar två.\n\n### 3. Tredje frågan?\n\n#### Region Gotland\n\nSvar tre.\n`;
    const config = { organisations: ['Region Skåne', 'Region Gotland'] };
    const lines = createLineIndex(text);
    const paragraphEnd = text.indexOf('\n### 2.');
    const headingAt = text.indexOf(heading);
    const fixes: Fix[] = [
      ...[1, 3, 6, 12, 30].map((k): Fix => ({ title: `${k} more markers before the heading`, edits: [{ range: lines.range(paragraphEnd, paragraphEnd), newText: ' *y'.repeat(k) }] })),
      ...[1, 6, 40].map((k): Fix => ({ title: `${k} more markers in the heading`, edits: [{ range: lines.range(headingAt, headingAt), newText: '*z '.repeat(k) }] })),
      { title: 'a blank line between', edits: [{ range: lines.range(paragraphEnd, paragraphEnd), newText: '\n' }] },
      { title: 'markers taken out', edits: [{ range: lines.range(paragraphEnd - 30, paragraphEnd), newText: '' }] },
    ];
    const paths = expectSameAsGuardFix(text, config, fixes);
    expect(paths.every((path) => path.startsWith('window/'))).toBe(true);
    const { survey } = lintSurvey(text, { config });
    const verdict = createFixGuard(text, survey, config).check(fixes[3]!);
    expect(verdict.after.problems.map((problem) => problem.kind)).toContain('inline-markup-too-deep');
  });
});
