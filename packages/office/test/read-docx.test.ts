import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { importNoteMessage } from '@rus-survey/core';
import { importDocx } from '../src/index.js';
import { readBack, seedImportProblems, seedModel } from './seed-oracle.js';
import { seedAsWord } from './seed-as-word.js';

describe('importDocx: the seed as Word', () => {
  const seed = seedModel();
  for (const styled of [true, false]) {
    it(`${styled ? 'with heading styles' : 'without heading styles (bold paragraphs)'}: the seed's counts and every word of every answer`, async () => {
      const result = await importDocx(await seedAsWord(styled));
      expect(seedImportProblems(result.content)).toEqual([]);
      const back = readBack(result.content);
      expect(back.survey.title).toBe(seed.survey.title);
      expect(back.survey.blockquotes[0]?.text).toBe(seed.survey.blockquotes[0]?.text);
      expect(back.survey.parts.map((part) => part.title)).toEqual(seed.parts.map((part) => part.title));
      expect(back.questions.map((question) => question.text)).toEqual(seed.parts.flatMap((part) => part.questions.map((question) => question.text)));
      // Region Skåne's cell holds two paragraphs in Word: they stay two, in the table form's convention.
      expect(back.answers.get('3|Region Skåne')).toMatch(/på en konkretare nivå\.<br><br>I dagsläget finns det inte heller/);
      expect(result.summary).toMatchObject({ questions: 9, answers: 78, parts: 2 });
      expect(result.notes.map((note) => importNoteMessage(note, 'en'))).toEqual([]);
    });
  }
});

describe('importDocx', () => {
  it('turns bullets, bold, italics and links in an answer into Markdown, and takes a "Svar" table\'s question from the paragraph above', async () => {
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Enkät om RUS 2019', heading: HeadingLevel.HEADING_1 }),
            new Paragraph('Vad gör ni med RUSen?'),
            new Table({
              rows: [
                new TableRow({ children: [new TableCell({ children: [new Paragraph('Organisation')] }), new TableCell({ children: [new Paragraph('Svar')] })] }),
                new TableRow({
                  children: [
                    new TableCell({ children: [new Paragraph('Region Gotland')] }),
                    new TableCell({
                      children: [
                        new Paragraph({
                          children: [
                            new TextRun('Vi '),
                            new TextRun({ text: 'prioriterar', bold: true }),
                            new TextRun(' och '),
                            new TextRun({ text: 'följer upp', italics: true }),
                            new TextRun(', se '),
                            new ExternalHyperlink({ link: 'https://example.se/rus', children: [new TextRun('planen')] }),
                            new TextRun('.'),
                          ],
                        }),
                        new Paragraph({ text: 'tillväxt', bullet: { level: 0 } }),
                        new Paragraph({ text: 'kompetens', bullet: { level: 0 } }),
                      ],
                    }),
                  ],
                }),
              ],
            }),
          ],
        },
      ],
    });
    const result = await importDocx(new Uint8Array(await Packer.toBuffer(document)));
    expect(result.content.title).toBe('Enkät om RUS 2019');
    expect(result.content.parts[0]!.questions).toEqual([
      {
        number: 1,
        text: 'Vad gör ni med RUSen?',
        lead: null,
        form: 'table',
        header: ['Organisation', 'Svar'],
        answers: [{ organisation: 'Region Gotland', text: 'Vi **prioriterar** och _följer upp_, se [planen](https://example.se/rus).\n\n- tillväxt\n- kompetens' }],
      },
    ]);
  });
});
