import { z } from 'zod';
import { SourceRangeSchema, TextSpanSchema } from './source-range.js';

export const AnswerStatusSchema = z.enum(['answered', 'no-answer', 'empty', 'placeholder']);
export type AnswerStatus = z.infer<typeof AnswerStatusSchema>;

export const AnswerFormSchema = z.enum(['table', 'sections', 'mixed', 'none']);
export type AnswerForm = z.infer<typeof AnswerFormSchema>;

/** Raw HTML found inside an answer (RUS009 reports all but `<br>`). */
export const InlineHtmlSchema = z.object({
  value: z.string(),
  range: SourceRangeSchema,
  /** False for an HTML block, which swallows the Markdown after it up to a blank line. */
  inline: z.boolean(),
});
export type InlineHtml = z.infer<typeof InlineHtmlSchema>;

/** A structural problem found while parsing; RUS010 reports each. */
export const StructureProblemSchema = z.object({
  kind: z.enum([
    'no-title',
    'several-titles',
    'question-outside-part',
    'table-without-organisation-column',
    'question-without-answers',
    'mixed-forms',
    'junk-row',
    'continuation-without-answer',
    'empty-organisation',
    'invalid-front-matter',
    'nesting-too-deep',
    'inline-markup-too-deep',
  ]),
  range: SourceRangeSchema,
  /** Extra words for the message (the YAML error, the bad header, …). */
  detail: z.string().optional(),
});
export type StructureProblem = z.infer<typeof StructureProblemSchema>;

export const AnswerSchema = z.object({
  /** The organisation as written (the first cell, or the H4 heading's text). */
  organisation: TextSpanSchema,
  /**
   * The answer's Markdown source. Table form: the cell's text, with any continuation rows joined by a space.
   * Section form: the blocks under the H4, verbatim.
   */
  text: z.string(),
  /** The pieces of the source that make up `text`, in order: one, or more when continuation rows were joined. */
  segments: z.array(TextSpanSchema),
  status: AnswerStatusSchema,
  form: z.enum(['table', 'sections']),
  /** The whole row (table form) or the H4 heading plus its content (section form). */
  range: SourceRangeSchema,
  /** Where the answer starts for navigation: the row's line, or the H4 heading. */
  anchor: SourceRangeSchema,
  /** Continuation rows (empty first cell) joined into this answer; RUS008 reports each. */
  continuationRows: z.array(SourceRangeSchema),
  inlineHtml: z.array(InlineHtmlSchema),
});
export type Answer = z.infer<typeof AnswerSchema>;

export const AnswerTableSchema = z.object({
  range: SourceRangeSchema,
  headerRow: SourceRangeSchema,
  organisationHeader: TextSpanSchema,
  /** The second header cell: `Svar`/`Answer`, or the question repeated as `N. text`. */
  questionHeader: TextSpanSchema.nullable(),
  /** The number in `questionHeader` when it repeats the question. */
  headerNumber: z.number().int().nullable(),
  /** The question text in `questionHeader` after its number, when it repeats the question. */
  headerText: z.string().nullable(),
  /** False when the first header cell is not Organisation/Organization/Org (RUS010); such a table has no answers. */
  hasOrganisationColumn: z.boolean(),
});
export type AnswerTable = z.infer<typeof AnswerTableSchema>;

export const QuestionSchema = z.object({
  /** The `N` of `### N. text`; null when the heading has no number. */
  number: z.number().int().nullable(),
  /** The heading's text after the number. */
  text: z.string(),
  heading: TextSpanSchema,
  /** From the H3 to the next H1–H3 (or the end). */
  range: SourceRangeSchema,
  /** Where the number sits in the heading, for the renumbering fix. */
  numberRange: SourceRangeSchema.nullable(),
  lead: TextSpanSchema.nullable(),
  form: AnswerFormSchema,
  tables: z.array(AnswerTableSchema),
  answers: z.array(AnswerSchema),
  /** Offset where a new section-form answer would be inserted (end of the question's content). */
  insertionOffset: z.number().int(),
  /** Problems inside this question block, kept with it so a block's model can be reused on its own. */
  problems: z.array(StructureProblemSchema),
});
export type Question = z.infer<typeof QuestionSchema>;

export const PartSchema = z.object({
  /** Null for questions that stand before the first part (RUS010 reports them). */
  heading: TextSpanSchema.nullable(),
  title: z.string(),
  range: SourceRangeSchema,
  questions: z.array(QuestionSchema),
});
export type Part = z.infer<typeof PartSchema>;

export const BlockquoteSchema = z.object({
  /** The quote's text with the `>` markers and line breaks folded away. */
  text: z.string(),
  range: SourceRangeSchema,
  /** True when it stands between the H1 and the first part. */
  beforeFirstPart: z.boolean(),
});
export type Blockquote = z.infer<typeof BlockquoteSchema>;

/** A `<!-- rus-survey-… -->` comment. */
export const InlineDirectiveSchema = z.object({
  kind: z.enum(['disable', 'enable', 'disable-next-line', 'disable-file']),
  /** Rule ids or names; empty means every rule. */
  rules: z.array(z.string()),
  range: SourceRangeSchema,
});
export type InlineDirective = z.infer<typeof InlineDirectiveSchema>;

export const SurveySchema = z.object({
  /** The front matter block's data, already parsed. */
  frontMatter: z
    .object({
      range: SourceRangeSchema,
      data: z.record(z.string(), z.unknown()),
    })
    .nullable(),
  title: z.string().nullable(),
  titleHeading: TextSpanSchema.nullable(),
  /** Extra H1s after the first (RUS010). */
  extraTitleHeadings: z.array(TextSpanSchema),
  date: z.string().nullable(),
  intro: TextSpanSchema.nullable(),
  /** Every blockquote outside question blocks; the notice is the first one before the first part. */
  blockquotes: z.array(BlockquoteSchema),
  parts: z.array(PartSchema),
  directives: z.array(InlineDirectiveSchema),
  /** Problems outside question blocks. */
  problems: z.array(StructureProblemSchema),
  /** Where the notice would be inserted: after the H1 and the intro. */
  noticeInsertionOffset: z.number().int(),
  /** Length of the source text, so consumers can check ranges. */
  sourceLength: z.number().int(),
});
export type Survey = z.infer<typeof SurveySchema>;

/** Every question in document order, across parts. */
export function allQuestions(survey: Survey): Question[] {
  return survey.parts.flatMap((part) => part.questions);
}
