import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir, withExample } from './helpers.js';

describe('Swedish (--locale sv, or LANG)', () => {
  it('stylish: Swedish rule messages, severities and summary', () => {
    const dir = withExample();
    const { code, stdout } = run(['lint', '--locale', 'sv'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ {2}59:1 +varning +Svenska ESF-rådet saknar svar på fråga 4\. +RUS002\/missing-organisation$/m);
    expect(stdout).toContain('✖ 15 problem (0 fel, 13 varningar, 2 info)');
    expect(stdout).toContain('14 problem kan rättas med flaggan `--fix`.');
  });

  it('the locale comes from LC_ALL, LC_MESSAGES or LANG, and --locale wins', () => {
    const dir = withExample();
    expect(run(['lint'], { cwd: dir, env: { LANG: 'sv_SE.UTF-8' } }).stdout).toContain('13 varningar');
    expect(run(['lint'], { cwd: dir, env: { LANG: 'en_US.UTF-8', LC_ALL: 'sv_SE.UTF-8' } }).stdout).toContain('13 varningar');
    expect(run(['lint', '--locale', 'en'], { cwd: dir, env: { LANG: 'sv_SE.UTF-8' } }).stdout).toContain('13 warnings');
  });

  it('CLI errors in Swedish', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'tom'));
    expect(run(['lint', 'saknas.survey.md', '--locale', 'sv'], { cwd: dir }).stderr).toBe('rus-survey: kan inte läsa saknas.survey.md: filen eller mappen finns inte\n');
    expect(run(['lint', 'tom'], { cwd: dir, env: { LANG: 'sv_SE.UTF-8' } }).stderr).toMatch(/^rus-survey: inga enkätfiler i tom/);
  });

  it('stats and compare md in Swedish', () => {
    const dir = withExample();
    expect(run(['stats', 'rus-natverket-2018.survey.md', '--locale', 'sv'], { cwd: dir }).stdout).toContain('Totalt: 78/90 besvarade (87 %)');
    expect(run(['compare', 'rus-natverket-2018.survey.md', '-f', 'md', '--locale', 'sv'], { cwd: dir }).stdout).toContain('# Svarstäckning: ');
    expect(run(['compare', 'rus-natverket-2018.survey.md', '-f', 'html', '--locale', 'sv'], { cwd: dir }).stdout).toMatch(/^<!doctype html>\n<html lang="sv">/);
  });
});
