// The documented lsp-mode recipe (docs/editors/emacs/rus-survey-lsp-mode.el), loaded as a user loads it, in the
// real Emacs of the machine (Debian 12: emacs-nox 28.2 with elpa-lsp-mode 8.0), in batch mode. A missing emacs or
// lsp-mode fails these tests: CI installs them (scripts/install-system-packages.sh).
import { beforeAll, describe, expect, it } from 'vitest';
import { applyCliFix, cliLint, cliLintText, EXAMPLE, expectedDiagnostics, sorted, type CliMessage } from './expectations.js';
import { asExpected, runExampleSession, runSession, type SessionResult } from './emacs.js';

describe('Emacs with lsp-mode (an add-on client for *.survey.md)', () => {
  let text: string;
  let QUESTION_4: number;
  let english: CliMessage[];
  let fixTarget: CliMessage;
  let session: SessionResult;

  beforeAll(() => {
    ({ text, question4: QUESTION_4, english, fixTarget, session } = runExampleSession('lsp-mode'));
  }, 150_000);

  it('starts the server for a survey file and shows its 15 diagnostics in character columns', () => {
    expect(session.managed).toBe(true);
    expect(sorted(asExpected(session.diagnostics))).toEqual(sorted(expectedDiagnostics(text, english, 'characters')));
  });

  it('hovers a question heading', () => {
    expect(session.hover).toContain('**Question 4**: answered 8/10');
  });

  it('applies a quick fix from lsp-execute-code-action, and the server re-validates it', () => {
    expect(session.chosen).toBe(`Fix this RUS002 missing-organisation problem: ${fixTarget.fix!.title}`);
    const fixed = applyCliFix(text, fixTarget.fix!);
    expect(session.textAfterFix).toBe(fixed);
    expect(session.revalidated).toBe(true);
    expect(sorted(asExpected(session.diagnosticsAfterFix!))).toEqual(sorted(expectedDiagnostics(fixed, cliLintText(fixed, 'en'), 'characters')));
  });

  it('speaks Swedish when rus-survey-locale asks for it', () => {
    const sv = runSession('lsp-mode', { settings: '(setq rus-survey-locale "sv")', hoverLine: QUESTION_4 });
    expect(sorted(asExpected(sv.diagnostics))).toEqual(sorted(expectedDiagnostics(text, cliLint(EXAMPLE, 'sv'), 'characters')));
    expect(sv.hover).toContain('**Fråga 4**: 8/10 har svarat');
  }, 150_000);
});
