import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN_SURVEY, EXAMPLE, STACK_TRACE, run, tempDir } from './helpers.js';

/** Exit 2, one clear line (or one per problem) starting with the program's name, and never a stack trace. */
function expectFailure(result: { code: number | null; stdout: string; stderr: string }, text: string | RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(typeof text === 'string' ? new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : text);
  expect(result.stderr).toMatch(/^rus-survey: /);
  expect(result.stderr).not.toMatch(STACK_TRACE);
}

describe('bad input: exit 2 with a clear message', () => {
  it('-o naming one of the files read (lint, lint --fix, compare, import): refused, and the file is left as it was', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 's.survey.md'), CLEAN_SURVEY);
    writeFileSync(join(dir, 'seed.txt'), 'Enkät\n');
    symlinkSync(join(dir, 's.survey.md'), join(dir, 'link.md'));
    const refused = (file: string) => `rus-survey: will not write to ${file}: it is one of the files read; choose another output file`;
    expectFailure(run(['lint', 's.survey.md', '-o', 's.survey.md'], { cwd: dir }), refused('s.survey.md'));
    expectFailure(run(['lint', '--fix', 's.survey.md', '-o', './s.survey.md'], { cwd: dir }), refused('./s.survey.md'));
    expectFailure(run(['compare', 's.survey.md', '-o', 'link.md'], { cwd: dir }), refused('link.md'));
    expectFailure(run(['import', 'seed.txt', '-o', 'seed.txt'], { cwd: dir }), refused('seed.txt'));
    expect(readFileSync(join(dir, 's.survey.md'), 'utf8')).toBe(CLEAN_SURVEY);
    expect(readFileSync(join(dir, 'seed.txt'), 'utf8')).toBe('Enkät\n');
    const sv = run(['import', 'seed.txt', '-o', 'seed.txt', '--locale', 'sv'], { cwd: dir });
    expect(sv.stderr).toContain('skriver inte till seed.txt: den är en av filerna som läses');
    // Another file is fine.
    expect(run(['lint', 's.survey.md', '-o', 'report.txt'], { cwd: dir }).code).toBe(0);
  });

  it('a missing file (lint, import, compare, stats)', () => {
    const dir = tempDir();
    expectFailure(run(['lint', 'missing.survey.md'], { cwd: dir }), 'rus-survey: cannot read missing.survey.md: no such file or folder\n');
    expectFailure(run(['import', 'missing.txt'], { cwd: dir }), 'cannot read missing.txt: no such file or folder');
    expectFailure(run(['compare', 'missing.survey.md'], { cwd: dir }), 'cannot read missing.survey.md');
    expectFailure(run(['stats', 'missing.survey.md'], { cwd: dir }), 'cannot read missing.survey.md');
  });

  it('a folder with no surveys, and a default run that finds none', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'README.md'), '# Not a survey\n');
    expectFailure(run(['lint', 'docs'], { cwd: dir }), 'rus-survey: no survey files in docs');
    expectFailure(run(['lint'], { cwd: dir }), 'rus-survey: no survey files in .');
  });

  it('a glob that matches nothing', () => {
    const dir = tempDir();
    expectFailure(run(['lint', 'enkater/**/*.survey.md'], { cwd: dir }), 'rus-survey: no files match "enkater/**/*.survey.md"\n');
  });

  it('an invalid config: which key, and where (file:line:column)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.survey.md'), CLEAN_SURVEY);
    writeFileSync(join(dir, '.rus-survey.json'), '{\n  "rules": {\n    "RUS002": "loud"\n  }\n}\n');
    const result = run(['lint'], { cwd: dir });
    expectFailure(result, /^rus-survey: invalid config \.rus-survey\.json:3:\d+: rules\.RUS002: /);
    writeFileSync(join(dir, '.rus-survey.json'), '{\n  "rulez": {}\n}\n');
    expectFailure(run(['lint'], { cwd: dir }), /invalid config \.rus-survey\.json:2:3: .*rulez/);
    writeFileSync(join(dir, '.rus-survey.json'), '{ "rules": ');
    expectFailure(run(['lint'], { cwd: dir }), /invalid config \.rus-survey\.json:1:\d+: /);
    writeFileSync(join(dir, '.rus-survey.json'), '{ "extends": "./nope.json" }');
    expectFailure(run(['lint'], { cwd: dir }), /invalid config \.rus-survey\.json:1:\d+: extends: cannot read/);
  });

  it('a UTF-16 file (LE and BE BOM) is decoded, with a notice', () => {
    const dir = tempDir();
    const text = readFileSync(EXAMPLE, 'utf8');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    writeFileSync(join(dir, 'le.survey.md'), le);
    writeFileSync(join(dir, 'be.survey.md'), be);
    const { code, stdout, stderr } = run(['lint', '-f', 'json'], { cwd: dir });
    expect(code).toBe(0);
    expect(stderr).toContain('notice: be.survey.md is UTF-16 (big-endian)');
    expect(stderr).toContain('notice: le.survey.md is UTF-16 (little-endian)');
    const results = JSON.parse(stdout) as { messages: { ruleId: string; message: string }[] }[];
    for (const result of results) {
      expect(result.messages.filter((m) => m.ruleId === 'RUS002')).toHaveLength(12);
      expect(result.messages[1]!.message).toBe('Svenska ESF-rådet has no answer to question 4.');
    }
  });

  it('a Windows-1252 file is decoded, with a notice', () => {
    const dir = tempDir();
    // å ä ö in Windows-1252 are single bytes that are invalid UTF-8 here.
    const latin = (s: string): Buffer => Buffer.from([...s].map((ch) => ch.charCodeAt(0)));
    const survey = CLEAN_SURVEY.replace('Den styr inte.', 'Den styr inte, på grund av förändringar.');
    writeFileSync(join(dir, 'latin.survey.md'), latin(survey));
    const { code, stdout, stderr } = run(['lint', '-f', 'json'], { cwd: dir });
    expect(stderr).toBe('notice: latin.survey.md is not UTF-8; read it as Windows-1252\n');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0].messages).toEqual([]);
  });

  // A file that cannot be read is an error in its place in the report (as ESLint reports a file it cannot
  // parse): exit 1, the other files still linted, stderr quiet.
  const fileErrors = (stdout: string): { filePath: string; messages: { ruleId: string; ruleName: string; fatal?: boolean; line: number; column: number; message: string }[] }[] => JSON.parse(stdout);

  it('a file over the size limit says the limit and how to raise it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'huge.survey.md'), `# Huge\n\n${'x'.repeat(5 * 1024 * 1024)}\n`);
    const { code, stdout, stderr } = run(['lint', '-f', 'json', 'huge.survey.md'], { cwd: dir });
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    expect(fileErrors(stdout)[0]!.messages).toEqual([
      {
        ruleId: 'fatal',
        ruleName: 'file-too-large',
        severity: 'error',
        fatal: true,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        message: 'huge.survey.md is 5 MB, over the limit of 4 MB (--max-file-size <MB> raises it)',
      },
    ]);
  });

  it('--max-file-size sets the limit: 1 MB refuses a 1.5 MB file, 2 MB lints it', () => {
    const dir = tempDir();
    // One line of code: cheap to lint (lines are what cost), so the test is about the limit.
    writeFileSync(join(dir, 'big.survey.md'), `# Big\n\n\`\`\`\n${'x'.repeat(1.5 * 1024 * 1024)}\n\`\`\`\n`);
    const refused = run(['lint', '-f', 'json', '--max-file-size', '1', 'big.survey.md'], { cwd: dir });
    expect(fileErrors(refused.stdout)[0]!.messages.map((message) => message.message)).toEqual(['big.survey.md is 1.5 MB, over the limit of 1 MB (--max-file-size <MB> raises it)']);
    const linted = run(['lint', '-f', 'json', '--max-file-size', '2', 'big.survey.md'], { cwd: dir });
    expect(fileErrors(linted.stdout)[0]!.messages.map((message) => message.ruleName)).not.toContain('file-too-large');
  });

  it('stats, compare and export read surveys up to --max-file-size too, and the refusal names the option', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'big.survey.md'), `${CLEAN_SURVEY}\n\n\`\`\`\n${'x'.repeat(1.5 * 1024 * 1024)}\n\`\`\`\n`);
    for (const command of [['stats'], ['compare', '-f', 'json'], ['export', '-f', 'html']])
      expectFailure(run([...command, '--max-file-size', '1', 'big.survey.md'], { cwd: dir }), 'big.survey.md is 1.5 MB, over the limit of 1 MB (--max-file-size <MB> raises it)');
    const stats = run(['stats', '--max-file-size', '2', 'big.survey.md'], { cwd: dir });
    expect(stats.code).toBe(0);
  });

  it('import reads an office file past the 4 MB survey limit (its own default is 32 MB), and --max-file-size lowers it', () => {
    const dir = tempDir();
    const answer = 'Vi följer upp målen varje år. '.repeat(330); // 420 rows: 4.4 MB
    const rows = Array.from({ length: 420 }, (_, i) => `Region ${i};${answer}`);
    writeFileSync(join(dir, 'svar.csv'), ['Organisation;1. Hur följs RUS upp?', ...rows].join('\r\n'));
    const imported = run(['import', 'svar.csv', '--title', 'Enkät'], { cwd: dir });
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('| Region 419 | Vi följer upp målen varje år.');
    expectFailure(run(['import', 'svar.csv', '--max-file-size', '1'], { cwd: dir }), 'over the limit of 1 MB (--max-file-size <MB> raises it)');
  });

  it('a binary file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'image.survey.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    const { code, stdout } = run(['lint', 'image.survey.md'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toContain('image.survey.md\n  1:1  error  image.survey.md is a binary file (it contains NUL bytes), not a survey  fatal/binary-file');
    expect(stdout).not.toMatch(STACK_TRACE);
  });

  it('one unreadable survey among good ones: the others are linted, exit 1', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'good.survey.md'), CLEAN_SURVEY);
    writeFileSync(join(dir, 'bad.survey.md'), Buffer.from([0, 1, 2]));
    const { code, stdout } = run(['lint', '-f', 'json'], { cwd: dir });
    expect(code).toBe(1);
    const results = fileErrors(stdout);
    expect(results.map((result) => [result.filePath.split('/').pop(), result.messages.map((m) => m.ruleName)])).toEqual([
      ['bad.survey.md', ['binary-file']],
      ['good.survey.md', []],
    ]);
  });

  it('a folder given where a file is needed', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'folder'));
    expectFailure(run(['stats', 'folder'], { cwd: dir }), 'folder is a folder, not a file');
  });

  it('no command at all prints the help on stderr', () => {
    const { code, stderr } = run([], { cwd: tempDir() });
    expect(code).toBe(2);
    expect(stderr).toContain('Usage: rus-survey');
  });
});
