// Writes the config file's JSON Schema, generated from the zod schema, for editors and the extension to ship.
import { mkdirSync, writeFileSync } from 'node:fs';
import { configJsonSchema } from '../dist/index.js';

const target = new URL('../schemas/rus-survey-config.schema.json', import.meta.url);
mkdirSync(new URL('.', target), { recursive: true });
writeFileSync(target, `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
