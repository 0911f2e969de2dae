import { describe, expect, it } from 'vitest';
import { configJsonSchema, lintSurvey, loadConfig, type ConfigFile } from '../src/index.js';
import { readRepoFile } from './test-files.js';

const files = (entries: Record<string, string>) => (reference: string): ConfigFile | undefined => {
  const text = entries[reference];
  return text === undefined ? undefined : { filename: reference, text };
};

describe('loadConfig', () => {
  it('reads JSON, JSONC with comments and trailing commas, and YAML alike', () => {
    const json = loadConfig({ filename: '.rus-survey.json', text: '{ "organisations": ["Region Blekinge"], "rules": { "RUS002": "error" } }' });
    const jsonc = loadConfig({
      filename: '.rus-survey.jsonc',
      text: '{\n  // who answers\n  "organisations": ["Region Blekinge"],\n  "rules": { "RUS002": "error", },\n}',
    });
    const yaml = loadConfig({ filename: '.rus-survey.yaml', text: 'organisations:\n  - Region Blekinge\nrules:\n  RUS002: error\n' });
    for (const result of [json, jsonc, yaml]) {
      expect(result.errors).toEqual([]);
      expect(result.config).toEqual({ organisations: ['Region Blekinge'], rules: { RUS002: 'error' } });
    }
  });

  it('accepts $schema and aliases in the roster', () => {
    const result = loadConfig({
      filename: '.rus-survey.json',
      text: JSON.stringify({ $schema: './schema.json', organisations: [{ name: 'Stockholms läns landsting', aliases: ['SLL'] }] }),
    });
    expect(result.errors).toEqual([]);
    expect(result.config.organisations).toEqual([{ name: 'Stockholms läns landsting', aliases: ['SLL'] }]);
  });

  it('rejects comments in plain .json, at their line and column', () => {
    const result = loadConfig({ filename: '.rus-survey.json', text: '{\n  // no comments here\n  "rules": {}\n}' });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ filename: '.rus-survey.json', message: 'comments are not allowed in .json (use .jsonc for comments)', line: 2, column: 3 });
    expect(result.errors[0]!.localized.sv).toBe('kommentarer är inte tillåtna i .json (använd .jsonc för kommentarer)');
  });

  it('points at the offending key: a bad severity, an unknown key, an unknown rule', () => {
    const text = '{\n  "rules": {\n    "RUS002": "loud",\n    "RUS099": "error"\n  },\n  "colour": "red"\n}';
    const bad = loadConfig({ filename: '.rus-survey.json', text });
    expect(bad.errors.map((error) => [error.path, error.line, error.column])).toEqual([
      ['rules.RUS002', 3, 15],
      ['rules.RUS099', 4, 5],
      ['colour', 6, 3],
    ]);
    const unknownRule = loadConfig({ filename: '.rus-survey.json', text: '{\n  "rules": {\n    "RUS099": "error"\n  }\n}' });
    expect(unknownRule.errors).toHaveLength(1);
    expect(unknownRule.errors[0]).toMatchObject({ path: 'rules.RUS099', line: 3, column: 5 });
    expect(unknownRule.errors[0]!.message).toMatch(/unknown rule/);
  });

  it('reports YAML syntax and schema errors at their line', () => {
    const syntax = loadConfig({ filename: '.rus-survey.yaml', text: 'rules:\n  RUS002: [error\n' });
    expect(syntax.errors.length).toBeGreaterThan(0);
    expect(syntax.errors[0]!.line).toBeGreaterThanOrEqual(2);
    const schema = loadConfig({ filename: '.rus-survey.yaml', text: 'noAnswer: yes\nrules:\n  missing-organisation: warn\n' });
    expect(schema.errors.map((error) => [error.path, error.line])).toEqual([
      ['noAnswer', 1],
      ['rules.missing-organisation', 3],
    ]);
    expect(loadConfig({ filename: 'x.yaml', text: 'rules: {}\ncolour: red\n' }).errors.map((error) => [error.path, error.line, error.column])).toEqual([
      ['colour', 2, 1],
    ]);
  });

  it('follows extends, later files winning rule by rule, and detects cycles', () => {
    const resolveExtends = files({
      'base.json': '{ "organisations": ["A", "B"], "rules": { "RUS002": "error", "RUS003": "off" } }',
      'loop.json': '{ "extends": "start.json" }',
      'start.json': '{ "extends": "loop.json" }',
    });
    const result = loadConfig({ filename: 'child.yaml', text: 'extends: base.json\nrules:\n  RUS003: info\n' }, { resolveExtends });
    expect(result.errors).toEqual([]);
    expect(result.config).toEqual({ organisations: ['A', 'B'], rules: { RUS002: 'error', RUS003: 'info' } });
    expect(result.files).toEqual(['base.json', 'child.yaml']);

    const missing = loadConfig({ filename: 'c.json', text: '{ "extends": ["nope.json"] }' }, { resolveExtends });
    expect(missing.errors[0]).toMatchObject({ path: 'extends', line: 1 });

    const cycle = loadConfig({ filename: 'start.json', text: '{ "extends": "loop.json" }' }, { resolveExtends });
    expect(cycle.errors.some((error) => /cycle/.test(error.message))).toBe(true);
  });

  it('changes what lint reports: severities by id or name, and off', () => {
    const text = readRepoFile('examples/rus-natverket-2018.survey.md');
    const severities = (config: object) => new Set(lintSurvey(text, { config }).diagnostics.filter((d) => d.ruleId === 'RUS002').map((d) => d.severity));
    expect(severities({})).toEqual(new Set(['warning']));
    expect(severities({ rules: { RUS002: 'error' } })).toEqual(new Set(['error']));
    expect(severities({ rules: { 'missing-organisation': 'info' } })).toEqual(new Set(['info']));
    expect(severities({ rules: { RUS002: 'off' } })).toEqual(new Set());
  });
});

describe('the config JSON Schema', () => {
  it('is generated from the zod schema, and the checked-in copy is current', () => {
    const schema = configJsonSchema();
    expect(schema).toMatchObject({ type: 'object', additionalProperties: false });
    expect(Object.keys(schema['properties'] as object)).toEqual(
      expect.arrayContaining(['$schema', 'extends', 'organisations', 'confidentiality', 'noAnswer', 'placeholders', 'rules', 'files', 'ignores']),
    );
    expect(JSON.parse(readRepoFile('packages/core/schemas/rus-survey-config.schema.json'))).toEqual(schema);
  });
});
