// `rus-survey lint` on many files lints them on worker threads; its report, its messages on stderr and its exit
// code are those of the single-threaded run, in the same order, whichever file a worker finishes first.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN_SURVEY, FIXABLE_SURVEY, run, tempDir, type JsonResult } from './helpers.js';

const NAMES = ['Region Blekinge', 'Region Dalarna', 'Region Gotland', 'Region Skåne', 'Region Sörmland', 'Region Värmland'];

/** 70 surveys that differ in size and findings (big ones among small ones, so workers finish out of order). */
function writeSurveys(dir: string): void {
  mkdirSync(join(dir, 'del'));
  for (let i = 0; i < 70; i++) {
    const rows = Array.from({ length: i % 7 === 0 ? 400 : 2 }, (_, row) => `| ${NAMES[(row + i) % NAMES.length]}${row >= NAMES.length ? ` ${row}` : ''} | Svar ${i}.${i % 5 === 0 ? '<p>Mer.' : ''} |`);
    const base = i % 3 === 0 ? FIXABLE_SURVEY : CLEAN_SURVEY;
    const text = `${base.replace(/\| Region Blekinge .*\n\| Region Dalarna .*\n/, `${rows.join('\n')}\n`)}${i % 4 === 0 ? '\n### Fråga utan svar\n' : ''}`;
    writeFileSync(join(dir, i % 2 === 0 ? 'del' : '.', `enkät-${String(i).padStart(2, '0')}.survey.md`), i % 11 === 0 ? `\uFEFF${text}` : text);
  }
  // Not a survey, and a survey that cannot be decoded as UTF-8: reported in their places as before.
  writeFileSync(join(dir, 'readme.md'), '# Hej\n');
  writeFileSync(join(dir, 'latin1.survey.md'), Buffer.from(CLEAN_SURVEY.replace('Enkät', 'Enk\u00e4t'), 'latin1'));
}

describe('lint on many files (worker threads)', () => {
  const dir = tempDir();
  writeSurveys(dir);

  for (const format of ['json', 'stylish'] as const) {
    it(`prints the single-threaded ${format} report, in the same order`, () => {
      const single = run(['lint', '.', '--format', format], { cwd: dir, env: { RUS_SURVEY_LINT_WORKERS: '0' } });
      const threaded = run(['lint', '.', '--format', format], { cwd: dir, env: { RUS_SURVEY_LINT_WORKERS: '3' } });
      expect(threaded.code).toBe(single.code);
      expect(threaded.stderr).toBe(single.stderr);
      expect(threaded.stdout).toBe(single.stdout);
      if (format === 'json') {
        const results = JSON.parse(threaded.stdout) as JsonResult[];
        expect(results).toHaveLength(71);
        // Findings differ from file to file, so a report in another order would not be this one.
        expect(new Set(results.map((result) => JSON.stringify(result.messages.map((message) => message.message)))).size).toBeGreaterThan(5);
      }
    });
  }

  it('uses workers by itself for this many files and still prints the same report', () => {
    const single = run(['lint', '.', '--format', 'json'], { cwd: dir, env: { RUS_SURVEY_LINT_WORKERS: '0' } });
    const automatic = run(['lint', '.', '--format', 'json'], { cwd: dir });
    expect(automatic.stdout).toBe(single.stdout);
    expect(automatic.code).toBe(single.code);
  });
});
