// --fix and lint on files that are not plain: read-only, links, link loops, FIFOs, missing paths.
import { chmodSync, chownSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN_SURVEY, FIXABLE_SURVEY, FIXED_SURVEY, run, tempDir, type JsonResult } from './helpers.js';

const NOBODY = 65534;
const results = (stdout: string): (JsonResult & { messages: { ruleName: string; fatal?: boolean }[] })[] => JSON.parse(stdout);
const byFile = (stdout: string): Record<string, string[]> =>
  Object.fromEntries(results(stdout).map((result) => [result.filePath.split('/').pop(), result.messages.map((m) => `${m.ruleId}/${m.ruleName}`)]));

describe('--fix honours permissions', () => {
  it('a read-only (0444) survey is not replaced, even by root; the other file is still fixed', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'locked.survey.md'), FIXABLE_SURVEY);
    writeFileSync(join(dir, 'open.survey.md'), FIXABLE_SURVEY);
    chmodSync(join(dir, 'locked.survey.md'), 0o444);
    const before = statSync(join(dir, 'locked.survey.md'));
    const { code, stdout, stderr } = run(['lint', '--fix', '-f', 'json'], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toContain('rus-survey: cannot write locked.survey.md: it is read-only (no write permission); left it as it is');
    expect(byFile(stdout)).toEqual({ 'locked.survey.md': ['fatal/file-read-only', 'RUS009/inline-html'], 'open.survey.md': [] });
    expect(readFileSync(join(dir, 'locked.survey.md'), 'utf8')).toBe(FIXABLE_SURVEY);
    const after = statSync(join(dir, 'locked.survey.md'));
    expect({ ino: after.ino, mode: after.mode & 0o777 }).toEqual({ ino: before.ino, mode: 0o444 });
    expect(readFileSync(join(dir, 'open.survey.md'), 'utf8')).toBe(FIXED_SURVEY);
    const sv = run(['lint', '--fix', '--locale', 'sv'], { cwd: dir });
    expect(sv.stderr).toContain('kan inte skriva locked.survey.md: den är skrivskyddad (saknar skrivrättighet); lämnade den orörd');
  });

  it('as a user without write permission (the file is another user\'s, 0644), --fix leaves it as it is', () => {
    const dir = tempDir();
    chmodSync(dir, 0o777);
    writeFileSync(join(dir, 'theirs.survey.md'), FIXABLE_SURVEY);
    chmodSync(join(dir, 'theirs.survey.md'), 0o644);
    const asUser = process.getuid?.() === 0 ? NOBODY : undefined;
    if (asUser === undefined) {
      // Not root: make the file read-only for this user by its mode; access(2) is what refuses it.
      chmodSync(join(dir, 'theirs.survey.md'), 0o444);
    } else chownSync(join(dir, 'theirs.survey.md'), 0, 0);
    const { code, stdout } = run(['lint', '--fix', '-f', 'json'], { cwd: dir, ...(asUser !== undefined ? { asUser } : {}) });
    expect(code).toBe(1);
    expect(byFile(stdout)['theirs.survey.md']).toEqual(['fatal/file-read-only', 'RUS009/inline-html']);
    expect(readFileSync(join(dir, 'theirs.survey.md'), 'utf8')).toBe(FIXABLE_SURVEY);
    expect(readdirSync(dir)).toEqual(['theirs.survey.md']);
  });
});

describe('links, loops and FIFOs', () => {
  it('--fix through a symbolic link fixes the real file and keeps the link', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'real'));
    mkdirSync(join(dir, 'work'));
    writeFileSync(join(dir, 'real', 'a.survey.md'), FIXABLE_SURVEY);
    chmodSync(join(dir, 'real', 'a.survey.md'), 0o640);
    symlinkSync('../real/a.survey.md', join(dir, 'work', 'a.survey.md'));
    const { code, stderr } = run(['lint', '--fix', 'a.survey.md'], { cwd: join(dir, 'work') });
    expect({ code, stderr }).toEqual({ code: 0, stderr: 'fixed 1 problem in 1 file\n' });
    expect(lstatSync(join(dir, 'work', 'a.survey.md')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'work', 'a.survey.md'))).toBe('../real/a.survey.md');
    expect(readFileSync(join(dir, 'real', 'a.survey.md'), 'utf8')).toBe(FIXED_SURVEY);
    expect(statSync(join(dir, 'real', 'a.survey.md')).mode & 0o777).toBe(0o640);
    expect(readdirSync(join(dir, 'work'))).toEqual(['a.survey.md']);
  });

  it('a folder link loop and a second link to one file: linted and fixed once', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'enkater'));
    writeFileSync(join(dir, 'enkater', 'a.survey.md'), FIXABLE_SURVEY);
    symlinkSync(join(dir, 'enkater'), join(dir, 'enkater', 'loop'));
    symlinkSync(join(dir, 'enkater', 'a.survey.md'), join(dir, 'b.survey.md'));
    const { code, stdout, stderr } = run(['lint', '--fix', '-f', 'json', '.', 'enkater/loop/a.survey.md'], { cwd: dir });
    expect({ code, stderr }).toEqual({ code: 0, stderr: 'fixed 1 problem in 1 file\n' });
    expect(results(stdout)).toHaveLength(1);
    expect(readFileSync(join(dir, 'enkater', 'a.survey.md'), 'utf8')).toBe(FIXED_SURVEY);
  });

  it('a FIFO on the command line is reported and skipped, never opened (no hang); the rest is linted', () => {
    const dir = tempDir();
    execFileSync('mkfifo', [join(dir, 'pipe.survey.md')]);
    writeFileSync(join(dir, 'good.survey.md'), CLEAN_SURVEY);
    const { code, stdout } = run(['lint', '-f', 'json', 'pipe.survey.md', 'good.survey.md'], { cwd: dir, timeoutMs: 20_000 });
    expect(code).toBe(1);
    expect(byFile(stdout)).toEqual({ 'good.survey.md': [], 'pipe.survey.md': ['fatal/not-a-regular-file'] });
    expect(results(stdout)[1]!.messages[0]).toMatchObject({ message: 'skipped pipe.survey.md: it is a FIFO (named pipe), not a regular file', line: 1, column: 1, fatal: true });
    const stylish = run(['lint', 'pipe.survey.md', '--locale', 'sv'], { cwd: dir, timeoutMs: 20_000 });
    expect(stylish.stdout).toContain('hoppade över pipe.survey.md: den är en FIFO (namngiven pipe), inte en vanlig fil');
  });

  it('/dev/zero as a config extends: a clear config error, no hang, exit 2', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.survey.md'), CLEAN_SURVEY);
    symlinkSync('/dev/zero', join(dir, 'zero.json'));
    writeFileSync(join(dir, '.rus-survey.json'), '{ "extends": "./zero.json" }');
    const { code, stdout, stderr } = run(['lint'], { cwd: dir, timeoutMs: 20_000 });
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toBe('rus-survey: invalid config .rus-survey.json:1:14: extends: cannot read "./zero.json": it is not a regular file (a character device)\n');
  });
});

describe('a path that names nothing: reported, the rest linted, exit 2', () => {
  it('a missing file among good ones', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'good.survey.md'), FIXABLE_SURVEY);
    const { code, stdout, stderr } = run(['lint', '-f', 'json', 'missing.survey.md', 'good.survey.md', 'enkater/*.survey.md'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe('rus-survey: cannot read missing.survey.md: no such file or folder\nrus-survey: no files match "enkater/*.survey.md"\n');
    expect(byFile(stdout)).toEqual({ 'good.survey.md': ['RUS009/inline-html'] });
  });
});
