import { describe, expect, it } from 'vitest';
import { importNoteMessage } from '../src/index.js';
import { importDocxHtml } from '../src/import/docx-html.js';
import { missingWords, readBack, seedModel } from './import-seed-oracle.js';

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A seed answer as Word holds it: one <p> per paragraph of the cell. */
const cellParagraphs = (text: string): string =>
  text
    .split(/<\/p>\s*<p>/)
    .map((paragraph) => `<p>${escapeHtml(paragraph.replace(/<\/?p>/g, '').trim())}</p>`)
    .join('');

/** The seed as mammoth's HTML of the Word file; `styled` false: bold paragraphs instead of heading styles. */
function seedAsHtml(styled: boolean): string {
  const { survey, parts } = seedModel();
  const heading = (level: number, text: string): string => (styled ? `<h${level}>${escapeHtml(text)}</h${level}>` : `<p><strong>${escapeHtml(text)}</strong></p>`);
  const blocks = [heading(1, survey.title!), `<p>${escapeHtml(survey.intro!.text)}</p>`, `<p>${escapeHtml(survey.blockquotes[0]!.text)}</p>`];
  for (const part of parts) {
    blocks.push(heading(2, part.title));
    for (const question of part.questions) {
      blocks.push(heading(3, `${question.number}. ${question.text}`));
      const rows = question.answers.map((answer) => `<tr><td><p>${escapeHtml(answer.organisation)}</p></td><td>${cellParagraphs(answer.text)}</td></tr>`);
      blocks.push(`<table><tr><th><p>Organisation</p></th><th><p>${escapeHtml(question.header ?? 'Svar')}</p></th></tr>${rows.join('')}</table>`);
    }
  }
  return blocks.join('');
}

describe('importDocxHtml on the seed', () => {
  const seed = seedModel();
  for (const styled of [true, false]) {
    describe(styled ? 'with heading styles' : 'with bold paragraphs', () => {
      const result = importDocxHtml(seedAsHtml(styled));
      const back = readBack(result.content);

      it("gives the seed's title, notice, parts and counts", () => {
        expect(back.survey.title).toBe(seed.survey.title);
        expect(back.survey.intro?.text).toBe(seed.survey.intro?.text);
        expect(back.survey.blockquotes[0]?.text).toBe(seed.survey.blockquotes[0]?.text);
        expect(back.survey.parts.map((part) => part.title)).toEqual(seed.parts.map((part) => part.title));
        expect(back.questions.map((q) => [q.number, q.text])).toEqual(seed.parts.flatMap((part) => part.questions.map((q) => [q.number, q.text])));
        expect(back.organisations.size).toBe(10);
        expect(back.questions.reduce((sum, question) => sum + question.answers.length, 0)).toBe(78);
        expect(back.missingPairs).toBe(12);
        expect(result.content.frontMatter).toEqual({ 'rus-survey': true, date: '2018-04-24' });
        expect(result.notes).toEqual([]);
      });

      it('keeps every word of every answer under its organisation and question', () => {
        for (const part of seed.parts)
          for (const question of part.questions)
            for (const answer of question.answers) expect(missingWords(answer.text, back.answers.get(`${question.number}|${answer.organisation}`) ?? '')).toEqual([]);
      });

      it("keeps the two paragraphs of Region Skåne's cell as two paragraphs", () => {
        expect(back.answers.get('3|Region Skåne')).toMatch(/konkretare nivå\.<br><br>I dagsläget finns/);
      });
    });
  }
});

describe('importDocxHtml', () => {
  it('turns lists, bold, italic and links in an answer into Markdown', () => {
    const html =
      '<h1>Enkät</h1><h3>1. Vad?</h3><table><tr><td>Organisation</td><td>Svar</td></tr>' +
      '<tr><td>Region Gotland</td><td><p>Det <strong>viktiga</strong> och <em>det andra</em>, se <a href="https://example.se/a">rapporten</a>.</p><ul><li>ett</li><li>två | tre</li></ul></td></tr></table>';
    const result = importDocxHtml(html);
    expect(result.content.parts[0]!.questions[0]!.answers).toEqual([
      { organisation: 'Region Gotland', text: 'Det **viktiga** och _det andra_, se [rapporten](https://example.se/a).\n\n- ett\n- två \\| tre' },
    ]);
    expect(result.content.parts[0]!.questions[0]!.header).toEqual(['Organisation', 'Svar']);
  });

  it('takes the question of a table headed only "Svar" from the paragraph above', () => {
    const html =
      '<p><strong>Enkät 2019</strong></p><p>Inledning.</p><p><strong>Del ett: Styrning</strong></p>' +
      '<p>1. Hur styr RUSen?</p><table><tr><th>Region/kommun</th><th>Svar</th></tr><tr><td>Region Gotland</td><td>Mycket.</td></tr></table>' +
      '<p>Hur följs den upp?</p><table><tr><th>Organisation</th><th>Svar</th></tr><tr><td>Region Gotland</td><td>Årligen.</td></tr></table>';
    const result = importDocxHtml(html);
    expect(result.content.title).toBe('Enkät 2019');
    expect(result.content.intro).toBe('Inledning.');
    expect(result.content.parts).toEqual([
      {
        title: 'Del ett: Styrning',
        questions: [
          { number: 1, text: 'Hur styr RUSen?', lead: null, form: 'table', header: ['Organisation', 'Svar'], answers: [{ organisation: 'Region Gotland', text: 'Mycket.' }] },
          { number: 2, text: 'Hur följs den upp?', lead: null, form: 'table', header: ['Organisation', 'Svar'], answers: [{ organisation: 'Region Gotland', text: 'Årligen.' }] },
        ],
      },
    ]);
    expect(result.notes.map((note) => importNoteMessage(note, 'en'))).toEqual(['question "Hur följs den upp?" had no number; numbered it 2']);
  });

  it('places what it cannot recognise and says so: a table without organisation column, a row without organisation, text at the end', () => {
    const html =
      '<h1>Enkät</h1><h3>1. Vad?</h3><table><tr><td>Vem</td><td>Vad</td></tr><tr><td>Region Gotland</td><td>Början</td></tr><tr><td></td><td>fortsättning</td></tr></table><p>Sista ord.</p>';
    const result = importDocxHtml(html);
    const question = result.content.parts[0]!.questions[0]!;
    expect(question.answers).toEqual([{ organisation: 'Region Gotland', text: 'Början\n\nfortsättning' }]);
    expect(question.lead).toBe('Sista ord.');
    expect(result.notes.map((note) => importNoteMessage(note, 'en'))).toEqual([
      'the table of question 1 has no organisation column (header "Vem | Vad"); read its first column as the organisations',
      'joined a row without an organisation to the answer of Region Gotland (question 1)',
      'text after the last table is kept as the lead of question 1',
    ]);
  });
});
