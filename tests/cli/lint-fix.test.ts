import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareMatrix, parseSurvey } from '@rus-survey/core';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, run, tempDir, withExample } from './helpers.js';

const FILE = 'rus-natverket-2018.survey.md';
const words = (text: string): string[] => text.replace(/<[^>]*>/g, ' ').split(/\s+/).filter(Boolean);

/** Each organisation's answer per question, as words, so markup changes do not count as losses. */
function answerWords(text: string): Map<string, string[]> {
  const matrix = compareMatrix([{ uri: 'x', survey: parseSurvey(text).survey }]);
  const result = new Map<string, string[]>();
  for (const row of matrix.rows) for (const cell of row.cells) if (cell.text) result.set(`${row.number}/${cell.organisation}`, words(cell.text));
  return result;
}

describe('lint --fix and --fix-dry-run', () => {
  it('says when a fix was held back, leaves that finding without a fix, and still writes the others', () => {
    // RUS006 would number the empty `###` as `###2. `, which is no heading: the question would disappear.
    const text = '# Enkät\n\n> Tänk på.\n\n## Del ett\n\n### 1. Första frågan?\n\n#### Region Blekinge\n\nett\n\n###\n\n#### Region Skåne\n\ntvå\n';
    const dir = tempDir();
    writeFileSync(join(dir, 'held.survey.md'), text);
    const result = run(['lint', '--fix', '-f', 'json'], { cwd: dir });
    expect(result.stderr).toContain('notice: held.survey.md: held back 1 fix that would have changed who said what; fix by hand');
    const after = readFileSync(join(dir, 'held.survey.md'), 'utf8');
    expect(after.split('\n')).toContain('###');
    const rus006 = JSON.parse(result.stdout)[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'RUS006');
    expect(rus006).toHaveLength(1);
    expect(rus006[0].fix).toBeUndefined();
    const sv = run(['lint', '--fix', '--locale', 'sv'], { cwd: dir });
    expect(sv.stderr).toContain('observera: held.survey.md: höll tillbaka 1 rättning som skulle ha ändrat vem som sa vad; rätta för hand');
  });

  it('--fix writes a file that lints clean of every fixable rule and keeps every word of every answer', () => {
    const dir = withExample();
    const before = readFileSync(join(dir, FILE), 'utf8');
    const fixed = run(['lint', '--fix', '-f', 'json'], { cwd: dir });
    expect(fixed.code).toBe(0);
    expect(fixed.stderr).toMatch(/^fixed 14 problems in 1 file$/m);
    const after = readFileSync(join(dir, FILE), 'utf8');
    expect(after).not.toBe(before);
    // What the report says remains is what a fresh lint of the written file finds.
    const remaining = JSON.parse(fixed.stdout)[0];
    const again = JSON.parse(run(['lint', '-f', 'json'], { cwd: dir }).stdout)[0];
    expect(again.messages).toEqual(remaining.messages);
    expect(again.messages.filter((m: { fix?: unknown }) => m.fix)).toEqual([]);
    expect(again.messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('RUS002');
    expect(again.messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('RUS009');

    const original = answerWords(before);
    const kept = answerWords(after);
    expect(original.size).toBe(78);
    for (const [key, answer] of original) expect(kept.get(key), key).toEqual(answer);

    // Fixing again changes nothing.
    run(['lint', '--fix'], { cwd: dir });
    expect(readFileSync(join(dir, FILE), 'utf8')).toBe(after);
  });

  it('--fix-dry-run prints a unified diff and writes nothing', () => {
    const dir = withExample();
    const path = join(dir, FILE);
    const stat = statSync(path);
    const { code, stdout } = run(['lint', '--fix-dry-run'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout.startsWith(`--- a/${FILE}\n+++ b/${FILE}\n@@ -`)).toBe(true);
    expect(stdout).toContain('\n+| Svenska ESF-rådet |  |\n');
    expect(stdout).toMatch(/^-\| Region Skåne \| <p>/m);
    expect(readFileSync(path)).toEqual(readFileSync(EXAMPLE));
    expect(statSync(path).mtimeMs).toBe(stat.mtimeMs);
    // The report after the diff is what would remain after the fix.
    expect(stdout).toContain('✖ 13 problems (0 errors, 13 warnings, 0 info)');
  });

  it('the dry-run diff applies with git apply and gives what --fix writes', () => {
    const dir = withExample();
    const diff = run(['lint', '--fix-dry-run', '--output', 'report.txt'], { cwd: dir }).stdout;
    writeFileSync(join(dir, 'fix.diff'), diff);
    const applied = spawnSync('git', ['apply', 'fix.diff'], { cwd: dir, encoding: 'utf8' });
    expect(applied.stderr).toBe('');
    const patched = readFileSync(join(dir, FILE), 'utf8');
    const other = withExample();
    run(['lint', '--fix'], { cwd: other });
    expect(patched).toBe(readFileSync(join(other, FILE), 'utf8'));
  });

  it('--fix and --fix-dry-run together are a usage error', () => {
    const dir = withExample();
    const { code, stderr } = run(['lint', '--fix', '--fix-dry-run'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain('either --fix or --fix-dry-run');
  });

  it('--fix keeps a UTF-8 byte order mark', () => {
    const dir = withExample();
    const path = join(dir, FILE);
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(EXAMPLE)]));
    expect(run(['lint', '--fix'], { cwd: dir }).code).toBe(0);
    expect([...readFileSync(path).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
