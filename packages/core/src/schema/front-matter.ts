import { z } from 'zod';
import { RosterInputSchema } from './roster.js';

/** The survey's YAML front matter. Unknown keys are kept: a survey may carry its own metadata. */
export const FrontMatterSchema = z.looseObject({
  'rus-survey': z.boolean().optional(),
  title: z.string().optional(),
  date: z.union([z.string(), z.number()]).transform(String).optional(),
  organisations: RosterInputSchema.optional(),
  confidentiality: z.string().optional(),
  /** Which round of a recurring survey this file is (`2018-04`), for comparing rounds. */
  round: z.union([z.string(), z.number()]).transform(String).optional(),
  /**
   * Question matches across rounds that wording alone would get wrong: this file's question number → the earlier
   * round's question (`"2018-04#6"`), or null for a question that is new although it reads like an old one.
   */
  'same-as': z.record(z.string(), z.string().regex(/^.+#\d+$/).nullable()).optional(),
});
export type FrontMatter = z.infer<typeof FrontMatterSchema>;
