// Hostile and broken configs (issues 11 and 14): located errors a person can read, never a throw or a hang.
import { describe, expect, it } from 'vitest';
import { configJsonSchema, loadConfig, rules, type ConfigFile } from '../src/index.js';
import { MAX_EXTENDS_DEPTH } from '../src/config/load-config.js';

const files = (entries: Record<string, string>) => (reference: string): ConfigFile | undefined =>
  reference in entries ? { filename: reference, text: entries[reference]! } : undefined;

describe('hostile configs', () => {
  it('9 files extending each other 10 times each are read once each, with every cycle reported', () => {
    const names = Array.from({ length: 9 }, (_, i) => `c${i}.json`);
    const entries = Object.fromEntries(
      names.map((name) => [name, JSON.stringify({ extends: Array.from({ length: 10 }, (_, k) => names[(names.indexOf(name) + k) % 9]), rules: { RUS002: 'warning' } })]),
    );
    let reads = 0;
    const resolve = files(entries);
    const result = loadConfig({ filename: 'c0.json', text: entries['c0.json']! }, {
      resolveExtends: (reference) => {
        reads++;
        return resolve(reference);
      },
    });
    expect(result.config.rules).toEqual({ RUS002: 'warning' });
    expect(new Set(result.files)).toEqual(new Set(names));
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors.every((error) => error.path === 'extends' && /a cycle/.test(error.message))).toBe(true);
    expect(reads).toBeLessThanOrEqual(9 * 10);
  });

  it('a chain of extends deeper than the cap stops with a located error', () => {
    const entries = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`c${i}.yaml`, `extends: c${i + 1}.yaml\n`]));
    const result = loadConfig({ filename: 'start.yaml', text: 'extends: c0.yaml\n' }, { resolveExtends: files(entries) });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ filename: `c${MAX_EXTENDS_DEPTH - 1}.yaml`, path: 'extends', line: 1, column: 10 });
    expect(result.errors[0]!.localized.sv).toMatch(/nivåer av extends/);
  });

  for (const [filename, text] of [
    ['.rus-survey.json', `{"rules": ${'['.repeat(100_000)}`],
    ['.rus-survey.jsonc', `{"organisations": ${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`],
    ['.rus-survey.yaml', `organisations: ${'['.repeat(100_000)}`],
    ['.rus-survey.yml', `organisations:\n${'- '.repeat(100_000)}x\n`],
  ] as const) {
    it(`${filename} nested 100,000 deep is a located error, not a crash`, () => {
      const result = loadConfig({ filename, text });
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatchObject({ filename, line: filename === '.rus-survey.yml' ? 2 : 1 });
      expect(result.errors[0]!.message).toMatch(/nested more than 64 levels/);
      expect(result.errors[0]!.localized.sv).toMatch(/nästlad mer än 64 nivåer/);
    });
  }

  it('rule keys that are no rule are errors at the key, __proto__ included (JSON and YAML)', () => {
    const json = loadConfig({ filename: '.rus-survey.json', text: '{\n  "rules": { "__proto__": "off", "RUS002": "info" }\n}' });
    expect(json.errors.map((error) => [error.path, error.line, error.column])).toEqual([['rules.__proto__', 2, 14]]);
    const yaml = loadConfig({ filename: '.rus-survey.yaml', text: 'rules:\n  __proto__: off\n  constructor: off\n' });
    expect(yaml.errors.map((error) => [error.path, error.line])).toEqual([
      ['rules.__proto__', 2],
      ['rules.constructor', 3],
    ]);
    expect(Object.getPrototypeOf(json.config.rules ?? {})).toBe(Object.prototype);
  });

  it('the JSON Schema lists every rule id and name from the registry', () => {
    const schema = configJsonSchema() as { properties: { rules: { propertyNames: { enum: string[] } } } };
    expect(new Set(schema.properties.rules.propertyNames.enum)).toEqual(new Set(rules.flatMap((rule) => [rule.id, rule.name])));
  });
});

describe('config syntax errors a person can read (issue 14)', () => {
  it('JSON: an object left open names the line it was opened on, in English and Swedish', () => {
    const result = loadConfig({ filename: '.rus-survey.json', text: '{\n  "rules": {\n    "RUS002": "error"\n' });
    expect(result.errors[0]).toMatchObject({
      message: 'expected `}` to close the object opened on line 2',
      localized: { sv: 'förväntade `}` för att stänga objektet som öppnades på rad 2' },
      line: 4,
      column: 1,
    });
  });

  it('JSONC: a list left open and a missing colon', () => {
    const list = loadConfig({ filename: '.rus-survey.jsonc', text: '{\n  // who\n  "organisations": [\n    "A",\n    "B"\n}' });
    const unclosed = list.errors.find((error) => error.message.includes('`]`'));
    expect(unclosed?.message).toBe('expected `]` to close the list opened on line 3');
    expect(unclosed?.localized.sv).toBe('förväntade `]` för att stänga listan som öppnades på rad 3');
    const colon = loadConfig({ filename: '.rus-survey.jsonc', text: '{ "rules" "x" }' });
    expect(colon.errors[0]).toMatchObject({ message: 'expected `:` after the key', line: 1, column: 11 });
  });

  it('YAML: bad indentation and a duplicate key in words, at their line', () => {
    const duplicate = loadConfig({ filename: '.rus-survey.yaml', text: 'rules:\n  RUS002: error\nrules:\n  RUS003: off\n' });
    expect(duplicate.errors[0]).toMatchObject({ message: 'this key appears twice', localized: { sv: 'nyckeln förekommer två gånger' }, line: 3 });
    const tabs = loadConfig({ filename: '.rus-survey.yaml', text: 'rules:\n\tRUS002: error\n' });
    expect(tabs.errors[0]!.line).toBe(2);
    expect(tabs.errors[0]!.message).not.toMatch(/^[A-Z_]+$/);
  });
});
