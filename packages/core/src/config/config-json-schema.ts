import { z } from 'zod';
import { ConfigSchema } from '../schema/config.js';

export const CONFIG_JSON_SCHEMA_ID =
  'https://github.com/rus-survey/rus-survey/blob/main/packages/core/schemas/rus-survey-config.schema.json';

/** The config file's JSON Schema (draft 7, for editors), generated from the zod schema so the two cannot drift. */
export function configJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ConfigSchema, { target: 'draft-7', io: 'input' }),
    $id: CONFIG_JSON_SCHEMA_ID,
    title: 'rus-survey configuration',
    description: 'Configuration for rus-survey (.rus-survey.json, .rus-survey.jsonc, .rus-survey.yaml).',
  };
}
