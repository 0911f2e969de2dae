import { z } from 'zod';
import { RosterInputSchema } from './roster.js';

/** The survey's YAML front matter. Unknown keys are kept: a survey may carry its own metadata. */
export const FrontMatterSchema = z.looseObject({
  'rus-survey': z.boolean().optional(),
  title: z.string().optional(),
  date: z.union([z.string(), z.number()]).transform(String).optional(),
  organisations: RosterInputSchema.optional(),
  confidentiality: z.string().optional(),
});
export type FrontMatter = z.infer<typeof FrontMatterSchema>;
