import { readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, run, tempDir } from './helpers.js';

/** Two rounds of the seed's questionnaire: 2019 rewrites Blekinge's first answer, drops ESF-rådet's second, and calls SLL Region Stockholm. */
function twoRounds(): string {
  const dir = tempDir();
  const y2018 = readFileSync(EXAMPLE, 'utf8');
  const y2019 = y2018
    .replace('date: 2018-04-24', 'date: 2019-04-10')
    .replace('möte 24 april 2018', 'möte 10 april 2019')
    .replace('| Region Blekinge | Den styr prioriteringar av aktiviteter och finansieringar. |', '| Region Blekinge | Den styr prioriteringar av aktiviteter, projekt och finansieringar. |')
    .replace(/\| Svenska ESF-rådet \| Finns på regional nivå \|\n/, '')
    .replaceAll('Stockholms läns landsting', 'Region Stockholm')
    .replaceAll('Hur påverkar uppföljningen av RUSen er verksamhetsplanering?', 'Hur påverkar uppföljningen av RUSen er verksamhetsplanering och budget?');
  writeFileSync(join(dir, '2018.survey.md'), y2018);
  writeFileSync(join(dir, '2019.survey.md'), y2019);
  return dir;
}

describe('compare --by organisation', () => {
  it('writes each organisation’s answers round by round in Markdown, with the word diff of an edited answer', () => {
    const dir = twoRounds();
    const { code, stdout, stderr } = run(['compare', '2019.survey.md', '2018.survey.md', '--by', 'organisation', '--format', 'md'], { cwd: dir });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('| 2018-04 | 2018.survey.md | 9 | 10 | 78 |');
    expect(stdout).toContain('| 2019-04 | 2019.survey.md | 9 | 10 | 77 |');
    expect(stdout).toContain('- Answers: 0 new, 1 removed, 1 edited, 76 unchanged');
    expect(stdout).toContain('- Questions renumbered or reworded: 3 → 3 (same number, reworded)');
    expect(stdout).toContain('| 2019-04 | edited | Den styr prioriteringar av aktiviteter<ins>,</ins> <ins>projekt </ins>och finansieringar. |');
    expect(stdout).toMatch(/## Svenska ESF-rådet[\s\S]*?### 2\. Hur ser kopplingen[\s\S]*?\| 2019-04 \| removed \| missing \|/);
    expect(stdout).toContain('## Region Stockholm');
    expect(stdout).not.toContain('## Stockholms läns landsting');
  });

  it('speaks Swedish, and writes CSV and JSON', () => {
    const dir = twoRounds();
    const sv = run(['compare', '2018.survey.md', '2019.survey.md', '--by', 'organisation', '--format', 'md', '--locale', 'sv'], { cwd: dir });
    expect(sv.stdout).toContain('- Svar: 0 nya, 1 borttagna, 1 ändrade, 76 oförändrade');
    const csv = run(['compare', '2018.survey.md', '2019.survey.md', '--by', 'organisation', '--format', 'csv'], { cwd: dir });
    expect(csv.code).toBe(0);
    expect(csv.stdout).toContain('Svenska ESF-rådet,2018-04#2,2019-04,2,Hur ser kopplingen ut mellan er RUS och er VP?,missing,removed,\r\n');
    const json = JSON.parse(run(['compare', '2018.survey.md', '2019.survey.md', '--by', 'organisation', '--format', 'json'], { cwd: dir }).stdout);
    expect(json.rounds.map((round: { label: string }) => round.label)).toEqual(['2018-04', '2019-04']);
    expect(json.summary.answerChanges).toEqual([{ new: 0, removed: 1, edited: 1, unchanged: 76 }]);
  });

  it('writes an Excel workbook with -o, and refuses to write one to the terminal', async () => {
    const dir = twoRounds();
    const written = run(['compare', '2018.survey.md', '2019.survey.md', '--by', 'organisation', '--format', 'xlsx', '-o', 'rounds.xlsx', '--locale', 'sv'], { cwd: dir });
    expect(written.stderr).toBe('');
    expect(written.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'rounds.xlsx'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Omgångar', 'Sammanfattning']);
    const rows = workbook.worksheets[0]!.getRows(2, workbook.worksheets[0]!.rowCount - 1)!;
    const esf = rows.find((row) => row.getCell(1).value === 'Svenska ESF-rådet' && String(row.getCell(2).value).startsWith('2. '))!;
    expect(esf.getCell(5).value).toBe('borttagen');
    expect(run(['compare', '2018.survey.md', '2019.survey.md', '--by', 'organisation', '--format', 'xlsx'], { cwd: dir }).code).toBe(2);
  });

  it('refuses one file, with exit 2', () => {
    const dir = twoRounds();
    const one = run(['compare', '2018.survey.md', '--by', 'organisation', '--format', 'md'], { cwd: dir });
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('name two or more survey files');
  });

  it('writes a standalone HTML report that names the files, not the folders they lie in', () => {
    const dir = twoRounds();
    const { code, stdout } = run(['compare', `${dir}/2018.survey.md`, `${dir}/2019.survey.md`, '--by', 'organisation', '--format', 'html'], { cwd: '/' });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<!doctype html>/);
    expect(stdout).toContain('id="rus-rounds-data"');
    expect(stdout).toContain('"uri":"2019.survey.md"');
    expect(stdout).not.toContain(dir.slice(1));
  });
});
