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
  /** Answered cells; the same number as `coverage.questions[i].answered`. */
  answered: z.number().int(),
});
export type CompareRow = z.infer<typeof CompareRowSchema>;

/** How many cells of one slice of the matrix (a question, an organisation, a part, or all) are in each state. */
export const CoverageCountsSchema = z.object({
  cells: z.number().int(),
  answered: z.number().int(),
  noAnswer: z.number().int(),
  /** Present but saying nothing: empty or a placeholder. */
  empty: z.number().int(),
  missing: z.number().int(),
  /** Words in the answered cells. */
  words: z.number().int(),
});
export type CoverageCounts = z.infer<typeof CoverageCountsSchema>;

export const PartCoverageSchema = CoverageCountsSchema.extend({
  /** The part's title as the rows carry it (`row.part`); parts are in the order their first row appears. */
  title: z.string(),
  /** Indexes into `rows` of the part's questions. */
  rows: z.array(z.number().int()),
});
export type PartCoverage = z.infer<typeof PartCoverageSchema>;

/** The matrix's coverage, counted once in core so every view shows the same numbers. */
export const MatrixCoverageSchema = z.object({
  /** One per row, in row order. */
  questions: z.array(CoverageCountsSchema),
  /** One per organisation, in column order. */
  organisations: z.array(CoverageCountsSchema),
  parts: z.array(PartCoverageSchema),
  totals: CoverageCountsSchema,
});
export type MatrixCoverage = z.infer<typeof MatrixCoverageSchema>;

export const CompareMatrixSchema = z.object({
  title: z.string().nullable(),
  organisations: z.array(z.string()),
  rows: z.array(CompareRowSchema),
  /** Answered cells per organisation, in column order; the same numbers as `coverage.organisations`. */
  answeredByOrganisation: z.array(z.number().int()),
  /** The same numbers as `coverage.totals`, without words. */
  totals: z.object({ cells: z.number().int(), answered: z.number().int(), noAnswer: z.number().int(), empty: z.number().int(), missing: z.number().int() }),
  coverage: MatrixCoverageSchema,
});
export type CompareMatrix = z.infer<typeof CompareMatrixSchema>;
