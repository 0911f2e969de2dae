import { seedModel } from './seed-oracle.js';
import { answerParagraphs } from './seed-as-word.js';

/** The seed as a web form's responses: a timestamp, e-mail and name beside the organisation, one column per question. */
export function seedAsFormResponses(): { header: string[]; rows: (string | Date)[][] } {
  const { parts } = seedModel();
  const questions = parts.flatMap((part) => part.questions);
  const organisations = [...new Set(questions.flatMap((question) => question.answers.map((answer) => answer.organisation)))];
  const header = ['Tidstämpel', 'E-postadress', 'Vilken organisation representerar du?', ...questions.map((question) => `${question.number}. ${question.text}`), 'Namn'];
  const rows = organisations.map((organisation, index) => [
    new Date(Date.UTC(2018, 3, index + 1, 9, 30)),
    `person${index}@example.se`,
    organisation,
    // A multi-paragraph answer is typed with blank lines between its paragraphs.
    ...questions.map((question) => answerParagraphs(question.answers.find((answer) => answer.organisation === organisation)?.text ?? '').join('\n\n')),
    `Person ${index}`,
  ]);
  return { header, rows };
}

export const SEED_PARTS = [
  { title: 'Del ett: RUSen som styrinstrument', from: 1, to: 4 },
  { title: 'Del två: RUSens aktualitet', from: 5, to: 9 },
];
