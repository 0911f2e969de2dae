import { readFileSync } from 'node:fs';
import type { SurveyContent } from '@rus-survey/core';

export const exampleSurvey = (): string => readFileSync(new URL('../../../examples/rus-natverket-2018.survey.md', import.meta.url), 'utf8');

// The same oracle as core's import tests (the checked-in example survey, read by core's parser), not a copy of it.
import { missingWords, readBack, seedModel } from '../../core/test/import-seed-oracle.js';

export { missingWords, readBack, seedModel };

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
