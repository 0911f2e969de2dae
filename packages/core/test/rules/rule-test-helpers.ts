// Shared helpers for the per-rule tests (ESLint's valid/invalid style, on the sources).
import { appendFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect } from 'vitest';
import { allQuestions, applyFixes, findRule, fixSurvey, lintSurvey, rules, type Diagnostic, type LintOptions } from '../../src/index.js';

/** What one helper call saw the engine do, recorded when RUS_SURVEY_RULE_TRACE names a file (rule-consistency.test.ts). */
export interface TraceEntry {
  /** The test file's name. */
  file: string;
  rule: string;
  /** The rule reported something (an "invalid" case) or nothing (a "valid" case). */
  fired?: boolean;
  /** The rule's fixes changed the text. */
  fixed?: boolean;
}

function trace(entry: Omit<TraceEntry, 'file'>): void {
  const path = process.env['RUS_SURVEY_RULE_TRACE'];
  if (path) appendFileSync(path, `${JSON.stringify({ file: basename(expect.getState().testPath ?? ''), ...entry })}\n`);
}

/**
 * A small survey text from a template literal: the first line break is dropped, the common indentation of
 * the literal's non-blank lines is removed (interpolated values are inserted as they are, after that, less one
 * final line break, so a `${part}` line stands for the part's lines), and
 * the text ends with exactly one line break.
 */
export function survey(strings: TemplateStringsArray, ...values: unknown[]): string {
  const slot = (i: number): string => `\u0000${i}\u0000`;
  let raw = strings.raw.reduce((out, rawPart, i) => out + (strings[i] ?? rawPart) + (i < values.length ? slot(i) : ''), '');
  raw = raw.replace(/^[ \t]*\r?\n/, '').replace(/\s+$/, '');
  const lines = raw.split('\n');
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)![0].length);
  const indent = indents.length > 0 ? Math.min(...indents) : 0;
  const text = lines.map((line) => line.slice(indent)).join('\n');
  const filled = values.reduce<string>((out, value, i) => out.replace(slot(i), String(value).replace(/\r?\n$/, '')), text);
  return `${filled.replace(/\s+$/, '')}\n`;
}

/** A diagnostic as the tests compare it: where (1-based, end exclusive), what it says, how severe. */
export interface Reported {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  severity: Diagnostic['severity'];
}

function ruleIdOf(idOrName: string): string {
  const rule = findRule(idOrName);
  if (!rule) throw new Error(`no rule ${idOrName}`);
  return rule.id;
}

/** The rule's diagnostics on `text`, as the full engine reports them (config, locale, inline directives). */
export function diagnosticsOf(idOrName: string, text: string, options: LintOptions = {}): Diagnostic[] {
  const id = ruleIdOf(idOrName);
  const found = lintSurvey(text, options).diagnostics.filter((diagnostic) => diagnostic.ruleId === id);
  trace({ rule: id, fired: found.length > 0 });
  return found;
}

/** The rule's diagnostics on `text` reduced to range, message and severity, for exact assertions. */
export function reported(idOrName: string, text: string, options: LintOptions = {}): Reported[] {
  return diagnosticsOf(idOrName, text, options).map((diagnostic) => ({
    line: diagnostic.range.start.line,
    column: diagnostic.range.start.column,
    endLine: diagnostic.range.end.line,
    endColumn: diagnostic.range.end.column,
    message: diagnostic.message,
    severity: diagnostic.severity,
  }));
}

/** The text a range covers; the tests use it to check a range by hand against the source. */
export function sliceOf(text: string, diagnostic: Pick<Diagnostic, 'range'>): string {
  return text.slice(diagnostic.range.start.offset, diagnostic.range.end.offset);
}

/** One pass of this rule's fixes only (applyFixes over the rule's diagnostics). */
export function fixedBy(idOrName: string, text: string, options: LintOptions = {}): string {
  const fixed = applyFixes(text, diagnosticsOf(idOrName, text, options));
  trace({ rule: ruleIdOf(idOrName), fixed: fixed !== text });
  return fixed;
}

/** The words of every answer (HTML tags and `<br>` dropped), one array per answer, in document order. */
export function answerWords(text: string, options: LintOptions = {}): string[][] {
  const { survey: model } = lintSurvey(text, options);
  return allQuestions(model).flatMap((question) =>
    question.answers.map((answer) =>
      answer.text
        .replace(/<[^>]*>/g, ' ')
        .split(/\s+/)
        .filter(Boolean),
    ),
  );
}

/** Every answer of `before` is still an answer of `after`, word for word (new answers may have been added). */
export function expectAnswersSurvive(before: string, after: string, options: LintOptions = {}): void {
  const remaining = answerWords(after, options).map((words) => words.join(' '));
  for (const words of answerWords(before, options)) {
    const joined = words.join(' ');
    const index = remaining.indexOf(joined);
    expect(index, `answer "${joined}" lost by the fix`).not.toBe(-1);
    remaining.splice(index, 1);
  }
}

/**
 * The checks every fixable rule shares: the rule's own fixes turn `before` into `after`, fixSurvey changes
 * nothing more for the rule on `after` (no fix of it left), and no answer loses a word.
 */
export function expectFix(idOrName: string, before: string, after: string, options: LintOptions = {}): void {
  const id = ruleIdOf(idOrName);
  expect(diagnosticsOf(id, before, options).some((diagnostic) => diagnostic.fix), `${id} offers no fix`).toBe(true);
  expect(fixedBy(id, before, options)).toBe(after);
  const again = fixSurvey(after, { ...options, config: { ...options.config, rules: { ...options.config?.rules, ...onlyRule(id) } } });
  expect(again.text).toBe(after);
  expect(again.diagnostics.filter((diagnostic) => diagnostic.ruleId === id && diagnostic.fix)).toEqual([]);
  expectAnswersSurvive(before, after, options);
}

/** A `rules` config that turns every rule off except `id` (so fixSurvey applies only its fixes). */
export function onlyRule(id: string): Record<string, 'off'> {
  const off: Record<string, 'off'> = {};
  for (const rule of rules) if (rule.id !== id) off[rule.id] = 'off';
  return off;
}
