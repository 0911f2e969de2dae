import { allQuestions, type Survey } from '../schema/survey.js';

// Paragraph and line-break tags are markup that RUS009's fix is allowed to change; everything else is answer text.
const MARKUP = /<\/?p\b[^>]*>|<br\s*\/?>/gi;

function answerWordCounts(survey: Survey): Map<string, number> {
  const counts = new Map<string, number>();
  for (const answer of allQuestions(survey).flatMap((question) => question.answers)) {
    for (const word of answer.text.replace(MARKUP, ' ').split(/\s+/)) {
      if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return counts;
}

/** True when every word of every answer in `before` is still in some answer in `after`. */
export function keepsAnswerText(before: Survey, after: Survey): boolean {
  const kept = answerWordCounts(after);
  for (const [word, count] of answerWordCounts(before)) if ((kept.get(word) ?? 0) < count) return false;
  return true;
}
