// Survey text is untrusted: an organisation name with ESC/OSC sequences, a C1 CSI and a bidi override must
// reach the terminal as visible escapes, in every format and every other command's output.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from './helpers.js';

/** Clears the line, moves up, forges a success line, starts a C1 CSI, retitles the terminal. */
const EVIL = 'Region \u001b[2K\u001b[1A✔ 0 problems\u009b31m\u001b]0;pwned\u0007';
const SHOWN = 'Region \\x1B[2K\\x1B[1A✔ 0 problems\\x9B31m\\x1B]0;pwned\\x07';
/** Any character a terminal acts on (tab and newline aside), and the bidi controls. */
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

const SURVEY = `---
rus-survey: true
organisations:
  - Region Blekinge
  - ${JSON.stringify(EVIL)}
---

# Enkät

> Tänk på.

## Del ett

### 1. Hur styr RUSen\u202E i Skåne?

| Organisation | Svar |
| --- | --- |
| Region Blekinge | Ja.<p>Mer. |
`;

function evilDir(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'evil.survey.md'), SURVEY);
  return dir;
}

describe('terminal injection: control characters are escaped', () => {
  it('stylish and github show the name escaped, and print no raw control character', () => {
    const dir = evilDir();
    for (const format of ['stylish', 'github']) {
      const { stdout } = run(['lint', '-f', format], { cwd: dir });
      expect(stdout, format).toContain(`${SHOWN} has no answer to question 1.`);
      expect(stdout, format).not.toMatch(RAW_CONTROL);
    }
  });

  it('json, sarif and junit stay structured: raw-free text whose parsed value is the name itself', () => {
    const dir = evilDir();
    const json = run(['lint', '-f', 'json'], { cwd: dir }).stdout;
    expect(json).not.toMatch(RAW_CONTROL);
    expect((JSON.parse(json) as { messages: { message: string }[] }[])[0]!.messages.map((m) => m.message)).toContain(`${EVIL} has no answer to question 1.`);
    const sarif = run(['lint', '-f', 'sarif'], { cwd: dir }).stdout;
    expect(sarif).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(sarif).runs[0].results.map((r: { message: { text: string } }) => r.message.text)).toContain(`${EVIL} has no answer to question 1.`);
    const junit = run(['lint', '-f', 'junit'], { cwd: dir }).stdout;
    expect(junit).not.toMatch(RAW_CONTROL);
    // XML 1.0 cannot hold ESC at all: it is shown as text.
    expect(junit).toContain(`message="${SHOWN} has no answer to question 1."`);
  });

  it('--fix-dry-run, stats and compare (md, json) print no raw control character', () => {
    const dir = evilDir();
    const outputs = {
      diff: run(['lint', '--fix-dry-run'], { cwd: dir }).stdout,
      stats: run(['stats', 'evil.survey.md'], { cwd: dir }).stdout,
      md: run(['compare', 'evil.survey.md', '-f', 'md'], { cwd: dir }).stdout,
      json: run(['compare', 'evil.survey.md', '-f', 'json'], { cwd: dir }).stdout,
    };
    for (const [name, text] of Object.entries(outputs)) {
      expect(text, name).not.toBe('');
      expect(text, name).not.toMatch(RAW_CONTROL);
    }
    expect(outputs.stats).toContain('Hur styr RUSen\\u202E i Skåne?');
    expect(outputs.stats).toContain(SHOWN);
    expect(JSON.parse(outputs.json).organisations).toContain(EVIL);
  });

  it('import notes and file names on stderr', () => {
    const dir = tempDir();
    const seed = `Enkät\n\nDel ett: Styrning\n\nFråga?\n\nOrganisation\t1. Hur styr RUSen?\n${EVIL}\tSvar.\n\tfortsättning\n`;
    writeFileSync(join(dir, 'seed.txt'), seed);
    const { stderr } = run(['import', 'seed.txt'], { cwd: dir });
    expect(stderr).toContain(`note: joined the row on line 9 to the answer of ${SHOWN}`);
    expect(stderr).not.toMatch(RAW_CONTROL);
    writeFileSync(join(dir, 'evil\u001b]0;x\u0007.survey.md'), Buffer.from([0, 1]));
    const missing = run(['lint', 'nothing\u001b[2J.survey.md'], { cwd: dir });
    expect(missing.stderr).toBe('rus-survey: cannot read nothing\\x1B[2J.survey.md: no such file or folder\n');
    const lint = run(['lint'], { cwd: dir });
    expect(lint.stdout).toContain('evil\\x1B]0;x\\x07.survey.md');
    expect(lint.stdout + lint.stderr).not.toMatch(RAW_CONTROL);
  });
});
