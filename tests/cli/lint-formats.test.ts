import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir, withExample, type JsonResult } from './helpers.js';

const require = createRequire(import.meta.url);
// The schema is draft-04 (as published for SARIF 2.1.0), so ajv's draft-04 class; both are CommonJS.
type Validator = ((data: unknown) => boolean) & { errors?: unknown[] | null };
const Ajv = require('ajv-draft-04') as new (options: object) => { compile(schema: object): Validator };
const addFormats = require('ajv-formats') as (ajv: object) => void;


describe('stylish at scale', () => {
  it('prints 159,999 findings of a 30 KB survey (400 roster names × 400 questions) without overflowing the stack', () => {
    const names = Array.from({ length: 400 }, (_, i) => `Org ${i}`);
    let text = `---\norganisations:\n${names.map((name) => `  - ${name}\n`).join('')}---\n# T\n\n> N\n\n## P\n\n`;
    for (let q = 1; q <= 400; q++) text += `### ${q}. Q?\n\n| Organisation | Svar |\n| --- | --- |\n| Org 0 | x |\n\n`;
    const dir = tempDir();
    writeFileSync(join(dir, 'many.survey.md'), text);
    const result = run(['lint', 'many.survey.md'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('✖ 159999 problems (0 errors, 159600 warnings, 399 info)');
  });
});

describe('lint output formats on the example', () => {
  const dir = withExample();
  const file = 'rus-natverket-2018.survey.md';

  it('stylish: grouped per file with an ESLint-like summary, exit 0 (warnings only)', () => {
    const { code, stdout, stderr } = run(['lint'], { cwd: dir });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain(`\n${file}\n`);
    expect(stdout).toMatch(/^ {2}59:1 +warning +Svenska ESF-rådet has no answer to question 4\. +RUS002\/missing-organisation$/m);
    expect(stdout).toContain('✖ 15 problems (0 errors, 13 warnings, 2 info)');
    expect(stdout).not.toContain('\x1b['); // not a TTY: no colours
  });

  it('json: ESLint-like array with counts, 1-based positions and 12 RUS002', () => {
    const { code, stdout } = run(['lint', '--format', 'json'], { cwd: dir });
    expect(code).toBe(0);
    const results = JSON.parse(stdout) as JsonResult[];
    expect(results).toHaveLength(1);
    const [result] = results;
    expect(result!.filePath).toBe(join(dir, file));
    expect({ errors: result!.errorCount, warnings: result!.warningCount, info: result!.infoCount }).toEqual({ errors: 0, warnings: 13, info: 2 });
    expect(result!.messages.filter((m) => m.ruleId === 'RUS002')).toHaveLength(12);
    const first = result!.messages.find((m) => m.ruleId === 'RUS002')!;
    expect(first).toMatchObject({ ruleName: 'missing-organisation', severity: 'warning', line: 59, column: 1, endLine: 59 });
    expect(first.message).toBe('Svenska ESF-rådet has no answer to question 4.');
    expect(first.fix?.edits[0]?.range).toHaveLength(2);
    for (const message of result!.messages) {
      expect(message.line).toBeGreaterThanOrEqual(1);
      expect(message.column).toBeGreaterThanOrEqual(1);
      expect(['error', 'warning', 'info']).toContain(message.severity);
    }
  });

  it('sarif: valid against the SARIF 2.1.0 schema, with rule metadata and relative locations', () => {
    const { code, stdout } = run(['lint', '--format', 'sarif'], { cwd: dir });
    expect(code).toBe(0);
    const log = JSON.parse(stdout);
    const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
    // unicodeRegExp off: one pattern in the published schema (language tags) is not valid under the u flag.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // The validator does bite: a level SARIF does not know is rejected.
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'info';
    expect(validate(broken)).toBe(false);

    const run0 = log.runs[0];
    expect(run0.tool.driver.name).toBe('rus-survey');
    const rules = run0.tool.driver.rules as { id: string; name: string; helpUri: string; defaultConfiguration: { level: string } }[];
    expect(rules.map((rule) => rule.id)).toContain('RUS002');
    const rus002 = rules.find((rule) => rule.id === 'RUS002')!;
    expect(rus002).toMatchObject({ name: 'missing-organisation', defaultConfiguration: { level: 'warning' } });
    expect(rus002.helpUri).toMatch(/RUS002\.md$/);
    expect(rules.find((rule) => rule.id === 'RUS009')!.defaultConfiguration.level).toBe('note');
    expect(run0.results).toHaveLength(15);
    for (const result of run0.results) {
      expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
      const location = result.locations[0].physicalLocation;
      expect(location.artifactLocation.uri).toBe(file);
      expect(location.region.startLine).toBeGreaterThanOrEqual(1);
    }
    expect(run0.results.filter((r: { ruleId: string }) => r.ruleId === 'RUS002')).toHaveLength(12);
  });

  it('github: workflow commands that parse back to the diagnostics', () => {
    const { code, stdout } = run(['lint', '--format', 'github'], { cwd: dir });
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(15);
    const unescape = (value: string): string => value.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
    const parsed = lines.map((line) => {
      const match = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line);
      expect(match, line).not.toBeNull();
      const properties = Object.fromEntries(match![2]!.split(',').map((pair) => pair.split('=') as [string, string]).map(([k, v]) => [k, unescape(v)]));
      return { command: match![1], properties, message: unescape(match![3]!) };
    });
    const json = (JSON.parse(run(['lint', '--format', 'json'], { cwd: dir }).stdout) as JsonResult[])[0]!.messages;
    parsed.forEach((annotation, i) => {
      const expected = json[i]!;
      expect(annotation.command).toBe({ error: 'error', warning: 'warning', info: 'notice' }[expected.severity]);
      expect(annotation.properties).toEqual({
        file,
        line: String(expected.line),
        col: String(expected.column),
        endLine: String(expected.endLine),
        endColumn: String(expected.endColumn),
        title: `${expected.ruleId} ${expected.ruleName}`,
      });
      expect(annotation.message).toBe(expected.message);
    });
  });

  it('junit: one testsuite per file, a testcase per diagnostic, XML-escaped', () => {
    const { code, stdout } = run(['lint', '--format', 'junit'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
    expect(stdout.match(/<testsuite /g)).toHaveLength(1);
    expect(stdout.match(/<testcase /g)).toHaveLength(15);
    expect(stdout.match(/<failure /g)).toHaveLength(13);
    expect(stdout).toContain('raw HTML (&lt;p&gt;)');
    expect(stdout).not.toContain('(<p>)');
    expect(stdout.trimEnd().endsWith('</testsuites>')).toBe(true);
  });

  it('--output writes the report to a file and nothing to stdout', () => {
    const { code, stdout } = run(['lint', '--format', 'json', '--output', 'report.json'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))[0].warningCount).toBe(13);
  });
});
