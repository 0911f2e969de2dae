import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintSurvey, rules } from '../src/index.js';
import { checkFixture, discoverFixtures, FIXTURES_DIR, type RuleFixture } from './rule-fixtures.js';
import type { TraceEntry } from './rules/rule-test-helpers.js';
import { repoPath } from './test-files.js';

const ruleFiles = readdirSync(repoPath('packages/core/src/rules')).filter((file) => /^rus\d{3}-.*\.ts$/.test(file));
const ruleTestFiles = readdirSync(repoPath('packages/core/test/rules')).filter((file) => /^rus\d{3}-.*\.test\.ts$/.test(file));

interface RuleTestRun {
  /** Per test file: its tests and whether each passed. */
  files: Map<string, { status: string; tests: number; failed: number }>;
  trace: TraceEntry[];
}

/**
 * Runs the rule tests in a vitest of their own with the helpers' trace on: what each test file made the engine
 * report and fix, from the tests that actually ran (a test file that only mentions a rule proves nothing).
 */
function runRuleTests(): RuleTestRun {
  const dir = mkdtempSync(join(tmpdir(), 'rus-survey-rule-trace-'));
  try {
    const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
    const report = join(dir, 'report.json');
    const traceFile = join(dir, 'trace.jsonl');
    // What the tests do is checked here, not how fast: a loaded machine must not fail a file by its timeout.
    const args = [vitest, 'run', 'test/rules', '--reporter=json', `--outputFile=${report}`, '--testTimeout=120000'];
    const child = spawnSync(process.execPath, args, {
      cwd: repoPath('packages/core'),
      env: { ...process.env, RUS_SURVEY_RULE_TRACE: traceFile },
      encoding: 'utf8',
    });
    if (!existsSync(report)) throw new Error(`the rule tests did not run (exit ${child.status}): ${child.stderr}`);
    const results = (JSON.parse(readFileSync(report, 'utf8')) as { testResults: { name: string; status: string; assertionResults: { status: string }[] }[] }).testResults;
    const files = new Map(
      results.map((result) => [
        result.name.split(/[\\/]/).at(-1)!,
        { status: result.status, tests: result.assertionResults.length, failed: result.assertionResults.filter((test) => test.status !== 'passed').length },
      ]),
    );
    const trace = existsSync(traceFile) ? readFileSync(traceFile, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as TraceEntry) : [];
    return { files, trace };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The first ```markdown block under a `## heading` of a docs page, skipping headings inside fences. */
function exampleUnder(page: string, heading: string): string | undefined {
  const lines = page.split('\n');
  let inFence = false;
  let inSection = false;
  let block: string[] | null = null;
  for (const line of lines) {
    if (block) {
      if (/^```\s*$/.test(line)) return `${block.join('\n')}\n`;
      block.push(line);
      continue;
    }
    if (/^```/.test(line)) {
      if (inSection && !inFence && /^```markdown\s*$/.test(line)) {
        block = [];
        continue;
      }
      inFence = !inFence;
      continue;
    }
    if (!inFence && /^## /.test(line)) inSection = line.trim() === `## ${heading}`;
  }
  return undefined;
}

/** A rule's fixtures that hold (findings as marked, fixed text as written), by what they show of the rule. */
interface RuleFixtureCases {
  firing: string[];
  silent: string[];
  fixing: string[];
  failing: string[];
}

function fixtureCases(fixtures: readonly RuleFixture[], ruleId: string): RuleFixtureCases {
  const cases: RuleFixtureCases = { firing: [], silent: [], fixing: [], failing: [] };
  for (const fixture of fixtures.filter((candidate) => candidate.rule === ruleId)) {
    const outcome = checkFixture(fixture);
    if (outcome.problems.length > 0) {
      cases.failing.push(fixture.name);
      continue;
    }
    const marked = (expected: RuleFixture['source']['expected']): number => expected.filter((finding) => finding.ruleId === ruleId).length;
    if (marked(fixture.source.expected) > 0) cases.firing.push(fixture.name);
    else cases.silent.push(fixture.name);
    // A fixing case: the rule's own finding offers a fix, and the fixed file has fewer of its findings.
    const offersFix = outcome.diagnostics.some((diagnostic) => diagnostic.ruleId === ruleId && diagnostic.fix !== undefined);
    if (fixture.fixed && offersFix && marked(fixture.fixed.expected) < marked(fixture.source.expected)) cases.fixing.push(fixture.name);
  }
  return cases;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();

describe('every rule is complete', () => {
  let run: RuleTestRun;
  const fixtures = discoverFixtures();
  // The rule tests once more, in a child process: a few seconds, and half a minute on a loaded machine.
  beforeAll(() => {
    run = runRuleTests();
  }, 300_000);

  it('has one source file per registered rule, named after its id and name', () => {
    expect(ruleFiles.map((file) => file.replace(/\.ts$/, '')).sort()).toEqual(
      rules.map((rule) => `${rule.id.toLowerCase()}-${rule.name}`).sort(),
    );
    expect(rules.map((rule) => rule.id)).toEqual(rules.map((_, index) => `RUS${String(index + 1).padStart(3, '0')}`));
  });

  for (const rule of rules) {
    describe(`${rule.id} ${rule.name}`, () => {
      const base = `${rule.id.toLowerCase()}-${rule.name}`;
      const docsPath = repoPath(`docs/rules/${rule.id}.md`);

      it('has messages and a description in English and Swedish, with the same placeholders', () => {
        for (const text of [rule.description, ...Object.values(rule.messages)]) {
          expect(text.en.trim()).not.toBe('');
          expect(text.sv.trim()).not.toBe('');
          expect(placeholders(text.sv)).toEqual(placeholders(text.en));
        }
      });

      it('has tests that pass and make the engine report it (its messages)', () => {
        const files = ruleTestFiles.filter((file) => file.startsWith(`${rule.id.toLowerCase()}-`));
        expect(files, `packages/core/test/rules/${base}.test.ts`).toContain(`${base}.test.ts`);
        for (const file of files) expect(run.files.get(file), file).toMatchObject({ status: 'passed', failed: 0 });
        const seen = run.trace.filter((entry) => entry.rule === rule.id && files.includes(entry.file));
        expect(seen.some((entry) => entry.fired === true), 'a test where the rule reports').toBe(true);
      });

      it('has fixtures that hold: one where it fires, one where it is silent, and (when fixable) one it fixes', () => {
        const cases = fixtureCases(fixtures, rule.id);
        const folder = `${FIXTURES_DIR}/${rule.id}`;
        expect(cases.failing, `fixtures of ${folder} that fail (see rule-fixtures.test.ts)`).toEqual([]);
        expect(cases.firing.length, `${folder}: a case with an <!-- expect ${rule.id} … --> marker`).toBeGreaterThan(0);
        expect(cases.silent.length, `${folder}: a case without a ${rule.id} marker`).toBeGreaterThan(0);
        if (rule.fixable) expect(cases.fixing.length, `${folder}: a case whose .fixed.md has fewer ${rule.id} findings`).toBeGreaterThan(0);
      }, 120_000);

      it('has a docs page whose header agrees with its metadata', () => {
        expect(existsSync(docsPath), docsPath).toBe(true);
        const page = readFileSync(docsPath, 'utf8');
        expect(page.split('\n')[0]).toBe(`# ${rule.id} ${rule.name}`);
        expect(page).toMatch(new RegExp(`\\| Default severity \\| ${rule.defaultSeverity} \\|`));
        expect(page).toMatch(new RegExp(`\\| Fixable \\| ${rule.fixable ? 'yes' : 'no'}\\b`));
        expect(page).toMatch(new RegExp(`\\| Scope \\| ${rule.scope} \\|`));
        for (const section of ['What it checks', 'Why', 'Failing example', 'Passing example', 'Fix', 'Configuration']) {
          expect(page).toContain(`\n## ${section}\n`);
        }
        expect(page).toContain('**På svenska:**');
      });

      it('fires on the docs page\'s failing example (with a fix when fixable) and not on its passing one', () => {
        const page = readFileSync(docsPath, 'utf8');
        const failing = exampleUnder(page, 'Failing example');
        const passing = exampleUnder(page, 'Passing example');
        expect(failing, 'failing example').toBeDefined();
        expect(passing, 'passing example').toBeDefined();
        const fired = lintSurvey(failing!).diagnostics.filter((d) => d.ruleId === rule.id);
        expect(fired.length).toBeGreaterThan(0);
        if (rule.fixable) expect(fired.some((d) => d.fix !== undefined)).toBe(true);
        expect(lintSurvey(passing!).diagnostics.filter((d) => d.ruleId === rule.id)).toEqual([]);
      });
    });
  }
});
