import { z } from 'zod';
import { AnswerStatusSchema } from './survey.js';
import { SourceRangeSchema } from './source-range.js';

export const CellStatusSchema = z.union([AnswerStatusSchema, z.literal('missing')]);
export type CellStatus = z.infer<typeof CellStatusSchema>;

export const CompareCellSchema = z.object({
  organisation: z.string(),
  status: CellStatusSchema,
  /** The answer's Markdown source (untrusted: escape it wherever it is shown). Empty when missing. */
  text: z.string(),
  words: z.number().int(),
  /** Where the answer starts, for "reveal in editor"; null when missing. */
  location: z.object({ uri: z.string(), range: SourceRangeSchema }).nullable(),
});
export type CompareCell = z.infer<typeof CompareCellSchema>;

export const CompareRowSchema = z.object({
  /** The question's number; rows from several surveys with one number are one row. */
  number: z.number().int().nullable(),
  text: z.string(),
  part: z.string(),
  /** One cell per matrix organisation, in column order. */
  cells: z.array(CompareCellSchema),
  answered: z.number().int(),
});
export type CompareRow = z.infer<typeof CompareRowSchema>;

export const CompareMatrixSchema = z.object({
  title: z.string().nullable(),
  organisations: z.array(z.string()),
  rows: z.array(CompareRowSchema),
  /** Answered cells per organisation, in column order. */
  answeredByOrganisation: z.array(z.number().int()),
  totals: z.object({ cells: z.number().int(), answered: z.number().int(), noAnswer: z.number().int(), empty: z.number().int(), missing: z.number().int() }),
});
export type CompareMatrix = z.infer<typeof CompareMatrixSchema>;
