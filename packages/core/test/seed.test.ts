import { describe, expect, it } from 'vitest';
import { allQuestions, importSeedText, lintSurvey, resolveRoster } from '../src/index.js';
import { exampleSurvey, seedText } from './test-files.js';

/** The seed's answers read straight from its tab-separated rows, independently of the importer. */
function seedAnswers(text: string): Map<string, string> {
  const answers = new Map<string, string>();
  let question = 0;
  let last: string | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (!line.includes('\t')) continue;
    const [organisation = '', ...rest] = line.split('\t');
    const answer = rest.join(' ').trim();
    const header = /^Organisation$/i.test(organisation.trim()) ? /^(\d+)\./.exec(answer) : null;
    if (header) {
      question = Number(header[1]);
      last = null;
    } else if (/^-+$/.test(organisation.trim())) {
      continue;
    } else if (organisation.trim() === '' && last) {
      answers.set(last, `${answers.get(last)} ${answer}`);
    } else {
      last = `${question}|${organisation.trim()}`;
      answers.set(last, answer);
    }
  }
  return answers;
}

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

describe('the seed, imported', () => {
  const imported = importSeedText(seedText());
  const { survey, diagnostics } = lintSurvey(imported.markdown);
  const questions = allQuestions(survey);

  it('has 1 title, 2 parts, 9 questions, 10 organisations and 78 answers', () => {
    expect(survey.title).toBe('Enkät inför RUS-nätverkets möte 24 april 2018');
    expect(survey.titleHeading).not.toBeNull();
    expect(survey.extraTitleHeadings).toHaveLength(0);
    expect(survey.parts.map((part) => part.title)).toEqual(['Del ett: RUSen som styrinstrument', 'Del två: RUSens aktualitet']);
    expect(questions.map((question) => question.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(resolveRoster(survey).organisations).toHaveLength(10);
    expect(questions.flatMap((question) => question.answers)).toHaveLength(78);
  });

  it('keeps the notice as a blockquote before the first part, and the front matter', () => {
    expect(survey.blockquotes).toHaveLength(1);
    expect(survey.blockquotes[0]).toMatchObject({ beforeFirstPart: true });
    expect(survey.blockquotes[0]!.text).toMatch(/^Tänk på att detta är ett diskussionsunderlag/);
    expect(survey.frontMatter?.data).toMatchObject({ 'rus-survey': true, date: '2018-04-24' });
  });

  it('keeps every word of every answer in its answer', () => {
    const expected = seedAnswers(seedText());
    expect(expected.size).toBe(78);
    for (const [key, text] of expected) {
      const [number, organisation] = key.split('|');
      const answer = questions[Number(number) - 1]!.answers.find((candidate) => candidate.organisation.text === organisation);
      expect(answer, key).toBeDefined();
      // Pipes are escaped in the Markdown; the words are the same.
      expect(words(answer!.text.replace(/\\\|/g, '|')), key).toEqual(words(text));
    }
  });

  it('joins the page-break continuation row to Region Skåne\'s answer to question 4', () => {
    const skane = questions[3]!.answers.find((answer) => answer.organisation.text === 'Region Skåne')!;
    expect(skane.text).toContain('hur de styr mot RUS:ens målbild. Det finns även tydliga kopplingar');
    expect(imported.markdown).not.toMatch(/^\|\s*\|/m);
  });

  it('drops the ----- rows and keeps the <p> markup for RUS009', () => {
    expect(imported.markdown).not.toContain('-----');
    expect(diagnostics.filter((d) => d.ruleId === 'RUS010')).toEqual([]);
    const html = diagnostics.filter((d) => d.ruleId === 'RUS009');
    expect(html.map((d) => d.data)).toEqual([
      { question: 3, organisation: 'Region Skåne' },
      { question: 9, organisation: 'Region Kronoberg' },
    ]);
  });

  it('has exactly the 12 RUS002 of the inferred roster, naming the right pairs', () => {
    const missing = diagnostics.filter((d) => d.ruleId === 'RUS002').map((d) => `${d.data?.['question']} ${d.data?.['organisation']}`);
    expect(missing.sort()).toEqual(
      [
        '4 Svenska ESF-rådet',
        '4 Region Kronoberg',
        '6 Svenska ESF-rådet',
        '6 Västra Götalandsregionen',
        '6 Region Västernorrland',
        '6 Stockholms läns landsting',
        '7 Svenska ESF-rådet',
        '7 Stockholms läns landsting',
        '8 Svenska ESF-rådet',
        '9 Svenska ESF-rådet',
        '9 Västra Götalandsregionen',
        '9 Region Västernorrland',
      ].sort(),
    );
    // Reported at each question's heading.
    for (const d of diagnostics.filter((diagnostic) => diagnostic.ruleId === 'RUS002')) {
      const question = questions.find((candidate) => candidate.number === d.data?.['question'])!;
      expect(d.range).toEqual(question.heading.range);
    }
  });

  it('is what the checked-in example holds', () => {
    expect(imported.markdown).toBe(exampleSurvey());
  });
});
