import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN_SURVEY, run, tempDir, withExample } from './helpers.js';

const EXAMPLE = 'rus-natverket-2018.survey.md';
const countsOf = (stdout: string): { errorCount: number; warningCount: number; infoCount: number; messages: { ruleId: string; severity: string }[] }[] => JSON.parse(stdout);

describe('lint exit codes and options', () => {
  it('0 for a clean survey, printing nothing', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'clean.survey.md'), CLEAN_SURVEY);
    const { code, stdout, stderr } = run(['lint'], { cwd: dir });
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('0 with warnings only; 1 once a rule is raised to error with --rule (by id or by name)', () => {
    const dir = withExample();
    expect(run(['lint'], { cwd: dir }).code).toBe(0);
    const byId = run(['lint', '--rule', 'RUS002=error'], { cwd: dir });
    expect(byId.code).toBe(1);
    expect(byId.stdout).toContain('✖ 15 problems (12 errors, 1 warning, 2 info)');
    expect(run(['lint', '--rule', 'missing-organisation=error'], { cwd: dir }).code).toBe(1);
  });

  it('--rule off and repeated --rule', () => {
    const dir = withExample();
    const { code, stdout } = run(['lint', '-f', 'json', '--rule', 'RUS002=off', '--rule', 'inline-html=off'], { cwd: dir });
    expect(code).toBe(0);
    expect(countsOf(stdout)[0]!.messages.map((m) => m.ruleId)).toEqual(['RUS007']);
  });

  it('--max-warnings: 1 above the limit, 0 at it', () => {
    const dir = withExample();
    const over = run(['lint', '--max-warnings', '12'], { cwd: dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('rus-survey found too many warnings: 13 (maximum: 12).\n');
    expect(run(['lint', '--max-warnings', '13'], { cwd: dir }).code).toBe(0);
    const bad = run(['lint', '--max-warnings', 'many'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-warnings');
  });

  it('--quiet reports errors only', () => {
    const dir = withExample();
    const quiet = run(['lint', '--quiet'], { cwd: dir });
    expect(quiet).toMatchObject({ code: 0, stdout: '' });
    const { code, stdout } = run(['lint', '--quiet', '-f', 'json', '--rule', 'RUS009=error'], { cwd: dir });
    expect(code).toBe(1);
    const [result] = countsOf(stdout);
    expect(result!.messages.every((m) => m.severity === 'error')).toBe(true);
    expect(result!.errorCount).toBe(2);
    expect(result!.warningCount).toBe(0);
  });

  it('2 for a bad --rule, an unknown option or an unknown format', () => {
    const dir = withExample();
    for (const args of [['--rule', 'RUS002=loud'], ['--rule', 'RUS099=error'], ['--rule', 'RUS002'], ['--bogus'], ['--format', 'xml']]) {
      const { code, stderr } = run(['lint', ...args], { cwd: dir });
      expect(code, args.join(' ')).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^rus-survey: /);
    }
  });

  it('the nearest config applies, with extends resolved relative to the config file', () => {
    const dir = withExample();
    mkdirSync(join(dir, 'shared'));
    writeFileSync(join(dir, 'shared', 'base.json'), JSON.stringify({ rules: { RUS002: 'error', RUS009: 'off' } }));
    writeFileSync(join(dir, '.rus-survey.json'), JSON.stringify({ extends: './shared/base.json', rules: { RUS007: 'off' } }));
    const { code, stdout } = run(['lint', '-f', 'json'], { cwd: dir });
    expect(code).toBe(1);
    const [result] = countsOf(stdout);
    expect(result!.errorCount).toBe(12);
    expect(result!.warningCount + result!.infoCount).toBe(0);
    // --rule wins over the config.
    expect(run(['lint', '--rule', 'RUS002=warning'], { cwd: dir }).code).toBe(0);
  });

  it('--config FILE is used instead of the nearest one; YAML works', () => {
    const dir = withExample();
    writeFileSync(join(dir, 'strict.yaml'), 'rules:\n  missing-organisation: error\n');
    expect(run(['lint', '--config', 'strict.yaml'], { cwd: dir }).code).toBe(1);
    const missing = run(['lint', '--config', 'nope.json'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json');
  });

  it('finds surveys by name, front matter and config files globs; skips README, .gitignore, ignores and node_modules', () => {
    const dir = tempDir();
    const plain = CLEAN_SURVEY.replace('rus-survey: true\n', 'title: x\n');
    writeFileSync(join(dir, 'a.survey.md'), plain);
    writeFileSync(join(dir, 'by-front-matter.md'), CLEAN_SURVEY);
    writeFileSync(join(dir, 'README.md'), '# Readme\n\nNot a survey.\n');
    mkdirSync(join(dir, 'enkater'));
    writeFileSync(join(dir, 'enkater', 'region.md'), plain);
    mkdirSync(join(dir, 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'pkg', 'x.survey.md'), '# broken\n');
    mkdirSync(join(dir, 'build'));
    writeFileSync(join(dir, 'build', 'copy.survey.md'), '# broken\n');
    writeFileSync(join(dir, '.gitignore'), 'build/\n');
    mkdirSync(join(dir, 'old'));
    writeFileSync(join(dir, 'old', 'gammal.survey.md'), '# broken\n');
    writeFileSync(join(dir, '.rus-survey.json'), JSON.stringify({ files: ['enkater/*.md'], ignores: ['old/**'] }));
    const { code, stdout } = run(['lint', '-f', 'json'], { cwd: dir });
    expect(code).toBe(0);
    const files = countsOf(stdout).map((r) => (r as unknown as { filePath: string }).filePath.slice(dir.length + 1)).sort();
    expect(files).toEqual(['a.survey.md', 'by-front-matter.md', 'enkater/region.md']);
  });

  it('paths and globs on the command line', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'x'));
    writeFileSync(join(dir, 'x', 'one.survey.md'), CLEAN_SURVEY);
    writeFileSync(join(dir, 'x', 'two.survey.md'), CLEAN_SURVEY);
    writeFileSync(join(dir, 'three.survey.md'), CLEAN_SURVEY);
    const list = (args: string[]): string[] => countsOf(run(['lint', '-f', 'json', ...args], { cwd: dir }).stdout).map((r) => (r as unknown as { filePath: string }).filePath.slice(dir.length + 1));
    expect(list(['x'])).toEqual(['x/one.survey.md', 'x/two.survey.md']);
    expect(list(['x/*.survey.md', 'three.survey.md'])).toEqual(['three.survey.md', 'x/one.survey.md', 'x/two.survey.md']);
    expect(list(['three.survey.md'])).toEqual(['three.survey.md']);
  });

  it('a named Markdown file that is not a survey is skipped with a notice', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'README.md'), '# Readme\n');
    writeFileSync(join(dir, 'ok.survey.md'), CLEAN_SURVEY);
    const { code, stderr } = run(['lint', 'README.md', 'ok.survey.md'], { cwd: dir });
    expect(code).toBe(0);
    expect(stderr).toContain('skipped README.md: not a survey');
  });

  it(`lints the example as ${EXAMPLE} in a subfolder from the parent`, () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', EXAMPLE), CLEAN_SURVEY);
    expect(run(['lint'], { cwd: dir }).code).toBe(0);
  });
});
