import { z } from 'zod';
import { AnswerStatusSchema } from './survey.js';
import { SourceRangeSchema } from './source-range.js';

/** Where a round's label came from: the front matter's `round`, a date in the title or front matter, or file order. */
export const RoundLabelSourceSchema = z.enum(['front-matter', 'date', 'order']);

export const RoundSchema = z.object({
  /** `2018-04`, `2019`, or `round 2` when nothing dates the file. */
  label: z.string(),
  labelSource: RoundLabelSourceSchema,
  uri: z.string(),
  title: z.string().nullable(),
  questions: z.number().int(),
  /** Organisations with at least one real answer in this round. */
  organisations: z.number().int(),
  answered: z.number().int(),
});
export type Round = z.infer<typeof RoundSchema>;

/** One question as it stands in one round. */
export const RoundQuestionSchema = z.object({
  number: z.number().int().nullable(),
  text: z.string(),
  part: z.string(),
});
export type RoundQuestion = z.infer<typeof RoundQuestionSchema>;

/** How a question was found again in the next round: by its number, by its wording, or as `same-as` says. */
export const QuestionMatchBySchema = z.enum(['number', 'text', 'same-as']);

/** One question across the rounds: `rounds[i]` is null where round i does not ask it. */
export const RoundsQuestionSchema = z.object({
  key: z.string(),
  rounds: z.array(RoundQuestionSchema.nullable()),
  /** For each round after the first: how this question was matched to the round before, or null. */
  matchedBy: z.array(QuestionMatchBySchema.nullable()),
  /** For each round after the first: `unchanged`, `reworded`, `added` (asked from here on), `dropped` (no longer asked), or null where neither round asks it. */
  changes: z.array(z.enum(['unchanged', 'reworded', 'added', 'dropped']).nullable()),
});
export type RoundsQuestion = z.infer<typeof RoundsQuestionSchema>;

export const RoundAnswerSchema = z.object({
  status: AnswerStatusSchema,
  /** The answer's Markdown source (untrusted: escape it wherever it is shown). */
  text: z.string(),
  /** The organisation's name as that round's file writes it. */
  writtenAs: z.string(),
  /** Where the answer starts, for "reveal in editor". */
  location: z.object({ uri: z.string(), range: SourceRangeSchema }),
  /** The whole answer: the row, or the H4 heading and its content. */
  range: SourceRangeSchema,
});
export type RoundAnswer = z.infer<typeof RoundAnswerSchema>;

/** A word-level difference: text kept, added or removed (whitespace kept, so the parts join to the texts). */
export const WordDiffPartSchema = z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() });
export type WordDiffPart = z.infer<typeof WordDiffPartSchema>;

/**
 * What happened to an organisation's answer from one round to the next: `new` (answered now, not before),
 * `removed` (answered before, not now), `unchanged`, `edited` (with the word diff), or `unanswered` in both.
 */
export const AnswerChangeSchema = z.object({
  kind: z.enum(['new', 'removed', 'unchanged', 'edited', 'unanswered']),
  diff: z.array(WordDiffPartSchema).nullable(),
});
export type AnswerChange = z.infer<typeof AnswerChangeSchema>;

export const RoundsCellSchema = z.object({
  organisation: z.string(),
  questionKey: z.string(),
  /** The answer in each round; null where the file has none (or the round does not ask the question). */
  answers: z.array(RoundAnswerSchema.nullable()),
  /** For each round after the first, the change from the round before. */
  changes: z.array(AnswerChangeSchema),
});
export type RoundsCell = z.infer<typeof RoundsCellSchema>;

export const RoundsComparisonSchema = z.object({
  rounds: z.array(RoundSchema),
  questions: z.array(RoundsQuestionSchema),
  /** Organisations by their name in the latest round that has them (earlier names resolved through aliases). */
  organisations: z.array(z.object({ name: z.string(), answeredIn: z.array(z.boolean()) })),
  /** One cell per organisation × question, organisations in order, then questions in order. */
  cells: z.array(RoundsCellSchema),
  summary: z.object({
    /** For each round after the first: organisations that answered in it but not in the round before, and the reverse. */
    organisationsJoined: z.array(z.array(z.string())),
    organisationsLeft: z.array(z.array(z.string())),
    questionsAdded: z.array(z.array(z.string())),
    questionsDropped: z.array(z.array(z.string())),
    /** Per round after the first: how many answers are new, removed, unchanged, edited. */
    answerChanges: z.array(z.object({ new: z.number().int(), removed: z.number().int(), unchanged: z.number().int(), edited: z.number().int() })),
    /** `same-as` entries that name no question of the round before (round label, this round's number, the target as written). */
    unresolvedSameAs: z.array(z.object({ round: z.string(), question: z.number().int(), target: z.string() })),
  }),
});
export type RoundsComparison = z.infer<typeof RoundsComparisonSchema>;
