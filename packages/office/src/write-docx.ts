import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import {
  answerRichText,
  createOrganisationMatcher,
  questionCoverage,
  resolveRoster,
  surveyContentOf,
  type Config,
  type Locale,
  type RichTextRun,
  type Survey,
} from '@rus-survey/core';
import { officeText } from './office-texts.js';

export interface SurveyDocumentOptions {
  /** Add a coverage table (answered, missing) after the questions. */
  coverage?: boolean;
  config?: Config;
  locale?: Locale;
}

function runs(items: readonly RichTextRun[]): ParagraphChild[] {
  return items.map((run) => {
    const text = new TextRun({
      text: run.text,
      ...(run.bold ? { bold: true } : {}),
      ...(run.italic ? { italics: true } : {}),
      ...(run.code ? { font: 'Consolas' } : {}),
      ...(run.breakBefore ? { break: 1 } : {}),
      ...(run.link ? { style: 'Hyperlink' } : {}),
    });
    return run.link ? new ExternalHyperlink({ link: run.link, children: [text] }) : text;
  });
}

/** Markdown (an answer, the intro, a lead) as Word paragraphs with its bold, italics, links and line breaks. */
const paragraphs = (markdown: string, tableCell = false): Paragraph[] =>
  answerRichText(markdown, { tableCell }).map((paragraph) => new Paragraph({ children: runs(paragraph.runs) }));

const plainCell = (text: string, bold = false): TableCell =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

const table = (rows: TableRow[]): Table => new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });

/**
 * The survey as the network circulates it: title, intro, the notice, parts and questions as Word headings (Title,
 * Heading 1, Heading 2), one table per question with a row per organisation and the answers' paragraphs, and on
 * request a coverage table.
 */
export async function surveyDocument(survey: Survey, options: SurveyDocumentOptions = {}): Promise<Uint8Array> {
  const locale = options.locale ?? 'en';
  const content = surveyContentOf(survey);
  const children: (Paragraph | Table)[] = [];
  if (content.title !== null) children.push(new Paragraph({ text: content.title, heading: HeadingLevel.TITLE }));
  // Loops, not push(...): an imported text's paragraphs spread as arguments overflow the call stack past about 100,000.
  if (content.intro) for (const paragraph of paragraphs(content.intro)) children.push(paragraph);
  if (content.notice) for (const p of answerRichText(content.notice)) children.push(new Paragraph({ children: runs(p.runs.map((run) => ({ ...run, italic: true }))) }));
  for (const part of content.parts) {
    if (part.title !== null) children.push(new Paragraph({ text: part.title, heading: HeadingLevel.HEADING_1 }));
    for (const question of part.questions) {
      children.push(new Paragraph({ text: `${question.number === null ? '' : `${question.number}. `}${question.text}`, heading: HeadingLevel.HEADING_2 }));
      if (question.lead) for (const paragraph of paragraphs(question.lead)) children.push(paragraph);
      if (question.answers.length === 0) continue;
      const [organisationHeader, questionHeader] = question.header ?? [officeText(locale, 'organisation'), 'Svar'];
      const header = new TableRow({
        tableHeader: true,
        children: [new TableCell({ children: paragraphs(organisationHeader, true) }), new TableCell({ children: paragraphs(questionHeader, true) })],
      });
      const rows = question.answers.map((answer) => {
        const answerParagraphs = paragraphs(answer.text, question.form !== 'sections');
        return new TableRow({
          children: [new TableCell({ children: paragraphs(answer.organisation, true) }), new TableCell({ children: answerParagraphs.length ? answerParagraphs : [new Paragraph('')] })],
        });
      });
      children.push(table([header, ...rows]), new Paragraph(''));
    }
  }
  if (options.coverage) {
    const roster = resolveRoster(survey, options.config);
    const matcher = createOrganisationMatcher(roster);
    children.push(new Paragraph({ text: officeText(locale, 'coverageHeading'), heading: HeadingLevel.HEADING_1 }));
    const header = new TableRow({
      tableHeader: true,
      children: [officeText(locale, 'question'), officeText(locale, 'answered'), officeText(locale, 'missingOrganisations')].map((text) => plainCell(text, true)),
    });
    const rows = survey.parts.flatMap((part) =>
      part.questions.map((question) => {
        const coverage = questionCoverage(question, roster, matcher);
        return new TableRow({
          children: [
            plainCell(`${question.number === null ? '' : `${question.number}. `}${question.text}`),
            plainCell(`${coverage.answered.length}/${coverage.total}`),
            plainCell(coverage.missing.join(', ')),
          ],
        });
      }),
    );
    children.push(table([header, ...rows]));
  }
  const document = new Document({ creator: 'rus-survey', title: content.title ?? '', sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(document));
}
