import type { AnswerContent, QuestionContent, SurveyContent } from '../schema/survey-content.js';
import { escapeTableCell } from '../serialize/markdown-escape.js';
import { headerKey, isMetadataHeader, organisationColumnIndex } from './column-headers.js';
import { importNote, type ImportNote } from './import-notes.js';
import type { ImportOptions } from './import-options.js';
import { summariseImport, type SurveyImport } from './import-result.js';
import { groupIntoParts } from './part-ranges.js';
import { importedFrontMatter } from './survey-front-matter.js';
import { numberedText } from './survey-heading-text.js';

/** A cell as the answer's Markdown: line breaks (a multi-line cell) become `<br>`, pipes are escaped. */
const answerCell = (text: string): string => escapeTableCell(text.replace(/\r\n?/g, '\n').trim());

/**
 * A web form's export (Google Forms, Microsoft Forms, Netigate, Esmaker): the first row the headers, then one row
 * per respondent. The organisation column is found by its header (or named); respondent details (timestamps, id,
 * e-mail, name) are left out; every other column is a question, its header the question's text. A blank cell is
 * a question the organisation skipped.
 */
export function importWebFormRows(rows: readonly (readonly string[])[], options: ImportOptions = {}): SurveyImport {
  const notes: ImportNote[] = [];
  const [headerRow = [], ...body] = rows;
  const headers = headerRow.map((header) => header.replace(/\s+/g, ' ').trim());
  const organisationIndex = organisationColumnIndex(headers, options.organisationColumn);
  const title = options.title?.trim() || null;
  const empty: SurveyContent = { frontMatter: importedFrontMatter(title, options), title, intro: null, notice: null, parts: [] };
  if (organisationIndex < 0) {
    const data = { headers: headers.map((header) => `"${header}"`).join(', '), column: options.organisationColumn ?? '' };
    const failure = importNote(options.organisationColumn === undefined ? 'noOrganisationColumn' : 'unknownOrganisationColumn', data);
    return { content: empty, summary: summariseImport(empty), notes, failure };
  }

  const skippedColumns: string[] = [];
  const questionColumns: { index: number; question: QuestionContent }[] = [];
  headers.forEach((header, index) => {
    if (index === organisationIndex || (header === '' && body.every((row) => (row[index] ?? '').trim() === ''))) return;
    if (isMetadataHeader(header)) {
      skippedColumns.push(header);
      notes.push(importNote('skippedColumn', { column: header }));
      return;
    }
    const previous = questionColumns.at(-1)?.question.number ?? 0;
    const numbered = numberedText(headerKey(header) === '' ? '' : header);
    const number = numbered?.number ?? previous + 1;
    const text = numbered?.text ?? (header || `(${index + 1})`);
    if (!numbered) notes.push(importNote('numberedQuestion', { question: text, number }));
    questionColumns.push({
      index,
      question: { number, text, lead: null, form: 'table', header: ['Organisation', escapeTableCell(`${number}. ${text}`)], answers: [] },
    });
  });

  const rowsByOrganisation = new Map<string, { organisation: string; rows: number[] }>();
  body.forEach((row, bodyIndex) => {
    const rowNumber = bodyIndex + 2;
    if (row.every((cell) => cell.trim() === '')) return;
    let organisation = (row[organisationIndex] ?? '').replace(/\s+/g, ' ').trim();
    if (organisation === '') {
      organisation = `Rad ${rowNumber}`;
      notes.push(importNote('rowWithoutOrganisation', { row: rowNumber, organisation }));
    }
    const key = organisation.toLowerCase();
    const seen = rowsByOrganisation.get(key) ?? { organisation, rows: [] };
    seen.rows.push(rowNumber);
    rowsByOrganisation.set(key, seen);
    for (const { index, question } of questionColumns) {
      const cell = row[index] ?? '';
      if (cell.trim() === '') continue;
      const answer: AnswerContent = { organisation: escapeTableCell(organisation), text: answerCell(cell) };
      question.answers.push(answer);
    }
  });
  for (const { organisation, rows: rowNumbers } of rowsByOrganisation.values()) {
    if (rowNumbers.length > 1) notes.push(importNote('repeatedOrganisation', { organisation, rows: rowNumbers.join(', ') }));
  }
  if (title === null) notes.push(importNote('noTitle'));

  const content: SurveyContent = { ...empty, parts: groupIntoParts(questionColumns.map(({ question }) => question), options.parts ?? [], notes) };
  return { content, summary: summariseImport(content, skippedColumns), notes, failure: null };
}
