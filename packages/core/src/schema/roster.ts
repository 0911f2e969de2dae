import { z } from 'zod';

/** The lists of Sweden's organisations a roster can name instead of writing them out (see `organisations/`). */
export const ROSTER_PRESETS = ['sweden-regions', 'sweden-municipalities', 'sweden-county-boards', 'sweden-national-bodies'] as const;
export const RosterPresetSchema = z
  .enum(ROSTER_PRESETS)
  .describe(
    'sweden-regions: the 21 regions; sweden-municipalities: the 290 municipalities; sweden-county-boards: the 21 county administrative boards; sweden-national-bodies: national agencies and bodies (Svenska ESF-rådet, Tillväxtverket, SKR, …).',
  );
export type RosterPreset = z.infer<typeof RosterPresetSchema>;

/** `{ preset: "sweden-regions" }`: every organisation of a preset list, with its earlier names as aliases. */
export const RosterPresetReferenceSchema = z
  .object({
    preset: z.union([RosterPresetSchema, z.array(RosterPresetSchema).min(1)]),
  })
  .strict();
export type RosterPresetReference = z.infer<typeof RosterPresetReferenceSchema>;

/** A roster entry as written in front matter or config: a name, a name with aliases, or a preset list. */
export const RosterEntryInputSchema = z.union([
  z.string().trim().min(1),
  z
    .object({
      name: z.string().trim().min(1),
      aliases: z.array(z.string().trim().min(1)).default([]),
    })
    .strict(),
  RosterPresetReferenceSchema,
]);
export type RosterEntryInput = z.input<typeof RosterEntryInputSchema>;

/** `organisations:` — a list of entries (names, names with aliases, presets), or one preset on its own. */
export const RosterInputSchema = z.union([z.array(RosterEntryInputSchema), RosterPresetReferenceSchema], {
  error: (issue) =>
    issue.input !== null && typeof issue.input === 'object' && !Array.isArray(issue.input)
      ? `expected { preset: ${ROSTER_PRESETS.map((preset) => `"${preset}"`).join(' | ')} }`
      : 'expected a list of organisations, or { preset: … }',
});
export type RosterInput = z.input<typeof RosterInputSchema>;

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
