import { z } from 'zod';

/** A roster entry as written in front matter or config: a name, or a name with aliases. */
export const RosterEntryInputSchema = z.union([
  z.string().min(1),
  z.object({
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
  }),
]);
export type RosterEntryInput = z.input<typeof RosterEntryInputSchema>;

export const RosterEntrySchema = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
});
export type RosterEntry = z.infer<typeof RosterEntrySchema>;

/** Who is expected to answer, and where that list came from (survey-format.md: first found wins). */
export const RosterSchema = z.object({
  source: z.enum(['front-matter', 'config', 'inferred']),
  organisations: z.array(RosterEntrySchema),
});
export type Roster = z.infer<typeof RosterSchema>;
