// Runs one batch Emacs session (emacs-session.el) against a documented Emacs recipe (docs/editors/emacs/) and
// returns what it saw.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliLint, EXAMPLE, readExample, RECIPES, SERVER_BIN, workspaceWithExample, type CliMessage, type EditorDiagnostic } from './expectations.js';

const SESSION = join(dirname(fileURLToPath(import.meta.url)), 'emacs-session.el');
export const RECIPE = join(RECIPES, 'emacs/rus-survey-eglot.el');
export const LSP_MODE_RECIPE = join(RECIPES, 'emacs/rus-survey-lsp-mode.el');
// Flymake's diagnostic types: eglot's own, and flymake's keywords (lsp-mode).
const SEVERITY = { 'eglot-error': 'error', 'eglot-warning': 'warning', 'eglot-note': 'info', ':error': 'error', ':warning': 'warning', ':note': 'info' } as const;
export type Client = 'eglot' | 'lsp-mode';

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

export interface SessionResult {
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

export function runSession(client: Client, options: { settings?: string; hoverLine: number; fixLine?: number; fixTitle?: string }): SessionResult {
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

export const asExpected = (diagnostics: EmacsDiagnostic[]): EditorDiagnostic[] =>
  diagnostics.map((d) => ({ line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn, code: d.code, severity: SEVERITY[d.type], message: d.message }));



/** Both Emacs clients' main session: the example, hovered on question 4, with one RUS002 fix chosen there. */
export interface ExampleSession {
  text: string;
  question4: number;
  /** The CLI's English findings on the example: the oracle. */
  english: CliMessage[];
  fixTarget: CliMessage;
  session: SessionResult;
}

export function runExampleSession(client: Client): ExampleSession {
  const text = readExample();
  const question4 = text.split('\n').findIndex((line) => line.startsWith('### 4.')) + 1;
  const english = cliLint(EXAMPLE, 'en');
  const fixTarget = english.find((message) => message.ruleId === 'RUS002' && message.line === question4 && message.message.startsWith('Svenska ESF-rådet'))!;
  const session = runSession(client, { hoverLine: question4, fixLine: fixTarget.line, fixTitle: fixTarget.fix!.title });
  return { text, question4, english, fixTarget, session };
}
