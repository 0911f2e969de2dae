// The documented Emacs recipes (docs/editors/emacs/), loaded as a user loads them, in the real Emacs of the
// machine (Debian 12: emacs-nox 28.2 with elpa-eglot 1.9 and elpa-lsp-mode 8.0), in batch mode. A missing emacs,
// eglot or lsp-mode fails these tests: CI installs them (scripts/install-system-packages.sh).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  applyCliFix,
  cliLint,
  cliLintText,
  EXAMPLE,
  expectedDiagnostics,
  readExample,
  RECIPES,
  SERVER_BIN,
  sorted,
  workspaceWithExample,
  type CliMessage,
  type EditorDiagnostic,
} from './expectations.js';

const SESSION = join(import.meta.dirname, 'emacs-session.el');
const RECIPE = join(RECIPES, 'emacs/rus-survey-eglot.el');
const LSP_MODE_RECIPE = join(RECIPES, 'emacs/rus-survey-lsp-mode.el');
// Flymake's diagnostic types: eglot's own, and flymake's keywords (lsp-mode).
const SEVERITY = { 'eglot-error': 'error', 'eglot-warning': 'warning', 'eglot-note': 'info', ':error': 'error', ':warning': 'warning', ':note': 'info' } as const;
type Client = 'eglot' | 'lsp-mode';

interface EmacsDiagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  type: keyof typeof SEVERITY;
  code: string;
  message: string;
  text: string;
}

interface SessionResult {
  error?: string;
  mode: string;
  managed: boolean;
  server: string[];
  diagnostics: EmacsDiagnostic[];
  hover: string;
  offered?: string[];
  chosen?: string;
  fixApplied?: boolean;
  textAfterFix?: string;
  revalidated?: boolean;
  diagnosticsAfterFix?: EmacsDiagnostic[];
}

function runSession(client: Client, options: { settings?: string; hoverLine: number; fixLine?: number; fixTitle?: string }): SessionResult {
  const { dir, file } = workspaceWithExample();
  const output = join(dir, 'session.json');
  try {
    // No init file (batch), but Debian's site-start, which activates the elpa-eglot package as for a user.
    const args = ['--batch', ...(options.settings ? ['--eval', options.settings] : []), '-l', client === 'eglot' ? RECIPE : LSP_MODE_RECIPE, '-l', SESSION];
    const result = spawnSync('emacs', args, {
      cwd: dir,
      encoding: 'utf8',
      timeout: 120_000,
      env: {
        PATH: process.env.PATH ?? '',
        // A home without an init file or personal packages.
        HOME: dir,
        RUS_SURVEY_LANGUAGE_SERVER: SERVER_BIN,
        RUS_CLIENT: client,
        RUS_SURVEY_FILE: file,
        RUS_OUTPUT: output,
        RUS_HOVER_LINE: String(options.hoverLine),
        RUS_FIX_LINE: String(options.fixLine ?? 1),
        // On the heading's first word ("### 4. Vilka …"): see emacs-session.el.
        RUS_FIX_COLUMN: '8',
        RUS_FIX_TITLE: options.fixTitle ?? '',
      },
    });
    if (result.error) throw result.error;
    let session: SessionResult;
    try {
      session = JSON.parse(readFileSync(output, 'utf8')) as SessionResult;
    } catch {
      throw new Error(`The Emacs session wrote no result (exit ${result.status}):\n${result.stderr}`);
    }
    if (session.error) throw new Error(`The Emacs session failed: ${session.error}\n${result.stderr}`);
    return session;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const asExpected = (diagnostics: EmacsDiagnostic[]): EditorDiagnostic[] =>
  diagnostics.map((d) => ({ line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn, code: d.code, severity: SEVERITY[d.type], message: d.message }));

const text = readExample();
const QUESTION_4 = text.split('\n').findIndex((line) => line.startsWith('### 4.')) + 1;

describe('Emacs with eglot (a rus-survey-mode for *.survey.md, eglot-ensure in its hook)', () => {
  let english: CliMessage[];
  let fixTarget: CliMessage;
  let session: SessionResult;

  beforeAll(() => {
    english = cliLint(EXAMPLE, 'en');
    fixTarget = english.find((message) => message.ruleId === 'RUS002' && message.line === QUESTION_4 && message.message.startsWith('Svenska ESF-rådet'))!;
    session = runSession('eglot', { hoverLine: QUESTION_4, fixLine: fixTarget.line, fixTitle: fixTarget.fix!.title });
  }, 150_000);

  it('opens *.survey.md in rus-survey-mode and starts the server from eglot-ensure', () => {
    expect(session.mode).toBe('rus-survey-mode');
    expect(session.managed).toBe(true);
    expect(session.server).toEqual([SERVER_BIN, '--stdio']);
  });

  it('keeps eglot\'s Marksman entry for all other Markdown', () => {
    const result = spawnSync(
      'emacs',
      ['--batch', '-l', RECIPE, '--eval', `(princ (format "%S|%S" (car (nth 2 (eglot--lookup-mode 'markdown-mode))) (assoc-default "x.md" auto-mode-alist 'string-match)))`],
      { encoding: 'utf8', timeout: 30_000, env: { PATH: process.env.PATH ?? '', HOME: import.meta.dirname } },
    );
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

describe('Emacs with lsp-mode (an add-on client for *.survey.md)', () => {
  let english: CliMessage[];
  let fixTarget: CliMessage;
  let session: SessionResult;

  beforeAll(() => {
    english = cliLint(EXAMPLE, 'en');
    fixTarget = english.find((message) => message.ruleId === 'RUS002' && message.line === QUESTION_4 && message.message.startsWith('Svenska ESF-rådet'))!;
    session = runSession('lsp-mode', { hoverLine: QUESTION_4, fixLine: fixTarget.line, fixTitle: fixTarget.fix!.title });
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
