// Writes the config file's JSON Schema from the zod schema, so editors and the extension never drift from it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigSchema } from '../dist/index.js';

const schema = {
  ...z.toJSONSchema(ConfigSchema, { target: 'draft-7', io: 'input' }),
  $id: 'https://github.com/rus-survey/rus-survey/blob/main/packages/core/schemas/rus-survey-config.schema.json',
  title: 'rus-survey configuration',
  description: 'Configuration for rus-survey (.rus-survey.json, .rus-survey.jsonc, .rus-survey.yaml).',
};
const target = new URL('../schemas/rus-survey-config.schema.json', import.meta.url);
mkdirSync(new URL('.', target), { recursive: true });
writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
