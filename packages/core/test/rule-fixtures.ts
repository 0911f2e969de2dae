// The rule fixtures (test/fixtures/rules/<RULE>/<case>.md, as markdownlint's test files): complete survey files
// whose expected findings are written where they occur, as `<!-- expect … -->` markers. The markers are taken
// out before the survey is linted, so no rule ever sees them; line numbers are those of the file without them.
// The format is described in CONTRIBUTING.md ("Testing a rule").
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { findRule, fixSurvey, lintSurvey, loadConfig, type Diagnostic, type LintOptions, type Severity } from '../src/index.js';
import { repoPath } from './test-files.js';

export const FIXTURES_DIR = 'packages/core/test/fixtures/rules';

/** One finding a marker expects: the rule, the line (after the markers are taken out), its severity, and the column if given. */
export interface ExpectedFinding {
  ruleId: string;
  line: number;
  column?: number;
  severity: Severity;
}

/** A fixture file with its markers taken out. */
export interface MarkedText {
  text: string;
  expected: ExpectedFinding[];
}

export interface RuleFixture {
  /** The rule folder (`RUS002`). */
  rule: string;
  /** The case's file name without `.md`. */
  name: string;
  /** Repository-relative path of the case, for messages. */
  path: string;
  source: MarkedText;
  /** `<case>.fixed.md`: what `fixSurvey` must make of the case, with the findings left after fixing. */
  fixed?: MarkedText & { path: string };
  options: LintOptions;
}

const SEVERITIES: readonly string[] = ['error', 'warning', 'info'];
const OWN_LINE = /^[ \t]*<!--[ \t]*expect-next-line[ \t]+([^>]*?)[ \t]*-->[ \t]*$/;
const AT_LINE_END = /(?:[ \t]*<!--[ \t]*expect[ \t]+[^>]*?-->)+[ \t]*$/;
const ONE_MARKER = /<!--[ \t]*expect[ \t]+([^>]*?)[ \t]*-->/g;
/** Anything that looks like a marker; one left after stripping is misplaced or misspelt, not survey text. */
const MARKER_LIKE = /<!--\s*expect/i;

/** `RUS002 warning; RUS004 error col 3` → findings on `line`. */
function parseEntries(entries: string, line: number, where: string): ExpectedFinding[] {
  return entries
    .split(';')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const match = /^(RUS\d{3})\s+(\w+)(?:\s+col\s+(\d+))?$/.exec(entry);
      if (!match) throw new Error(`${where}: cannot read the marker entry "${entry}" (write e.g. "RUS002 warning" or "RUS002 warning col 5")`);
      const [, ruleId, severity, column] = match;
      if (findRule(ruleId!)?.id !== ruleId) throw new Error(`${where}: no rule ${ruleId}`);
      if (!SEVERITIES.includes(severity!)) throw new Error(`${where}: "${severity}" is not a severity (${SEVERITIES.join(', ')})`);
      return { ruleId: ruleId!, line, severity: severity as Severity, ...(column ? { column: Number(column) } : {}) };
    });
}

/**
 * Takes the markers out of a fixture file. `text <!-- expect RUS002 warning -->` expects the finding on its own
 * line (the marker and the blanks before it go); a line that is only `<!-- expect-next-line RUS001 error -->`
 * expects it on the next line and goes as a whole.
 */
export function stripMarkers(source: string, path = 'fixture'): MarkedText {
  const out: string[] = [];
  const expected: ExpectedFinding[] = [];
  let pending: string[] = [];
  source.split('\n').forEach((raw, index) => {
    const where = `${path}:${index + 1}`;
    const own = OWN_LINE.exec(raw);
    if (own) {
      pending.push(own[1]!);
      return;
    }
    const line = out.length + 1;
    for (const entries of pending) expected.push(...parseEntries(entries, line, where));
    pending = [];
    const trailing = AT_LINE_END.exec(raw);
    let kept = raw;
    if (trailing) {
      for (const marker of trailing[0].matchAll(ONE_MARKER)) expected.push(...parseEntries(marker[1]!, line, where));
      kept = raw.slice(0, trailing.index);
      if (kept.trim() === '') throw new Error(`${where}: a marker alone on a line expects nothing there; write <!-- expect-next-line … -->`);
    }
    if (MARKER_LIKE.test(kept)) throw new Error(`${where}: a marker must stand at the end of its line (or alone, as expect-next-line)`);
    out.push(kept);
  });
  if (pending.length > 0) throw new Error(`${path}: expect-next-line at the end of the file`);
  return { text: out.join('\n'), expected };
}

function configOf(dir: string, name: string): LintOptions {
  const file = [join(dir, `${name}.rus-survey.json`), join(dir, '.rus-survey.json')].find((candidate) => existsSync(candidate));
  if (!file) return {};
  const { config, errors } = loadConfig({ filename: file, text: readFileSync(file, 'utf8') });
  if (errors.length > 0) throw new Error(`${file}: ${errors.map((error) => error.message).join('; ')}`);
  return { config };
}

/** Every fixture under test/fixtures/rules, by rule folder and case name. */
export function discoverFixtures(root = repoPath(FIXTURES_DIR)): RuleFixture[] {
  const fixtures: RuleFixture[] = [];
  for (const rule of readdirSync(root).sort()) {
    const dir = join(root, rule);
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.md') || file.endsWith('.fixed.md')) continue;
      const name = file.slice(0, -'.md'.length);
      const path = `${FIXTURES_DIR}/${rule}/${file}`;
      const fixedPath = `${FIXTURES_DIR}/${rule}/${name}.fixed.md`;
      const fixedFile = join(dir, `${name}.fixed.md`);
      fixtures.push({
        rule,
        name,
        path,
        source: stripMarkers(readFileSync(join(dir, file), 'utf8'), path),
        ...(existsSync(fixedFile) ? { fixed: { path: fixedPath, ...stripMarkers(readFileSync(fixedFile, 'utf8'), fixedPath) } } : {}),
        options: configOf(dir, name),
      });
    }
  }
  return fixtures;
}

const describeExpected = (finding: ExpectedFinding): string =>
  `line ${finding.line}${finding.column !== undefined ? ` col ${finding.column}` : ''} ${finding.ruleId} ${finding.severity}`;
const describeActual = (diagnostic: Diagnostic): string =>
  `line ${diagnostic.range.start.line} col ${diagnostic.range.start.column} ${diagnostic.ruleId} ${diagnostic.severity}: ${diagnostic.message}`;

/**
 * What differs between the findings the markers expect and what the engine reports, one readable line each
 * (`missing: …`, `unexpected: …`); empty when they agree. Order does not matter; a marker with a column
 * claims its finding before one without.
 */
export function compareFindings(expected: readonly ExpectedFinding[], actual: readonly Diagnostic[]): string[] {
  const left = [...actual];
  const missing: ExpectedFinding[] = [];
  const byPrecision = [...expected].sort((a, b) => Number(b.column !== undefined) - Number(a.column !== undefined));
  for (const finding of byPrecision) {
    const index = left.findIndex(
      (diagnostic) =>
        diagnostic.ruleId === finding.ruleId &&
        diagnostic.range.start.line === finding.line &&
        diagnostic.severity === finding.severity &&
        (finding.column === undefined || diagnostic.range.start.column === finding.column),
    );
    if (index < 0) missing.push(finding);
    else left.splice(index, 1);
  }
  const byLine = <T>(line: (item: T) => number) => (a: T, b: T) => line(a) - line(b);
  return [
    ...missing.sort(byLine((finding) => finding.line)).map((finding) => `missing:    ${describeExpected(finding)}`),
    ...left.sort(byLine((diagnostic) => diagnostic.range.start.line)).map((diagnostic) => `unexpected: ${describeActual(diagnostic)}`),
  ];
}

export interface FixtureOutcome {
  /** Empty when the fixture holds: its findings, and (with a .fixed.md) the fixed text and its findings. */
  problems: string[];
  /** The engine's findings on the case. */
  diagnostics: Diagnostic[];
  /** What fixSurvey made of the case. */
  fixedText: string;
}

/** Lints the case, compares with its markers, fixes it and compares with its .fixed.md. */
export function checkFixture(fixture: RuleFixture): FixtureOutcome {
  const problems: string[] = [];
  const { diagnostics } = lintSurvey(fixture.source.text, fixture.options);
  problems.push(...compareFindings(fixture.source.expected, diagnostics).map((line) => `${fixture.path}: ${line}`));
  const fixed = fixSurvey(fixture.source.text, fixture.options);
  if (fixture.fixed) {
    if (fixed.text !== fixture.fixed.text) problems.push(`${fixture.fixed.path}: fixSurvey produced other text\n${textDiff(fixture.fixed.text, fixed.text)}`);
    const after = lintSurvey(fixture.fixed.text, fixture.options).diagnostics;
    problems.push(...compareFindings(fixture.fixed.expected, after).map((line) => `${fixture.fixed!.path}: ${line}`));
  } else if (fixed.text !== fixture.source.text) {
    problems.push(`${fixture.path}: fixSurvey changes this case; write what it should become to ${fixture.name}.fixed.md\n${textDiff(fixture.source.text, fixed.text)}`);
  }
  return { problems, diagnostics, fixedText: fixed.text };
}

/** A unified diff, expected against what fixSurvey made. */
function textDiff(expected: string, actual: string): string {
  return createTwoFilesPatch('expected', 'fixSurvey', expected, actual, undefined, undefined, { context: 2 })
    .split('\n')
    .slice(2)
    .join('\n');
}
