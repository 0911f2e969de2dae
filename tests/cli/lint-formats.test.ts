import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintSurvey } from '@rus-survey/core';
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

  it('github: a workflow command per diagnostic, with the example\'s positions and messages', () => {
    const { code, stdout } = run(['lint', '--format', 'github'], { cwd: dir });
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    // Written out from the survey: question 4's heading (line 59) and the organisations that skip it.
    const heading = readFileSync(join(dir, file), 'utf8').split('\n')[58]!;
    expect(heading).toMatch(/^### 4\. /);
    const at59 = `file=${file},line=59,col=1,endLine=59,endColumn=${heading.length + 1},title=RUS002 missing-organisation`;
    expect(lines.filter((line) => line.includes(',line=59,'))).toEqual([
      `::warning ${at59}::Svenska ESF-rådet has no answer to question 4.`,
      `::warning ${at59}::Region Kronoberg has no answer to question 4.`,
    ]);
    // The rest from core's diagnostics (not from another of the CLI's formats), in GitHub's command syntax.
    const expected = lintSurvey(readFileSync(join(dir, file), 'utf8')).diagnostics.map(
      (d) =>
        `::${{ error: 'error', warning: 'warning', info: 'notice' }[d.severity]} file=${file},line=${d.range.start.line},col=${d.range.start.column},` +
        `endLine=${d.range.end.line},endColumn=${d.range.end.column},title=${d.ruleId} ${d.ruleName}::${d.message}`,
    );
    expect(expected).toHaveLength(15);
    expect(lines).toEqual(expected);
    expect(lines.filter((line) => line.startsWith('::notice '))).toHaveLength(2);
  });

  it('github: escapes what GitHub reads as syntax: "%" everywhere, "," and ":" in properties', () => {
    const folder = tempDir();
    const name = 'del 1, 50%: utkast.survey.md';
    const roster = 'Region 100%, Syd: nord';
    writeFileSync(
      join(folder, name),
      `---\nrus-survey: true\norganisations:\n  - Region Blekinge\n  - "${roster}"\n---\n\n# Enkät\n\n> Tänk på att detta är ett diskussionsunderlag för nätverket.\n\n## Del ett\n\n### 1. Hur styr RUSen?\n\n| Organisation | Svar |\n| --- | --- |\n| Region Blekinge | Den styr. |\n`,
    );
    const { code, stdout } = run(['lint', '--format', 'github', name], { cwd: folder });
    expect(code).toBe(0);
    const file = 'file=del 1%2C 50%25%3A utkast.survey.md';
    expect(stdout).toBe(
      `::notice ${file},line=1,col=1,endLine=1,endColumn=4,title=RUS011 silent-organisation::Region 100%25, Syd: nord answers no question in this survey.\n` +
        `::warning ${file},line=14,col=1,endLine=14,endColumn=23,title=RUS002 missing-organisation::Region 100%25, Syd: nord has no answer to question 1.\n`,
    );
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
