import { z } from 'zod';

/**
 * A point in the source text. `line` and `column` are 1-based (as in mdast and editors' status bars),
 * `offset` is the 0-based UTF-16 index into the text, so `text.slice(start.offset, end.offset)` is the node.
 */
export const SourcePositionSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
});
export type SourcePosition = z.infer<typeof SourcePositionSchema>;

/** A half-open span of the source: `end` is the first position after the node. */
export const SourceRangeSchema = z.object({
  start: SourcePositionSchema,
  end: SourcePositionSchema,
});
export type SourceRange = z.infer<typeof SourceRangeSchema>;

/** A piece of the source with its text; `text === source.slice(range.start.offset, range.end.offset)`. */
export const TextSpanSchema = z.object({
  text: z.string(),
  range: SourceRangeSchema,
});
export type TextSpan = z.infer<typeof TextSpanSchema>;
