import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { seedModel } from './seed-oracle.js';

/** A seed answer's paragraphs, as its author typed them in the cell (the seed's `<p>` marks them). */
export const answerParagraphs = (text: string): string[] =>
  text
    .split(/<\/p>\s*<p>/)
    .map((paragraph) => paragraph.replace(/<\/?p>/g, '').trim());

/**
 * The seed questionnaire as a Word file, written with the `docx` package as Word writes one: with heading styles
 * (Title, Heading 2, Heading 3), or `styled: false` with bold paragraphs for the title, parts and questions.
 */
export async function seedAsWord(styled: boolean): Promise<Uint8Array> {
  const { survey, parts } = seedModel();
  const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph =>
    styled ? new Paragraph({ text, heading: level }) : new Paragraph({ children: [new TextRun({ text, bold: true, size: level === HeadingLevel.TITLE ? 32 : 24 })] });
  const children: (Paragraph | Table)[] = [
    heading(survey.title!, HeadingLevel.TITLE),
    new Paragraph(survey.intro!.text),
    new Paragraph({ children: [new TextRun({ text: survey.blockquotes[0]!.text, italics: true })], alignment: AlignmentType.LEFT }),
  ];
  for (const part of parts) {
    children.push(heading(part.title, HeadingLevel.HEADING_2));
    for (const question of part.questions) {
      children.push(heading(`${question.number}. ${question.text}`, HeadingLevel.HEADING_3));
      const cell = (paragraphs: string[], bold = false): TableCell =>
        new TableCell({ children: paragraphs.map((text) => new Paragraph({ children: [new TextRun({ text, bold })] })) });
      children.push(
        new Table({
          rows: [
            new TableRow({ tableHeader: true, children: [cell(['Organisation'], true), cell([question.header ?? 'Svar'], true)] }),
            ...question.answers.map((answer) => new TableRow({ children: [cell([answer.organisation]), cell(answerParagraphs(answer.text))] })),
          ],
        }),
      );
    }
  }
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}
