// The documented eglot recipe (docs/editors/emacs/rus-survey-eglot.el), loaded as a user loads it, in the real
// Emacs of the machine (Debian 12: emacs-nox 28.2 with elpa-eglot 1.9), in batch mode. A missing emacs or eglot
// fails these tests: CI installs them (scripts/install-system-packages.sh).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyCliFix, cliLint, cliLintText, EXAMPLE, expectedDiagnostics, SERVER_BIN, sorted, type CliMessage } from './expectations.js';
import { asExpected, RECIPE, runExampleSession, runSession, type SessionResult } from './emacs.js';

describe('Emacs with eglot (a rus-survey-mode for *.survey.md, eglot-ensure in its hook)', () => {
  let text: string;
  let QUESTION_4: number;
  let english: CliMessage[];
  let fixTarget: CliMessage;
  let session: SessionResult;

  beforeAll(() => {
    ({ text, question4: QUESTION_4, english, fixTarget, session } = runExampleSession('eglot'));
  }, 150_000);

  it('opens *.survey.md in rus-survey-mode and starts the server from eglot-ensure', () => {
    expect(session.mode).toBe('rus-survey-mode');
    expect(session.managed).toBe(true);
    expect(session.server).toEqual([SERVER_BIN, '--stdio']);
  });

  it('keeps eglot\'s Marksman entry for all other Markdown', () => {
    const home = mkdtempSync(join(tmpdir(), 'rus-survey-emacs-home-'));
    const result = spawnSync(
      'emacs',
      ['--batch', '-l', RECIPE, '--eval', `(princ (format "%S|%S" (car (nth 2 (eglot--lookup-mode 'markdown-mode))) (assoc-default "x.md" auto-mode-alist 'string-match)))`],
      { encoding: 'utf8', timeout: 30_000, env: { PATH: process.env.PATH ?? '', HOME: home } },
    );
    rmSync(home, { recursive: true, force: true });
    const [markdownServer, mdMode] = result.stdout.split('|');
    expect(markdownServer).toBe('"marksman"');
    expect(mdMode).not.toBe('rus-survey-mode');
  });

  it('shows the 15 diagnostics of the example with their codes, severities and character columns', () => {
    expect(english).toHaveLength(15);
    expect(sorted(asExpected(session.diagnostics))).toEqual(sorted(expectedDiagnostics(text, english, 'characters')));
    expect(session.diagnostics.find((d) => d.code === 'RUS009')).toMatchObject({ line: 55, column: 17, text: 'rus-survey [RUS009]: inline-html: The answer of Region Skåne contains raw HTML (<p>).' });
  });

  it('hovers a question heading with who answered and who is missing', () => {
    expect(session.hover).toContain('**Question 4**: answered 8/10');
    for (const name of ['Svenska ESF-rådet', 'Region Kronoberg']) expect(session.hover).toContain(name);
  });

  it('applies a quick fix from eglot-code-actions to the buffer, and the server re-validates it', () => {
    expect(session.offered).toContain(session.chosen);
    expect(session.chosen).toBe(`Fix this RUS002 missing-organisation problem: ${fixTarget.fix!.title}`);
    expect(session.fixApplied).toBe(true);
    const fixed = applyCliFix(text, fixTarget.fix!);
    expect(session.textAfterFix).toBe(fixed);
    expect(session.revalidated).toBe(true);
    expect(sorted(asExpected(session.diagnosticsAfterFix!))).toEqual(sorted(expectedDiagnostics(fixed, cliLintText(fixed, 'en'), 'characters')));
  });

  it('speaks Swedish when rus-survey-settings asks for it (answered through workspace/configuration)', () => {
    const swedish = cliLint(EXAMPLE, 'sv');
    const sv = runSession('eglot', { settings: `(setq rus-survey-settings '(:locale "sv"))`, hoverLine: QUESTION_4 });
    expect(sorted(asExpected(sv.diagnostics))).toEqual(sorted(expectedDiagnostics(text, swedish, 'characters')));
    expect(sv.diagnostics.map((d) => d.message)).toContain('missing-organisation: Svenska ESF-rådet saknar svar på fråga 4.');
    expect(sv.hover).toContain('**Fråga 4**: 8/10 har svarat');
  }, 150_000);
});

