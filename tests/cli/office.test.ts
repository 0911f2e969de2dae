// import, export and compare --format xlsx with office files built in the test by the libraries office tools use.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { allQuestions, lintSurvey } from '@rus-survey/core';
import { EXAMPLE, run, tempDir } from './helpers.js';

const seed = lintSurvey(readFileSync(EXAMPLE, 'utf8')).survey;
const questions = allQuestions(seed);
const organisations = [...new Set(questions.flatMap((question) => question.answers.map((answer) => answer.organisation.text)))];
const paragraphsOf = (text: string): string[] => text.split(/<\/p>\s*<p>/).map((paragraph) => paragraph.replace(/<\/?p>/g, '').trim());
const wordsOf = (text: string): string[] => text.replace(/<[^>]*>/g, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];

/** The imported survey against the seed: counts, the 12 missing pairs, and every word of every answer in place. */
function expectSeed(markdown: string): void {
  const { survey, diagnostics } = lintSurvey(markdown);
  const imported = allQuestions(survey);
  expect(imported).toHaveLength(9);
  expect(new Set(imported.flatMap((q) => q.answers.map((a) => a.organisation.text))).size).toBe(10);
  expect(imported.reduce((sum, q) => sum + q.answers.length, 0)).toBe(78);
  expect(diagnostics.filter((d) => d.ruleId === 'RUS002')).toHaveLength(12);
  for (const question of questions)
    for (const answer of question.answers) {
      const back = imported.find((q) => q.number === question.number)?.answers.find((a) => a.organisation.text === answer.organisation.text);
      const have = wordsOf(back?.text ?? '');
      expect(wordsOf(answer.text).filter((word) => !have.includes(word)), `${question.number} ${answer.organisation.text}`).toEqual([]);
    }
}

async function seedDocx(): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [new Paragraph({ text: seed.title!, heading: HeadingLevel.HEADING_1 }), new Paragraph(seed.blockquotes[0]!.text)];
  for (const part of seed.parts) {
    children.push(new Paragraph({ text: part.title, heading: HeadingLevel.HEADING_2 }));
    for (const question of part.questions) {
      children.push(new Paragraph({ children: [new TextRun({ text: `${question.number}. ${question.text}`, bold: true })] }));
      const cell = (texts: string[]): TableCell => new TableCell({ children: texts.map((text) => new Paragraph(text)) });
      children.push(
        new Table({
          rows: [
            new TableRow({ children: [cell(['Organisation']), cell(['Svar'])] }),
            ...question.answers.map((answer) => new TableRow({ children: [cell([answer.organisation.text]), cell(paragraphsOf(answer.text))] })),
          ],
        }),
      );
    }
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

function seedFormWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Form1');
  sheet.addRow(['ID', 'Starttid', 'Sluttid', 'E-post', 'Namn', 'Organisation', ...questions.map((q) => `${q.number}. ${q.text}`)]);
  organisations.forEach((organisation, index) =>
    sheet.addRow([
      index + 1,
      new Date(Date.UTC(2018, 3, 1 + index)),
      new Date(Date.UTC(2018, 3, 1 + index, 1)),
      'anonymous',
      '',
      organisation,
      ...questions.map((q) => paragraphsOf(q.answers.find((a) => a.organisation.text === organisation)?.text ?? '').join('\n\n')),
    ]),
  );
  return workbook;
}

const PARTS = ['--part', 'Del ett: RUSen som styrinstrument=1-4', '--part', 'Del två: RUSens aktualitet=5-9'];

describe('import', () => {
  it('a Word file: the seed with every answer, what was recognised on stderr', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'enkat.docx'), await seedDocx());
    const { code, stdout, stderr } = run(['import', 'enkat.docx'], { cwd: dir });
    expect(code).toBe(0);
    expectSeed(stdout);
    expect(stderr).toContain('enkat.docx: recognised 2 parts, 9 questions, 10 organisations, 78 answers');
    const sv = run(['import', 'enkat.docx', '--locale', 'sv', '-o', 'enkat.survey.md'], { cwd: dir });
    expect(sv.stderr).toContain('enkat.docx: hittade 2 delar, 9 frågor, 10 organisationer, 78 svar');
    expect(readFileSync(join(dir, 'enkat.survey.md'), 'utf8')).toBe(stdout);
  });

  it('a Forms-style .xlsx with --title, --part and --roster', async () => {
    const dir = tempDir();
    await seedFormWorkbook().xlsx.writeFile(join(dir, 'svar.xlsx'));
    const { code, stdout, stderr } = run(['import', 'svar.xlsx', '--title', seed.title!, ...PARTS, '--roster', 'sweden-regions,Svenska ESF-rådet'], { cwd: dir });
    expect(code).toBe(0);
    expectSeed(stdout.replace(/organisations:\n(?:  .*\n)+/, ''));
    expect(stdout).toMatch(/^---\nrus-survey: true\ndate: 2018-04-24\norganisations:\n {2}- preset: sweden-regions\n {2}- Svenska ESF-rådet\n---\n\n# Enkät inför/);
    expect(stdout).toContain('## Del två: RUSens aktualitet\n\n### 5. Upplever du');
    expect(stderr).toContain('left out columns: "ID", "Starttid", "Sluttid", "E-post", "Namn"');
  });

  it("Swedish Excel's CSV: ';', Windows-1252, CRLF, multi-line cells", async () => {
    const dir = tempDir();
    const csv = Buffer.from(await seedFormWorkbook().csv.writeBuffer({ formatterOptions: { delimiter: ';', rowDelimiter: '\r\n' } })).toString('utf8');
    writeFileSync(join(dir, 'svar.csv'), iconv.encode(csv, 'windows-1252'));
    const { code, stdout } = run(['import', 'svar.csv', ...PARTS], { cwd: dir });
    expect(code).toBe(0);
    expectSeed(stdout);
  });

  it('--org-column names the column; without a recognisable one the import fails with the headers', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'svar.csv'), 'Tidstämpel,Myndighet som svarar,1. Hur?\r\n2024-01-01,Tillväxtverket,Bra\r\n');
    const failed = run(['import', 'svar.csv'], { cwd: dir });
    expect(failed.code).toBe(2);
    expect(failed.stderr).toBe('rus-survey: svar.csv: no organisation column among the headers ("Tidstämpel", "Myndighet som svarar", "1. Hur?"); name it with --org-column\n');
    const named = run(['import', 'svar.csv', '--org-column', 'Myndighet som svarar', '--title', 'Enkät'], { cwd: dir });
    expect(named.code).toBe(0);
    expect(named.stdout).toContain('| Tillväxtverket | Bra |');
  });

  it('--from overrides the extension; -o naming the input is refused; a bad --part is a usage error', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'enkat.bin'), await seedDocx());
    expect(run(['import', 'enkat.bin', '--from', 'docx'], { cwd: dir }).code).toBe(0);
    const refused = run(['import', 'enkat.bin', '--from', 'docx', '-o', 'enkat.bin'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('will not write to enkat.bin');
    const badPart = run(['import', 'enkat.bin', '--from', 'docx', '--part', 'Del ett'], { cwd: dir });
    expect(badPart.code).toBe(2);
    expect(badPart.stderr).toContain('invalid --part "Del ett"');
  });
});

describe('export and compare --format xlsx', () => {
  it('export --format docx writes Word that imports back to the same survey', () => {
    const dir = tempDir();
    expect(run(['export', EXAMPLE, '--format', 'docx', '-o', 'enkat.docx', '--coverage'], { cwd: dir }).code).toBe(0);
    const { code, stdout, stderr } = run(['import', 'enkat.docx'], { cwd: dir });
    expect(code).toBe(0);
    expectSeed(stdout);
    expect(stderr).toContain('note: left out the coverage table "Coverage"');
  });

  it('binary output needs -o', () => {
    const dir = tempDir();
    for (const args of [['export', EXAMPLE], ['compare', EXAMPLE, '--format', 'xlsx']]) {
      const { code, stdout, stderr } = run(args, { cwd: dir });
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^rus-survey: --format (docx|xlsx) writes a binary file: name it with -o FILE\n$/);
    }
  });

  it('compare --format xlsx writes the matrix, neutralised, and reads back as the same answers', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.survey.md'), '# A\n\n### 1. Fråga?\n\n| Organisation | Svar |\n| --- | --- |\n| Region Gotland | =1+2 |\n| Region Dalarna | Ja |\n');
    expect(run(['compare', 'a.survey.md', EXAMPLE, '--format', 'xlsx', '-o', 'matrix.xlsx'], { cwd: dir }).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'matrix.xlsx'));
    const sheet = workbook.worksheets[0]!;
    const header = sheet.getRow(1).values as unknown[];
    expect(sheet.getRow(2).getCell(header.indexOf('Region Gotland')).value).toBe("'=1+2");
    expect(workbook.worksheets.map((s) => s.name)).toContain('Coverage');

    expect(run(['compare', EXAMPLE, '--format', 'xlsx', '-o', 'seed.xlsx'], { cwd: dir }).code).toBe(0);
    const back = run(['import', 'seed.xlsx'], { cwd: dir });
    expect(back.code).toBe(0);
    expectSeed(back.stdout);
  });
});
