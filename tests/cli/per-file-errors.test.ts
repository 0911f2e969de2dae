// One file that cannot be read does not stop a lint: it is an error at its line 1, column 1 in every format,
// the other files are reported as usual, and the exit code is 1 (as ESLint reports a file it cannot parse).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXABLE_SURVEY, run, tempDir } from './helpers.js';

const MESSAGE = 'bad.survey.md is a binary file (it contains NUL bytes), not a survey';

function twoFiles(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'bad.survey.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
  writeFileSync(join(dir, 'good.survey.md'), FIXABLE_SURVEY);
  return dir;
}

const lint = (dir: string, format: string) => {
  const result = run(['lint', '-f', format], { cwd: dir });
  expect(result.code, format).toBe(1);
  expect(result.stderr, format).toBe('');
  return result.stdout;
};

describe('a bad file among good ones, in every format', () => {
  it('stylish', () => {
    const stdout = lint(twoFiles(), 'stylish');
    expect(stdout).toContain(`bad.survey.md\n  1:1  error  ${MESSAGE}  fatal/binary-file\n`);
    expect(stdout).toMatch(/good\.survey\.md\n {2}15:\d+ +info +.*RUS009\/inline-html/);
    expect(stdout).toContain('✖ 2 problems (1 error, 0 warnings, 1 info)');
  });

  it('json: ESLint\'s fatal message', () => {
    const results = JSON.parse(lint(twoFiles(), 'json')) as { filePath: string; errorCount: number; messages: Record<string, unknown>[] }[];
    expect(results.map((result) => result.filePath.split('/').pop())).toEqual(['bad.survey.md', 'good.survey.md']);
    expect(results[0]!.errorCount).toBe(1);
    expect(results[0]!.messages).toEqual([{ ruleId: 'fatal', ruleName: 'binary-file', severity: 'error', fatal: true, line: 1, column: 1, endLine: 1, endColumn: 1, message: MESSAGE }]);
    expect(results[1]!.messages.map((m) => m['ruleId'])).toEqual(['RUS009']);
  });

  it('sarif: an error result located in the file', () => {
    const log = JSON.parse(lint(twoFiles(), 'sarif'));
    const bad = log.runs[0].results.filter((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri === 'bad.survey.md');
    expect(bad).toEqual([
      {
        ruleId: 'fatal',
        level: 'error',
        message: { text: MESSAGE },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'bad.survey.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } } }],
      },
    ]);
    expect(log.runs[0].results).toHaveLength(2);
  });

  it('github: an error annotation on the file', () => {
    const stdout = lint(twoFiles(), 'github');
    expect(stdout.split('\n')[0]).toBe(`::error file=bad.survey.md,line=1,col=1,endLine=1,endColumn=1,title=fatal binary-file::${MESSAGE}`);
    expect(stdout).toMatch(/^::notice file=good\.survey\.md,line=15,/m);
  });

  it('junit: a failing test case in the file\'s suite', () => {
    const stdout = lint(twoFiles(), 'junit');
    expect(stdout).toContain(
      `<testsuite name="bad.survey.md" tests="1" failures="1" errors="0" skipped="0" time="0">\n    <testcase name="fatal binary-file" classname="bad.survey.md" time="0"><failure type="error" message="${MESSAGE}">bad.survey.md:1:1 error ${MESSAGE} (fatal/binary-file)</failure></testcase>`,
    );
    expect(stdout).toContain('<testsuite name="good.survey.md"');
  });
});
