import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintSurvey, rules } from '../src/index.js';
import { repoPath } from './test-files.js';

const ruleFiles = readdirSync(repoPath('packages/core/src/rules')).filter((file) => /^rus\d{3}-.*\.ts$/.test(file));

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

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();

describe('every rule is complete', () => {
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
      const testPath = repoPath(`packages/core/test/rules/${base}.test.ts`);

      it('has messages and a description in English and Swedish, with the same placeholders', () => {
        for (const text of [rule.description, ...Object.values(rule.messages)]) {
          expect(text.en.trim()).not.toBe('');
          expect(text.sv.trim()).not.toBe('');
          expect(placeholders(text.sv)).toEqual(placeholders(text.en));
        }
      });

      it('has a test file; a fixable rule\'s tests apply its fix', () => {
        expect(existsSync(testPath), testPath).toBe(true);
        const tests = readFileSync(testPath, 'utf8');
        // The shared helpers `expectFix` and `fixedBy` wrap applyFixes and fixSurvey.
        if (rule.fixable) expect(tests).toMatch(/expectFix|fixedBy|applyFixes|fixSurvey/);
      });

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
