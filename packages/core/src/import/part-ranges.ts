import type { PartContent, QuestionContent } from '../schema/survey-content.js';
import { importNote, type ImportNote } from './import-notes.js';
import type { PartRange } from './import-options.js';

/**
 * Questions into parts by number. Without ranges, one untitled part. A question in no range stays in the part
 * before it (or an untitled first part), with a note: no question is left out.
 */
export function groupIntoParts(questions: readonly QuestionContent[], ranges: readonly PartRange[], notes: ImportNote[]): PartContent[] {
  if (ranges.length === 0) return questions.length ? [{ title: null, questions: [...questions] }] : [];
  const parts: PartContent[] = [];
  let current = null as { part: PartContent; range: PartRange | null } | null;
  for (const question of questions) {
    const range = question.number === null ? undefined : ranges.find((candidate) => question.number! >= candidate.from && question.number! <= candidate.to);
    if (range && current?.range !== range) {
      current = { part: { title: range.title, questions: [] }, range };
      parts.push(current.part);
    } else if (!range) {
      notes.push(importNote('questionOutsideParts', { number: question.number ?? question.text }));
      if (!current) {
        current = { part: { title: null, questions: [] }, range: null };
        parts.push(current.part);
      }
    }
    current!.part.questions.push(question);
  }
  return parts;
}
