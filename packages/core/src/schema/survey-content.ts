import { z } from 'zod';

/**
 * What a survey says, without where it says it: the input of the serializer and the output of importers.
 * Texts are Markdown source (table cells already escaped).
 */
export const AnswerContentSchema = z.object({
  organisation: z.string(),
  text: z.string(),
});
export type AnswerContent = z.infer<typeof AnswerContentSchema>;

export const QuestionContentSchema = z.object({
  number: z.number().int().nullable(),
  text: z.string(),
  lead: z.string().nullable(),
  form: z.enum(['table', 'sections', 'none']),
  /** Table form: the header's cells (`Organisation`, and `Svar` or the question repeated). */
  header: z.tuple([z.string(), z.string()]).nullable(),
  answers: z.array(AnswerContentSchema),
});
export type QuestionContent = z.infer<typeof QuestionContentSchema>;

export const PartContentSchema = z.object({
  /** Null for questions before the first part. */
  title: z.string().nullable(),
  questions: z.array(QuestionContentSchema),
});
export type PartContent = z.infer<typeof PartContentSchema>;

export const SurveyContentSchema = z.object({
  frontMatter: z.record(z.string(), z.unknown()).nullable(),
  /** The H1's text. */
  title: z.string().nullable(),
  intro: z.string().nullable(),
  notice: z.string().nullable(),
  parts: z.array(PartContentSchema),
});
export type SurveyContent = z.infer<typeof SurveyContentSchema>;
