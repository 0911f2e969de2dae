import { z } from 'zod';
import { rules as ruleRegistry } from '../rules/registry.js';
import { RosterInputSchema } from './roster.js';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export const RuleSettingSchema = z
  .enum(['error', 'warning', 'info', 'off'])
  .describe('Severity for the rule, or "off" to turn it off.');
export type RuleSetting = z.infer<typeof RuleSettingSchema>;

/** Every rule's id and name, from the registry, so the schema (and the JSON Schema editors get) lists them all. */
export const RuleKeySchema = z.enum(ruleRegistry.flatMap((rule) => [rule.id, rule.name]) as [string, ...string[]]);

export const LocaleSchema = z.enum(['en', 'sv']);
export type Locale = z.infer<typeof LocaleSchema>;

/** `.rus-survey.json`, `.rus-survey.jsonc` or `.rus-survey.yaml`. The JSON Schema shipped to editors is generated from this. */
export const ConfigSchema = z
  .object({
    $schema: z.string().optional().describe('The JSON Schema of this file, for editor completion.'),
    extends: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .describe('Config files (relative paths) whose settings this one starts from; later ones and this file win.'),
    organisations: RosterInputSchema.optional().describe(
      'The roster: every organisation expected to answer, with optional aliases, and preset lists such as { "preset": "sweden-regions" }.',
    ),
    organisationNames: z
      .enum(['as-written', 'canonical'])
      .optional()
      .describe(
        'as-written (default): an alias is as good as the name. canonical: an answer under an alias is reported (RUS004) and --fix writes the roster\'s name.',
      ),
    confidentiality: z
      .string()
      .optional()
      .describe('The expected confidentiality notice (RUS001); front matter `confidentiality` overrides it.'),
    noAnswer: z
      .array(z.string().min(1))
      .optional()
      .describe('Texts that mark an explicit non-response. Default: "Inget svar", "No answer".'),
    placeholders: z
      .array(z.string().min(1))
      .optional()
      .describe('Texts that count as a placeholder, not an answer (RUS003). Default: -, –, —, ?, TBD, TODO, N/A, ...'),
    rules: z
      .partialRecord(RuleKeySchema, RuleSettingSchema)
      .optional()
      .describe('Severity per rule, by id ("RUS002") or name ("missing-organisation").'),
    files: z
      .array(z.string())
      .optional()
      .describe('Globs of Markdown files that are surveys, besides *.survey.md and front matter `rus-survey: true`.'),
    ignores: z.array(z.string()).optional().describe('Globs of files never to lint.'),
  })
  .strict();
export type Config = z.infer<typeof ConfigSchema>;
