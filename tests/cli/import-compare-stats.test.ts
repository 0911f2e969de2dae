import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, SEED, run, tempDir, withExample } from './helpers.js';

const FILE = 'rus-natverket-2018.survey.md';

/** A small RFC 4180 reader, enough to check the writer (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('import', () => {
  it('turns the seed text into the checked-in example byte for byte, notes on stderr', () => {
    const dir = tempDir();
    const { code, stdout, stderr } = run(['import', SEED], { cwd: dir });
    expect(code).toBe(0);
    expect(Buffer.from(stdout, 'utf8').equals(readFileSync(EXAMPLE))).toBe(true);
    expect(stderr).toContain('note: dropped the row');
    expect(stderr).toContain('note: joined the row on line 82 to the answer of Region Skåne');
  });

  it('-o writes the file', () => {
    const dir = tempDir();
    const { code, stdout } = run(['import', SEED, '-o', 'out.survey.md'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(readFileSync(join(dir, 'out.survey.md')).equals(readFileSync(EXAMPLE))).toBe(true);
  });
});

describe('compare', () => {
  const dir = withExample();

  it('csv: BOM, one RFC 4180 row per question × organisation', () => {
    const { code, stdout } = run(['compare', FILE, '--format', 'csv'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout.startsWith('\uFEFFquestion,question text,part,organisation,status,words,answer\r\n')).toBe(true);
    const rows = parseCsv(stdout.slice(1));
    expect(rows[0]).toEqual(['question', 'question text', 'part', 'organisation', 'status', 'words', 'answer']);
    expect(rows).toHaveLength(1 + 9 * 10);
    expect(rows.every((row) => row.length === 7)).toBe(true);
    const blekinge4 = rows.find((row) => row[0] === '4' && row[3] === 'Region Blekinge')!;
    expect(blekinge4[4]).toBe('answered');
    expect(blekinge4[6]).toBe('Nämns i översiktsplaner, tematiska strategier som ej ägs av Regionen osv. Projekt som söks kopplas till RUS.');
    expect(rows.filter((row) => row[4] === 'missing')).toHaveLength(12);
    // A field with quotes is quoted and its quotes doubled.
    const kronoberg2 = rows.find((row) => row[0] === '2' && row[3] === 'Region Kronoberg')!;
    expect(kronoberg2[6]).toContain('"Ska vara en drivande regional utvecklingsaktör"');
    expect(stdout).toContain('""Ska vara en drivande regional utvecklingsaktör""');
  });

  it('--orgs and --questions select and order', () => {
    const { stdout } = run(['compare', FILE, '--orgs', 'Region Kronoberg,Region Blekinge', '--questions', '1,4'], { cwd: dir });
    const rows = parseCsv(stdout.slice(1)).slice(1);
    expect(rows.map((row) => `${row[0]} ${row[3]} ${row[4]}`)).toEqual([
      '1 Region Kronoberg answered',
      '1 Region Blekinge answered',
      '4 Region Kronoberg missing',
      '4 Region Blekinge answered',
    ]);
    const bad = run(['compare', FILE, '--questions', 'one'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--questions');
  });

  it('md: a question with a pipe and a Markdown escape keeps its cell, and its escape reads as in the survey', () => {
    const small = tempDir();
    writeFileSync(
      join(small, 'pipes.survey.md'),
      `---
organisations: [Region A]
---
# Enkät

> Tänk på att.

## Del

### 1. Mål | delmål och \\*prioriteringar\\*?

| Organisation | Svar |
| --- | --- |
| Region A | Ja. |
`,
    );
    const { code, stdout } = run(['compare', 'pipes.survey.md', '-f', 'md'], { cwd: small });
    expect(code).toBe(0);
    // The heading's own `\*` stays as written (not `\\*`, a backslash then emphasis); the bare pipe is escaped.
    expect(stdout).toContain('| 1. Mål \\| delmål och \\*prioriteringar\\*? | ✓ | 1/1 |');
  });

  it('md: a coverage table', () => {
    const { code, stdout } = run(['compare', FILE, '-f', 'md'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toContain('# Coverage: Enkät inför RUS-nätverkets möte 24 april 2018');
    const table = stdout.split('\n').filter((line) => line.startsWith('|'));
    expect(table).toHaveLength(2 + 9 + 1);
    expect(table[0]).toBe('| Question | Region Blekinge | Svenska ESF-rådet | Region Kronoberg | Västra Götalandsregionen | Region Västernorrland | Stockholms läns landsting | Region Örebro län | Region Dalarna | Region Skåne | Region Västerbotten | Answered |');
    expect(table.find((line) => line.startsWith('| 4. '))).toMatch(/\| ✓ \| ✗ \| ✗ \| ✓ .*\| 8\/10 \|$/);
    expect(table[table.length - 1]).toMatch(/^\| \*\*Total\*\* \| 9\/9 \| 4\/9 \|.*\| 78\/90 \|$/);
  });

  it('json: core\'s matrix', () => {
    const { code, stdout } = run(['compare', FILE, '-f', 'json', '-o', 'matrix.json'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const matrix = JSON.parse(readFileSync(join(dir, 'matrix.json'), 'utf8'));
    expect(matrix.organisations).toHaveLength(10);
    expect(matrix.rows).toHaveLength(9);
    expect(matrix.totals).toMatchObject({ cells: 90, answered: 78, missing: 12 });
  });

  it('html: one self-contained page with the matrix as inert JSON (more in compare-html.test.ts)', () => {
    const { code, stdout, stderr } = run(['compare', FILE, '-f', 'html', '-o', 'report.html'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe('');
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('<script type="application/json" id="rus-compare-data"');
    expect(html).not.toMatch(/<(script|link|img)[^>]+src=/);
  });

  it('several files line up by question number', () => {
    const { stdout } = run(['compare', FILE, FILE, '-f', 'json'], { cwd: dir });
    expect(JSON.parse(stdout).rows).toHaveLength(9);
  });
});

describe('stats', () => {
  it('prints coverage per question and per organisation', () => {
    const dir = withExample();
    const { code, stdout } = run(['stats', FILE], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Question +Answered +No answer +Empty +Missing +%$/m);
    expect(stdout).toMatch(/^4\. Vilka spår ser ni av RUSen.* +8 +0 +0 +2 +80 %$/m);
    expect(stdout).toMatch(/^Svenska ESF-rådet +4 +0 +0 +5 +44 %$/m);
    expect(stdout).toContain('In all: 78/90 answered (87 %)');
  });

  it('counts every status: no answer, empty or placeholder, missing (a small survey counted by hand)', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'small.survey.md'),
      `---
organisations: [Region A, Region B, Region C]
---
# Enkät

> Tänk på att.

## Del ett

### 1. Fråga ett?

| Organisation | Svar |
| --- | --- |
| Region A | Ja, vi gör det. |
| Region B | Inget svar |
| Region C | - |

### 2. Fråga två?

| Organisation | Svar |
| --- | --- |
| Region A | Nej. |
| Region B |  |

## Del två

### 3. Fråga tre?

| Organisation | Svar |
| --- | --- |
| Region B | Två ord. |
| Region C | Tre ord här. |
`,
    );
    const { code, stdout } = run(['stats', 'small.survey.md'], { cwd: dir });
    expect(code).toBe(0);
    const numbers = (label: string) => stdout.split('\n').find((line) => line.startsWith(label))?.slice(label.length).trim().split(/ +/);
    // Answered, no answer, empty or placeholder, missing, percent answered.
    expect(numbers('1. Fråga ett?')).toEqual(['1', '1', '1', '0', '33', '%']);
    expect(numbers('2. Fråga två?')).toEqual(['1', '0', '1', '1', '33', '%']);
    expect(numbers('3. Fråga tre?')).toEqual(['2', '0', '0', '1', '67', '%']);
    expect(numbers('Region A')).toEqual(['2', '0', '0', '1', '67', '%']);
    expect(numbers('Region B')).toEqual(['1', '1', '1', '0', '33', '%']);
    expect(numbers('Region C')).toEqual(['1', '0', '1', '1', '33', '%']);
    expect(stdout).toContain('In all: 4/9 answered (44 %)');
  });
});
