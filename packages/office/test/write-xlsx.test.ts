import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { compareMatrix, lintSurvey } from '@rus-survey/core';
import { importXlsx, matrixWorkbook } from '../src/index.js';
import { exampleSurvey, readBack, seedImportProblems, seedModel } from './seed-oracle.js';

const seedMatrix = () => compareMatrix([{ uri: 'file:///seed.survey.md', survey: lintSurvey(exampleSurvey()).survey }]);

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** The heat map's light-theme colour of a CSS custom property, as ExcelJS's ARGB. */
function cssColour(name: string): string {
  const css = readFileSync(new URL('../../compare-ui/src/styles/tokens/light.css', import.meta.url), 'utf8');
  const match = new RegExp(`${name}:\\s*#([0-9a-f]{6})`, 'i').exec(css);
  if (!match) throw new Error(`${name} not in the light palette (compare-ui/src/styles/tokens/light.css)`);
  return `FF${match[1]!.toUpperCase()}`;
}

describe('matrixWorkbook', () => {
  it('writes every question on one sheet, a sheet per part and a coverage sheet, frozen and wrapped', async () => {
    const workbook = await load(await matrixWorkbook(seedMatrix(), { locale: 'sv' }));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Alla frågor', 'Del ett RUSen som styrinstrumen', 'Del två RUSens aktualitet', 'Svarstäckning']);
    const all = workbook.worksheets[0]!;
    expect(all.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(all.rowCount).toBe(10);
    expect(all.getRow(1).values).toEqual([undefined, 'Fråga', ...seedMatrix().organisations, 'Del']);
    expect(workbook.worksheets[1]!.rowCount).toBe(5);
    expect(workbook.worksheets[2]!.rowCount).toBe(6);
    expect(all.getCell('B2').alignment).toMatchObject({ wrapText: true });
    expect(workbook.title).toBe('Enkät inför RUS-nätverkets möte 24 april 2018');
  });

  it("fills each cell with its status's heat-map colour", async () => {
    const matrix = seedMatrix();
    const workbook = await load(await matrixWorkbook(matrix));
    const sheet = workbook.getWorksheet('All questions')!;
    const fillOf = (row: number, column: number): string | undefined => (sheet.getRow(row).getCell(column).fill as ExcelJS.FillPattern).fgColor?.argb;
    const missing = matrix.rows[3]!.cells.findIndex((cell) => cell.status === 'missing');
    const answered = matrix.rows[3]!.cells.findIndex((cell) => cell.status === 'answered');
    expect(fillOf(5, missing + 2)).toBe(cssColour('--rsc-miss-bg'));
    expect(fillOf(5, answered + 2)).toBe(cssColour('--rsc-ans1-bg'));
  });

  it('writes the coverage from the matrix: answered per question, the missing organisations, totals', async () => {
    const workbook = await load(await matrixWorkbook(seedMatrix()));
    const sheet = workbook.getWorksheet('Coverage')!;
    expect(sheet.getRow(5).values).toEqual([undefined, expect.stringMatching(/^4\. Vilka spår/), 8, 10, 'Svenska ESF-rådet, Region Kronoberg']);
    const totals = sheet.getRow(sheet.rowCount).values as unknown[];
    expect(totals.slice(2)).toEqual([78, 0, 0, 12, 90]);
  });

  it('neutralises formula-looking answers: they are text starting with an apostrophe, never formulas', async () => {
    const survey = lintSurvey(
      '# Enkät\n\n### 1. Fråga?\n\n| Organisation | Svar |\n| --- | --- |\n| Region Gotland | =HYPERLINK("http://evil.example","klicka") |\n| +Region Skåne | -2+3 |\n| Region Dalarna | @SUM(A1) |\n',
    ).survey;
    const workbook = await load(await matrixWorkbook(compareMatrix([{ uri: 'x', survey }])));
    const row = workbook.worksheets[0]!.getRow(2);
    const header = workbook.worksheets[0]!.getRow(1);
    expect([2, 3, 4].map((column) => row.getCell(column).value)).toEqual(["'=HYPERLINK(\"http://evil.example\",\"klicka\")", "'-2+3", "'@SUM(A1)"]);
    expect([2, 3, 4].map((column) => row.getCell(column).type)).toEqual([ExcelJS.ValueType.String, ExcelJS.ValueType.String, ExcelJS.ValueType.String]);
    expect(header.getCell(3).value).toBe("'+Region Skåne");
  });

  it('reads back as the same survey: export → import keeps parts, questions and every answer', async () => {
    const result = await importXlsx(await matrixWorkbook(seedMatrix()));
    expect(seedImportProblems(result.content)).toEqual([]);
    const seed = seedModel();
    const back = readBack(result.content);
    expect(back.survey.title).toBe(seed.survey.title);
    expect(back.survey.parts.map((part) => [part.title, part.questions.map((q) => [q.number, q.text])])).toEqual(
      seed.parts.map((part) => [part.title, part.questions.map((q) => [q.number, q.text])]),
    );
    for (const part of seed.parts)
      for (const question of part.questions)
        for (const answer of question.answers) {
          const normalised = answer.text.replace(/<\/p>\s*<p>/g, '<br><br>').replace(/<\/?p>/g, '');
          expect(back.answers.get(`${question.number}|${answer.organisation}`)).toBe(normalised);
        }
  });
});
