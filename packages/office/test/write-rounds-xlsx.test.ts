import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { compareRounds, lintSurvey } from '@rus-survey/core';
import { roundsWorkbook, STATUS_COLOURS } from '../src/index.js';
import { exampleSurvey } from './seed-oracle.js';

/** The seed a year on: Blekinge's first answer rewritten, ESF-rådet's second removed, Skåne's first a formula. */
function twoRounds() {
  const y2018 = exampleSurvey();
  const y2019 = y2018
    .replace('möte 24 april 2018', 'möte 10 april 2019')
    .replace('| Region Blekinge | Den styr prioriteringar av aktiviteter och finansieringar. |', '| Region Blekinge | Den styr prioriteringar av aktiviteter, projekt och finansieringar. |')
    .replace(/\| Svenska ESF-rådet \| Finns på regional nivå \|\n/, '')
    .replace(/\| Region Skåne \| Alla strategier[^\n]*\|/, '| Region Skåne | =HYPERLINK("http://x","klick") |');
  return compareRounds([
    { uri: '2018.survey.md', survey: lintSurvey(y2018).survey },
    { uri: '2019.survey.md', survey: lintSurvey(y2019).survey },
  ]);
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe('roundsWorkbook', () => {
  it('writes a row per organisation and question with each round’s answer and the change, coloured, and a summary', async () => {
    const workbook = await load(await roundsWorkbook(twoRounds(), { locale: 'en' }));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Rounds', 'Summary']);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
    expect(sheet.getRow(1).values).toEqual([undefined, 'Organisation', 'Question', '2018-04', '2019-04', 'Change 2018-04 → 2019-04']);
    const rows = sheet.getRows(2, sheet.rowCount - 1)!;
    expect(rows).toHaveLength(78);
    const find = (organisation: string, question: string) => rows.find((row) => row.getCell(1).value === organisation && String(row.getCell(2).value).startsWith(question))!;
    const blekinge = find('Region Blekinge', '1. ');
    expect(blekinge.getCell(4).value).toBe('Den styr prioriteringar av aktiviteter, projekt och finansieringar.');
    expect(blekinge.getCell(5).value).toBe('edited');
    expect((blekinge.getCell(5).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(STATUS_COLOURS.empty.fill);
    const esf = find('Svenska ESF-rådet', '2. ');
    expect(esf.getCell(4).value).toBe('');
    expect(esf.getCell(5).value).toBe('removed');
    expect((esf.getCell(5).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(STATUS_COLOURS.missing.fill);
    // A formula an organisation typed stays text.
    expect(find('Region Skåne', '1. ').getCell(4).value).toBe(`'=HYPERLINK("http://x","klick")`);
    const summary = workbook.worksheets[1]!;
    const values = summary.getSheetValues().flat().filter((value) => value !== undefined && value !== null);
    expect(values).toEqual(expect.arrayContaining(['2018-04 → 2019-04', 'edited', 2, 'removed', 1]));
  });

  it('speaks Swedish', async () => {
    const workbook = await load(await roundsWorkbook(twoRounds(), { locale: 'sv' }));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Omgångar', 'Sammanfattning']);
    expect(workbook.worksheets[0]!.getRow(1).getCell(5).value).toBe('Ändring 2018-04 → 2019-04');
  });
});
