// The built CLI on real Swedish organisation names (tests/fixtures/real-names/, typed by hand): RUS004 reports
// no real region or municipality, --fix renames no organisation on a guess, and renames typos only on certain
// evidence (docs/rules/RUS004.md).
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run, tempDir, type JsonMessage, type JsonResult } from './helpers.js';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/real-names');


/** A temp folder holding a copy of one fixture; returns the folder. */
function withFixture(name: string): string {
  const dir = tempDir();
  copyFileSync(join(FIXTURES, name), join(dir, name));
  return dir;
}

function lintJson(dir: string, file: string, extra: string[] = []): { code: number | null; result: JsonResult; stderr: string } {
  const { code, stdout, stderr } = run(['lint', '--format', 'json', ...extra, file], { cwd: dir });
  const results = JSON.parse(stdout) as JsonResult[];
  expect(results).toHaveLength(1);
  return { code, result: results[0]!, stderr };
}

/** Organisation cells (a table row's first cell) and H4 headings as `question<TAB>name`, by regex. */
function organisationCells(text: string): string[] {
  const cells: string[] = [];
  let question = 0;
  for (const line of text.split('\n')) {
    const heading = /^### (\d+)\. /.exec(line);
    if (heading) {
      question = Number(heading[1]);
      continue;
    }
    if (question === 0) continue;
    const section = /^#### (.+?)\s*$/.exec(line);
    const row = /^\|([^|]*)\|/.exec(line);
    const name = section ? section[1]! : row ? row[1]!.trim() : undefined;
    if (name === undefined || name === 'Organisation' || /^-+$/.test(name)) continue;
    cells.push(`${question}\t${name}`);
  }
  return cells;
}

/** The cells of `before` are all in `after` (RUS002 may add rows), each in its question, under its name. */
function expectCellsKept(before: readonly string[], after: readonly string[]): void {
  const remaining = [...after];
  for (const cell of before) {
    const at = remaining.indexOf(cell);
    expect(at, `${cell.replace('\t', ': ')} lost or renamed by --fix`).not.toBe(-1);
    remaining.splice(at, 1);
  }
}

const names = (cells: readonly string[]): Set<string> => new Set(cells.map((cell) => cell.split('\t')[1]!));
const questionsOf = (cells: readonly string[], name: string): number[] =>
  cells.filter((cell) => cell.endsWith(`\t${name}`)).map((cell) => Number(cell.split('\t')[0]));

describe.each(['regions.survey.md', 'municipalities.survey.md', 'municipalities-kommun.survey.md'])('real names: %s', (file) => {
  it('lint --format json reports no RUS004 (nor RUS005 or RUS010)', () => {
    const dir = withFixture(file);
    const { code, result, stderr } = lintJson(dir, file);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(result.filePath).toBe(join(dir, file));
    expect(result.messages.filter((m) => ['RUS004', 'RUS005', 'RUS010'].includes(m.ruleId))).toEqual([]);
    expect(result.errorCount).toBe(0);
    // The sparse answers are seen: RUS002 asks the organisations for what they skipped.
    expect(result.messages.filter((m) => m.ruleId === 'RUS002').length).toBeGreaterThan(0);
  });

  it('lint --fix changes no organisation name', () => {
    const dir = withFixture(file);
    const before = readFileSync(join(dir, file), 'utf8');
    const fixed = run(['lint', '--fix', '--format', 'json', file], { cwd: dir });
    expect(fixed.code).toBe(0);
    expect(fixed.stderr).not.toMatch(/held back|withheld/i);
    const after = readFileSync(join(dir, file), 'utf8');
    expect(after).not.toBe(before); // RUS002 added the empty answers
    const cellsBefore = organisationCells(before);
    const cellsAfter = organisationCells(after);
    expectCellsKept(cellsBefore, cellsAfter);
    // Every row added is under a name already written in the file, and no question has a name twice.
    expect(names(cellsAfter)).toEqual(names(cellsBefore));
    expect(new Set(cellsAfter).size).toBe(cellsAfter.length);
    expect(JSON.parse(fixed.stdout)[0].messages.filter((m: JsonMessage) => m.ruleId === 'RUS004')).toEqual([]);
  });

  it('with the matching preset as the roster (.rus-survey.json), lint --fix still changes no name', () => {
    const dir = withFixture(file);
    const preset = file.startsWith('regions') ? 'sweden-regions' : 'sweden-municipalities';
    writeFileSync(join(dir, '.rus-survey.json'), JSON.stringify({ organisations: { preset } }));
    expect(lintJson(dir, file).result.messages.filter((m) => m.ruleId === 'RUS004')).toEqual([]);
    const before = readFileSync(join(dir, file), 'utf8');
    expect(run(['lint', '--fix', file], { cwd: dir }).code).toBe(0);
    expectCellsKept(organisationCells(before), organisationCells(readFileSync(join(dir, file), 'utf8')));
  });
});

describe('typos against the regions preset (front matter roster)', () => {
  const file = 'typos.survey.md';

  it('lint --format json: the four typos, two with a fix and two without', () => {
    const dir = withFixture(file);
    const { code, result } = lintJson(dir, file);
    expect(code).toBe(1);
    const rus004 = result.messages.filter((m) => m.ruleId === 'RUS004');
    expect(rus004.map((m) => ({ line: m.line, column: m.column, endColumn: m.endColumn, severity: m.severity, message: m.message, fix: m.fix?.edits.map((e) => e.text) }))).toEqual([
      { line: 17, column: 3, endColumn: 14, severity: 'error', message: '"Regon Skåne" is not in the roster. Did you mean "Region Skåne"?', fix: undefined },
      { line: 18, column: 3, endColumn: 16, severity: 'error', message: '"Region Örebro" is not in the roster. Did you mean "Region Örebro län"?', fix: ['Region Örebro län'] },
      {
        line: 26,
        column: 3,
        endColumn: 23,
        severity: 'error',
        message: '"Region Västernorland" is not in the roster. Did you mean "Region Västernorrland"?',
        fix: undefined,
      },
      { line: 27, column: 3, endColumn: 20, severity: 'error', message: '"Region Orebro lan" is not in the roster. Did you mean "Region Örebro län"?', fix: ['Region Örebro län'] },
    ]);
    expect(rus004.find((m) => m.fix)?.fix?.title).toBe('Rename to "Region Örebro län"');
    expect(result.messages.filter((m) => m.message.includes('Stockholms läns landsting'))).toEqual([]);
  });

  it('lint --fix renames "Region Örebro" and "Region Orebro lan" only; the suggestions stay suggestions', () => {
    const dir = withFixture(file);
    const before = readFileSync(join(dir, file), 'utf8');
    const fixed = run(['lint', '--fix', '--format', 'json', file], { cwd: dir });
    expect(fixed.code).toBe(1); // the two typos without a certain fix are still errors
    expect(fixed.stderr).not.toMatch(/held back|withheld/i);
    const after = readFileSync(join(dir, file), 'utf8');
    const cells = organisationCells(after);

    // Renamed in questions 1 and 2; question 3 gets RUS002's empty row.
    expect(questionsOf(cells, 'Region Örebro län')).toEqual([1, 2, 3]);
    expect(questionsOf(cells, 'Region Örebro')).toEqual([]);
    expect(questionsOf(cells, 'Region Orebro lan')).toEqual([]);
    expect(after).toContain('| Region Örebro län | Vår nya RUS antogs mars 2018. |');
    expect(after).toContain('| Region Örebro län | Med indikatorer och analyser. |');
    expect(after).toContain('| Regon Skåne | Verksamhetsplanen konkretiserar vilka aktiviteter som ska genomföras under året. |');
    expect(after).toContain('| Region Västernorland | Med en årlig lägesbild. |');
    expect(after).toContain('| Stockholms läns landsting | Kopplingen finns och kan utvecklas ytterligare. |');
    expect(after).toContain('#### Stockholms läns landsting\n\nBostadsförsörjningen.');
    expect(questionsOf(cells, 'Regon Skåne')).toEqual([1]);
    expect(questionsOf(cells, 'Region Västernorland')).toEqual([2]);
    expect(questionsOf(cells, 'Stockholms läns landsting')).toEqual([1, 3]);
    // No organisation ends up twice in a question (no empty row added next to a renamed or misspelt one).
    expect(new Set(cells).size).toBe(cells.length);
    expect(questionsOf(cells, 'Region Skåne')).toEqual([2, 3]);
    expect(questionsOf(cells, 'Region Västernorrland')).toEqual([1, 3]);
    expect(questionsOf(cells, 'Region Stockholm')).toEqual([2]);

    // Every cell except the two renamed is still there.
    const renamed = new Set(['1\tRegion Örebro', '2\tRegion Orebro lan']);
    expectCellsKept(
      organisationCells(before).filter((cell) => !renamed.has(cell)),
      cells,
    );

    // What is left: the two typos, each reported with its suggestion in the message and no fix.
    const remaining = (JSON.parse(fixed.stdout) as JsonResult[])[0]!.messages.filter((m) => m.ruleId === 'RUS004');
    expect(remaining.map((m) => [m.line, m.severity, m.message, m.fix])).toEqual([
      [17, 'error', '"Regon Skåne" is not in the roster. Did you mean "Region Skåne"?', undefined],
      [expect.any(Number), 'error', '"Region Västernorland" is not in the roster. Did you mean "Region Västernorrland"?', undefined],
    ]);
    const again = lintJson(dir, file).result.messages.filter((m) => m.ruleId === 'RUS004');
    expect(again).toEqual(remaining);

    // Fixing again changes nothing.
    run(['lint', '--fix', file], { cwd: dir });
    expect(readFileSync(join(dir, file), 'utf8')).toBe(after);
  });
});
