import { readFileSync } from 'node:fs';
import { allQuestions, lintSurvey, serializeSurveyContent, type SurveyContent } from '@rus-survey/core';

export const exampleSurvey = (): string => readFileSync(new URL('../../../examples/rus-natverket-2018.survey.md', import.meta.url), 'utf8');

// The same oracle as core's import tests: the checked-in example survey, read by core's parser.

/** The seed's questions and answers, read by core's parser from the checked-in example survey. */
export function seedModel() {
  const { survey } = lintSurvey(exampleSurvey());
  return {
    survey,
    parts: survey.parts.map((part) => ({
      title: part.title,
      questions: part.questions.map((question) => ({
        number: question.number!,
        text: question.text,
        header: question.tables[0]?.questionHeader?.text ?? null,
        answers: question.answers.map((answer) => ({ organisation: answer.organisation.text, text: answer.text })),
      })),
    })),
  };
}

/** Words as letters and digits: markup, tags, escapes and line breaks left out. */
export const wordsOf = (text: string): string[] => text.replace(/<[^>]*>/g, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];

/** Every word of `expected`, each as often, among the words of `actual`. */
export function missingWords(expected: string, actual: string): string[] {
  const counts = new Map<string, number>();
  for (const word of wordsOf(actual)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const missing: string[] = [];
  for (const word of wordsOf(expected)) {
    const left = counts.get(word) ?? 0;
    if (left === 0) missing.push(word);
    else counts.set(word, left - 1);
  }
  return missing;
}

/** An import's content as the survey core reads back: counts, RUS002 findings, and answers by question and organisation. */
export function readBack(content: SurveyContent) {
  const markdown = serializeSurveyContent(content);
  const { survey, diagnostics } = lintSurvey(markdown);
  const questions = allQuestions(survey);
  const answers = new Map<string, string>();
  for (const question of questions) for (const answer of question.answers) answers.set(`${question.number}|${answer.organisation.text}`, answer.text);
  return {
    markdown,
    survey,
    questions,
    answers,
    organisations: new Set(questions.flatMap((question) => question.answers.map((answer) => answer.organisation.text))),
    missingPairs: diagnostics.filter((diagnostic) => diagnostic.ruleId === 'RUS002').length,
  };
}

/** Checks an import of the seed: 9 questions, 10 organisations, 78 answers, 12 missing pairs, every word of every answer in place. */
export function seedImportProblems(content: SurveyContent): string[] {
  const seed = seedModel();
  const back = readBack(content);
  const problems: string[] = [];
  const answers = back.questions.reduce((sum, question) => sum + question.answers.length, 0);
  if (back.questions.length !== 9) problems.push(`${back.questions.length} questions`);
  if (back.organisations.size !== 10) problems.push(`${back.organisations.size} organisations`);
  if (answers !== 78) problems.push(`${answers} answers`);
  if (back.missingPairs !== 12) problems.push(`${back.missingPairs} missing pairs`);
  for (const part of seed.parts)
    for (const question of part.questions)
      for (const answer of question.answers) {
        const imported = back.answers.get(`${question.number}|${answer.organisation}`);
        if (imported === undefined) problems.push(`no answer of ${answer.organisation} to ${question.number}`);
        else {
          const missing = missingWords(answer.text, imported);
          if (missing.length) problems.push(`${answer.organisation}, ${question.number}: lost ${missing.join(' ')}`);
        }
      }
  return problems;
}
