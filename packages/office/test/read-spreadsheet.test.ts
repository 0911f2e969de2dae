import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importNoteMessage } from '@rus-survey/core';
import { decodeCsvBytes, detectCsvDelimiter, importCsv, importXlsx } from '../src/index.js';
import { readBack, seedImportProblems, seedModel } from './seed-oracle.js';
import { SEED_PARTS, seedAsFormResponses } from './seed-as-form.js';

/** Text as Swedish Excel saves it: Windows-1252. */
const windows1252 = (text: string): Uint8Array => new Uint8Array(iconv.encode(text, 'windows-1252'));

async function seedWorkbook(): Promise<ExcelJS.Workbook> {
  const { header, rows } = seedAsFormResponses();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Formulärsvar 1');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return workbook;
}

describe('importXlsx: a Forms-style export', () => {
  it("gives the seed's counts, every word of every answer, and leaves out the respondent columns", async () => {
    const bytes = new Uint8Array(await (await seedWorkbook()).xlsx.writeBuffer());
    const result = await importXlsx(bytes, { title: seedModel().survey.title!, parts: SEED_PARTS });
    expect(result.failure).toBeNull();
    expect(seedImportProblems(result.content)).toEqual([]);
    expect(result.summary.skippedColumns).toEqual(['Tidstämpel', 'E-postadress', 'Namn']);
    const back = readBack(result.content);
    expect(back.survey.parts.map((part) => part.title)).toEqual(SEED_PARTS.map((part) => part.title));
    expect(back.answers.get('3|Region Skåne')).toMatch(/konkretare nivå\.<br><br>I dagsläget/);
  });
});

describe('importCsv: Swedish Excel\'s CSV (";", Windows-1252, CRLF, multi-line cells)', () => {
  it("gives the seed's counts and every word of every answer", async () => {
    const workbook = await seedWorkbook();
    const csv = Buffer.from(await workbook.csv.writeBuffer({ formatterOptions: { delimiter: ';', rowDelimiter: '\r\n' } })).toString('utf8');
    expect(csv).toContain('\r\n');
    // Word's typography, which Windows-1252 keeps in bytes 0x80–0x9F.
    const bytes = windows1252(csv.replace(';Svag.;', ';Svag – ’tyvärr’.;'));
    const result = importCsv(bytes, { parts: SEED_PARTS });
    expect(result.encoding).toBe('windows-1252');
    expect(result.delimiter).toBe(';');
    expect(seedImportProblems(result.content)).toEqual([]);
    expect(readBack(result.content).answers.get('3|Region Skåne')).toMatch(/konkretare nivå\.<br><br>I dagsläget/);
    expect(readBack(result.content).answers.get('2|Region Västernorrland')).toBe('Svag – ’tyvärr’.');
    expect(result.notes.map((note) => importNoteMessage(note, 'sv'))).toContain('ingen titel hittades; ange en med --title');
  });

  it('reads UTF-8 with a byte order mark and a "," delimiter the same', () => {
    const text = '\uFEFFOrganisation,"2. Hur, och varför?"\r\nRegion Jämtland Härjedalen,"Rad ett\r\nrad två"\r\n';
    const result = importCsv(new TextEncoder().encode(text));
    expect(result).toMatchObject({ encoding: 'utf-8-bom', delimiter: ',' });
    expect(result.content.parts[0]!.questions[0]).toMatchObject({
      number: 2,
      text: 'Hur, och varför?',
      answers: [{ organisation: 'Region Jämtland Härjedalen', text: 'Rad ett<br>rad två' }],
    });
  });

  it('detects the delimiter outside quotes and decodes bytes that are not UTF-8 as Windows-1252', () => {
    expect(detectCsvDelimiter('"a;b;c",x,y\n1,2,3\n')).toBe(',');
    expect(detectCsvDelimiter('Organisation;Fråga, med komma\nRegion Gotland;Ja, visst\n')).toBe(';');
    expect(detectCsvDelimiter('Organisation,"Fråga; och mer"\nRegion Gotland,Ja; visst\n')).toBe(',');
    expect(decodeCsvBytes(Uint8Array.from([0x53, 0x6b, 0xe5, 0x6e, 0x65, 0x20, 0x96, 0x20, 0x92]))).toEqual({ text: 'Skåne – ’', encoding: 'windows-1252' });
  });

  it('reads the UTF-16 that Excel writes as "Unicode text"', () => {
    const text = 'Organisation;2. Hur styr RUSen?\r\nRegion Skåne;Svag – ’tyvärr’.\r\n';
    const bytes = Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const result = importCsv(bytes);
    expect(result).toMatchObject({ encoding: 'utf-16le', delimiter: ';' });
    expect(result.content.parts[0]!.questions[0]!.answers).toMatchObject([{ organisation: 'Region Skåne', text: 'Svag – ’tyvärr’.' }]);
  });
});
