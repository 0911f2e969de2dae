import { describe, expect, it } from 'vitest';
import { importNoteMessage, importWebFormRows } from '../src/index.js';
import { missingWords, readBack, seedModel } from './import-seed-oracle.js';

/** A seed answer as a form respondent typed it: paragraphs separated by a blank line, no markup. */
const typed = (text: string): string =>
  text
    .split(/<\/p>\s*<p>/)
    .map((paragraph) => paragraph.replace(/<\/?p>/g, '').trim())
    .join('\n\n');

/** The seed as a Google/Microsoft Forms export: one row per organisation, respondent details around it. */
function seedAsFormRows(): string[][] {
  const { parts } = seedModel();
  const questions = parts.flatMap((part) => part.questions);
  const organisations = [...new Set(questions.flatMap((question) => question.answers.map((answer) => answer.organisation)))];
  const header = ['Tidstämpel', 'E-postadress', 'Vilken organisation representerar du?', ...questions.map((q) => `${q.number}. ${q.text}`), 'Namn'];
  const rows = organisations.map((organisation, index) => [
    `2018-04-0${index % 9 + 1} 10:00:00`,
    `person${index}@example.se`,
    organisation,
    ...questions.map((question) => typed(question.answers.find((answer) => answer.organisation === organisation)?.text ?? '')),
    `Person ${index}`,
  ]);
  return [header, ...rows];
}

describe('importWebFormRows', () => {
  const seed = seedModel();
  const result = importWebFormRows(seedAsFormRows(), {
    title: 'Enkät inför RUS-nätverkets möte 24 april 2018',
    parts: [
      { title: 'Del ett: RUSen som styrinstrument', from: 1, to: 4 },
      { title: 'Del två: RUSens aktualitet', from: 5, to: 9 },
    ],
  });
  const back = readBack(result.content);

  it("gives the seed's counts: 9 questions, 10 organisations, 78 answers, 12 missing pairs", () => {
    expect(result.failure).toBeNull();
    expect(back.questions).toHaveLength(9);
    expect(back.organisations.size).toBe(10);
    expect(back.questions.reduce((sum, question) => sum + question.answers.length, 0)).toBe(78);
    expect(back.missingPairs).toBe(12);
    expect(result.summary).toMatchObject({ questions: 9, answers: 78, parts: 2 });
    expect(result.summary.organisations).toHaveLength(10);
  });

  it('leaves out the respondent columns and says so', () => {
    expect(result.summary.skippedColumns).toEqual(['Tidstämpel', 'E-postadress', 'Namn']);
    expect(result.notes.map((note) => importNoteMessage(note, 'en'))).toContain('left out the column "Tidstämpel" (respondent details, not a question)');
    expect(result.notes.map((note) => importNoteMessage(note, 'sv'))).toContain('utelämnade kolumnen "Namn" (uppgifter om den som svarat, ingen fråga)');
  });

  it('puts the questions into the parts given, with their numbers and texts', () => {
    expect(back.survey.parts.map((part) => [part.title, part.questions.map((q) => q.number)])).toEqual(
      seed.parts.map((part) => [part.title, part.questions.map((q) => q.number)]),
    );
    expect(back.questions.map((q) => q.text)).toEqual(seed.parts.flatMap((part) => part.questions.map((q) => q.text)));
  });

  it('keeps every word of every answer under its organisation and question', () => {
    for (const part of seed.parts)
      for (const question of part.questions)
        for (const answer of question.answers) {
          const imported = back.answers.get(`${question.number}|${answer.organisation}`);
          expect(imported, `${question.number} ${answer.organisation}`).toBeDefined();
          expect(missingWords(answer.text, imported!)).toEqual([]);
        }
  });

  it('keeps a multi-paragraph answer as line breaks in its cell', () => {
    expect(back.answers.get('3|Region Skåne')).toMatch(/verksamhetsplaneringen behöver uppföljningen ske på en konkretare nivå\.<br><br>I dagsläget/);
  });

  it('finds the organisation column by a named header, and fails with the headers when none is found', () => {
    const rows = [['Starttid', 'Myndighetens namn', 'Hur går det?'], ['1', 'Tillväxtverket', 'Bra']];
    const failed = importWebFormRows(rows);
    expect(failed.failure && importNoteMessage(failed.failure, 'en')).toBe('no organisation column among the headers ("Starttid", "Myndighetens namn", "Hur går det?"); name it with --org-column');
    const named = importWebFormRows(rows, { organisationColumn: 'myndighetens namn' });
    expect(named.content.parts[0]!.questions).toEqual([
      { number: 1, text: 'Hur går det?', lead: null, form: 'table', header: ['Organisation', '1. Hur går det?'], answers: [{ organisation: 'Tillväxtverket', text: 'Bra' }] },
    ]);
  });

  it('keeps answers of a row without an organisation and of an organisation on two rows, with notes', () => {
    const rows = [
      ['Organisation', 'Fråga A | B', 'Fråga två'],
      ['', 'utan namn', ''],
      ['Region Gotland', 'första', ''],
      ['region gotland', 'andra', '=1+1'],
    ];
    const result = importWebFormRows(rows);
    const [a, b] = result.content.parts[0]!.questions;
    expect(a!.answers).toEqual([
      { organisation: 'Rad 2', text: 'utan namn' },
      { organisation: 'Region Gotland', text: 'första' },
      { organisation: 'region gotland', text: 'andra' },
    ]);
    expect(a!.header).toEqual(['Organisation', '1. Fråga A \\| B']);
    expect(b!.answers).toEqual([{ organisation: 'region gotland', text: '=1+1' }]);
    const messages = result.notes.map((note) => importNoteMessage(note, 'en'));
    expect(messages).toContain('row 2 names no organisation; its answers are under "Rad 2"');
    expect(messages).toContain('Region Gotland answered on more than one row (rows 3, 4); every row is kept');
    expect(messages).toContain('no title found; give one with --title');
  });

  it('keeps a question outside every --part range in the part before it', () => {
    const rows = [['Organisation', '1. A', '2. B', '3. C'], ['Region Gotland', 'a', 'b', 'c']];
    const result = importWebFormRows(rows, { parts: [{ title: 'Del ett: X', from: 1, to: 1 }, { title: 'Del två: Y', from: 3, to: 3 }] });
    expect(result.content.parts.map((part) => [part.title, part.questions.map((q) => q.number)])).toEqual([
      ['Del ett: X', [1, 2]],
      ['Del två: Y', [3]],
    ]);
    expect(result.notes.map((note) => importNoteMessage(note, 'sv'))).toContain('fråga 2 ligger inte i något --part-intervall; den ligger kvar i delen före');
  });
});
