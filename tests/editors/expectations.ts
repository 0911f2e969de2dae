// What an editor must show for a survey, derived from a different adapter than the one under test: the built
// CLI's JSON report (1-based lines, UTF-16 columns, each fix as offset edits). The editors convert the server's
// UTF-16 positions to their own units (Neovim: bytes, Emacs: characters), so the expectations do too.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(here, '../..');
export const EXAMPLE = join(REPO, 'examples/rus-natverket-2018.survey.md');
export const CLI_BIN = join(REPO, 'packages/cli/dist/rus-survey.js');
/** The bundled server, the file the package's bin names; the recipes find it through this variable. */
export const SERVER_BIN = join(REPO, 'packages/language-server/dist/rus-survey-language-server.js');
export const RECIPES = join(REPO, 'docs/editors');

export interface CliMessage {
  ruleId: string;
  ruleName: string;
  severity: 'error' | 'warning' | 'info';
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  fix?: { title: string; edits: { range: [number, number]; text: string }[] };
}

export function cliLint(file: string, locale: 'en' | 'sv'): CliMessage[] {
  const result = spawnSync(process.execPath, [CLI_BIN, 'lint', '--format', 'json', '--locale', locale, file], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
  if (result.status !== 0 && result.status !== 1) throw new Error(`rus-survey lint failed (${result.status}): ${result.stderr}`);
  return (JSON.parse(result.stdout) as { messages: CliMessage[] }[])[0]!.messages;
}

/** A temp folder (no .git, no config: the survey's folder is the project root) holding a copy of the example. */
export function workspaceWithExample(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'rus-survey-editor-'));
  const file = join(dir, 'rus-natverket-2018.survey.md');
  copyFileSync(EXAMPLE, file);
  return { dir, file };
}

export type ColumnUnit = 'bytes' | 'characters';

/** A 0-based UTF-16 column on `lineText` in the editor's unit. */
export function column(lineText: string, utf16: number, unit: ColumnUnit): number {
  const prefix = lineText.slice(0, utf16);
  return unit === 'bytes' ? Buffer.byteLength(prefix, 'utf8') : [...prefix].length;
}

export interface EditorDiagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

/** The CLI's messages as an editor shows them: 0-based lines, columns in `unit`, the server's "rule-name: " prefix. */
export function expectedDiagnostics(text: string, messages: CliMessage[], unit: ColumnUnit): EditorDiagnostic[] {
  const lines = text.split('\n');
  return messages.map((message) => ({
    line: message.line - 1,
    column: column(lines[message.line - 1]!, message.column - 1, unit),
    endLine: message.endLine - 1,
    endColumn: column(lines[message.endLine - 1]!, message.endColumn - 1, unit),
    code: message.ruleId,
    severity: message.severity,
    message: `${message.ruleName}: ${message.message}`,
  }));
}

/** Sorted as the editor sessions sort what they saw: by position, then message. */
export function sorted(diagnostics: EditorDiagnostic[]): EditorDiagnostic[] {
  return [...diagnostics].sort((a, b) => a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}

/** The text after the CLI's fix for one message (edits are UTF-16 offsets into the original). */
export function applyCliFix(text: string, fix: NonNullable<CliMessage['fix']>): string {
  return [...fix.edits].sort((a, b) => b.range[0] - a.range[0]).reduce((result, edit) => result.slice(0, edit.range[0]) + edit.text + result.slice(edit.range[1]), text);
}

/** Lints `text` as a survey file of its own (the CLI reads files), in a fresh folder. */
export function cliLintText(text: string, locale: 'en' | 'sv'): CliMessage[] {
  const { dir, file } = workspaceWithExample();
  try {
    writeFileSync(file, text);
    return cliLint(file, locale);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function readExample(): string {
  return readFileSync(EXAMPLE, 'utf8');
}
