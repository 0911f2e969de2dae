// Answers no survey has but a hostile file can: long runs that made a backtracking regex quadratic. Each test
// asserts what comes out; its timeout is the bound (the quadratic versions took tens of seconds at this size).
import { describe, expect, it } from 'vitest';
import { lintSurvey } from '../src/index.js';
import { answerWords } from '../src/fix/answer-words.js';
import { classifyAnswer } from '../src/parse/answer-status.js';
import { resolveParseOptions } from '../src/parse/parse-options.js';

const options = resolveParseOptions({});
/** 100,002 characters of white space, `*` and `_`. */
const RUN = ' *_'.repeat(33_334);

describe('answers with hostile runs', () => {
  it('a 100,000-character run of spaces, * and _ inside an answer is trimmed only at its ends', { timeout: 10_000 }, () => {
    expect(classifyAnswer(`a${RUN}b`, options)).toBe('answered');
    expect(classifyAnswer(`${RUN}Inget svar${RUN}`, options)).toBe('no-answer');
    expect(classifyAnswer(`${RUN}<br>${RUN}`, options)).toBe('empty');
  });

  it('100,000 unclosed <!-- in an answer: the comment-free text is all of it', { timeout: 10_000 }, () => {
    const unclosed = `${'<!--'.repeat(100_000)}x`;
    expect(classifyAnswer(unclosed, options)).toBe('answered');
    expect(answerWords(`a <!-- b --> c ${unclosed}`)).toEqual(['a', 'c', unclosed]);
    expect(classifyAnswer(`<!-- a --> <!-- b -->${RUN}`, options)).toBe('empty');
  });

  it('a table row with such a run lints with the answer kept', { timeout: 10_000 }, () => {
    const text = `# T\n\n## P\n\n### 1. Q\n\n| Organisation | Svar |\n| --- | --- |\n| Region Skåne | a${RUN}b |\n`;
    const { survey } = lintSurvey(text);
    const [answer] = survey.parts[0]!.questions[0]!.answers;
    expect(answer?.organisation.text).toBe('Region Skåne');
    expect(answer?.status).toBe('answered');
  });
});
