import { z } from 'zod';
import { SourceRangeSchema } from './source-range.js';
import { SeveritySchema } from './config.js';

/** Replace the text in `range` with `newText` (an insertion when the range is empty). */
export const TextEditSchema = z.object({
  range: SourceRangeSchema,
  newText: z.string(),
});
export type TextEdit = z.infer<typeof TextEditSchema>;

/** An organisation a fix renames on purpose: its answers may move from `from` to `to`, and no others. */
export const OrganisationRenameSchema = z.object({
  from: z.string(),
  to: z.string(),
});
export type OrganisationRename = z.infer<typeof OrganisationRenameSchema>;

/** A fix is data: edits that core applies, never a callback. */
export const FixSchema = z.object({
  /** A short imperative title, in the diagnostic's locale (used as the quick fix's title). */
  title: z.string(),
  edits: z.array(TextEditSchema).min(1),
  /** The organisations it renames (RUS004); every other answer stays under its organisation. */
  renames: z.array(OrganisationRenameSchema).optional(),
});
export type Fix = z.infer<typeof FixSchema>;

export const DiagnosticSchema = z.object({
  ruleId: z.string(),
  ruleName: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  range: SourceRangeSchema,
  /** The preferred fix, applied by `--fix` and fix-all. */
  fix: FixSchema.optional(),
  /** Other fixes a person may choose (quick fixes only). */
  suggestions: z.array(FixSchema).optional(),
  /** Facts about the finding (question number, organisation, …) for code actions and reports. */
  data: z.record(z.string(), z.unknown()).optional(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
