// The parts of the docs that say what a rule is, written from the rules' own metadata (id, name, severity,
// fixable, scope, description in English and Swedish): the header of each docs/rules/RUSnnn.md, the rule
// table in the root README, and the rule table of docs/survey-format.md (which adds each page's hand-written
// "**Reported at:** … **Fix:** …" line). `pnpm --filter @rus-survey/core rule-docs` rewrites them;
// test/rule-docs.test.ts fails when they have drifted. The rest of each page is written by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rules as registry, type Rule } from '../src/index.js';

type RuleMeta = Pick<Rule, 'id' | 'name' | 'defaultSeverity' | 'fixable' | 'scope' | 'description'>;

export const HEADER_END = '<!-- end of the header generated from the rule\'s metadata (packages/core/scripts/rule-docs.ts) -->';
export const TABLE_BEGIN = '<!-- begin rule table, generated from the rules\' metadata (packages/core/scripts/rule-docs.ts) -->';
export const TABLE_END = '<!-- end rule table -->';

/** A docs page's header: title, severity, fixable, scope, and the description in English and Swedish. */
export function ruleHeader(rule: RuleMeta): string {
  return [
    `# ${rule.id} ${rule.name}`,
    '',
    '| | |',
    '| --- | --- |',
    `| Default severity | ${rule.defaultSeverity} |`,
    `| Fixable | ${rule.fixable ? 'yes' : 'no'} |`,
    `| Scope | ${rule.scope} |`,
    '',
    rule.description.en,
    '',
    `**På svenska:** ${rule.description.sv}`,
    HEADER_END,
  ].join('\n');
}

/** `page` with its header (everything up to the end marker, or up to the first `## ` section) rewritten. */
export function withRuleHeader(page: string, rule: RuleMeta): string {
  const end = page.indexOf(HEADER_END);
  const section = page.search(/^## /m);
  const rest = end >= 0 ? page.slice(end + HEADER_END.length).replace(/^\n/, '') : section >= 0 ? page.slice(section) : '';
  return `${ruleHeader(rule)}\n${rest.startsWith('\n') ? '' : '\n'}${rest}`;
}

/** The README's rule table, with the count, from the registry. */
export function ruleTable(rules: readonly RuleMeta[]): string {
  return [
    TABLE_BEGIN,
    `${rules.length} rules, each with [a page](docs/rules/) (what it checks, why, examples, its fix):`,
    '',
    '| Rule | Default | Fixable | What it checks |',
    '| --- | --- | --- | --- |',
    ...rules.map((rule) => `| [${rule.id}](docs/rules/${rule.id}.md) \`${rule.name}\` | ${rule.defaultSeverity} | ${rule.fixable ? 'yes' : 'no'} | ${rule.description.en.replace(/\|/g, '\\|')} |`),
    TABLE_END,
  ].join('\n');
}

/** `text` with what stands between the table markers replaced by `table` (which carries the markers). */
function withTable(text: string, table: string, file: string): string {
  const begin = text.indexOf(TABLE_BEGIN);
  const end = text.indexOf(TABLE_END);
  if (begin < 0 || end < begin) throw new Error(`${file} has no rule table markers (${TABLE_BEGIN} … ${TABLE_END})`);
  return text.slice(0, begin) + table + text.slice(end + TABLE_END.length);
}

export function withRuleTable(readme: string, rules: readonly RuleMeta[]): string {
  return withTable(readme, ruleTable(rules), 'the README');
}

/** Where a rule reports and what its fix does, from the `**Reported at:** … **Fix:** …` line of its page. */
export interface RuleReportedAt {
  reportedAt: string;
  /** Absent when the rule has no fix. */
  fix?: string;
}

const REPORTED_AT = /^\*\*Reported at:\*\* (.+?)(?: \*\*Fix:\*\* (.+))?$/m;

/** A rule page's `**Reported at:**` line (below the generated header); throws when the page has none. */
export function reportedAtOf(page: string, rule: Pick<RuleMeta, 'id'>): RuleReportedAt {
  const match = REPORTED_AT.exec(page.slice(Math.max(0, page.indexOf(HEADER_END))));
  if (!match) throw new Error(`docs/rules/${rule.id}.md has no "**Reported at:** …" line below its header`);
  const clause = (text: string): string => text.trim().replace(/\.$/, '').replace(/\|/g, '\\|');
  return { reportedAt: clause(match[1]!), ...(match[2] ? { fix: clause(match[2]) } : {}) };
}

/** The rule table of docs/survey-format.md: metadata, and where each rule reports and its fix from its page. */
export function surveyFormatRuleTable(rules: readonly (RuleMeta & RuleReportedAt)[]): string {
  return [
    TABLE_BEGIN,
    '| id | name | default | reported at | fix |',
    '|---|---|---|---|---|',
    ...rules.map((rule) => `| [${rule.id}](rules/${rule.id}.md) | ${rule.name} | ${rule.defaultSeverity} | ${rule.reportedAt} | ${rule.fixable ? (rule.fix ?? 'yes') : '—'} |`),
    TABLE_END,
  ].join('\n');
}

export function withSurveyFormatRuleTable(surveyFormat: string, rules: readonly (RuleMeta & RuleReportedAt)[]): string {
  return withTable(surveyFormat, surveyFormatRuleTable(rules), 'docs/survey-format.md');
}

/** Every generated file: its path in the repository, its text now and as the metadata has it. */
export function ruleDocFiles(rules: readonly RuleMeta[], read: (path: string) => string): { path: string; text: string; expected: string }[] {
  const pages = rules.map((rule) => {
    const path = `docs/rules/${rule.id}.md`;
    const text = read(path);
    return { path, text, expected: withRuleHeader(text, rule) };
  });
  const readme = read('README.md');
  const surveyFormat = read('docs/survey-format.md');
  const withReportedAt = rules.map((rule, index) => ({ ...rule, ...reportedAtOf(pages[index]!.text, rule) }));
  return [
    ...pages,
    { path: 'README.md', text: readme, expected: withRuleTable(readme, rules) },
    { path: 'docs/survey-format.md', text: surveyFormat, expected: withSurveyFormatRuleTable(surveyFormat, withReportedAt) },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const repo = (path: string): string => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
  const check = process.argv.includes('--check');
  const drifted = ruleDocFiles(registry, (path) => readFileSync(repo(path), 'utf8')).filter((file) => file.text !== file.expected);
  for (const file of drifted) {
    if (check) console.error(`${file.path} differs from the rules' metadata`);
    else writeFileSync(repo(file.path), file.expected);
  }
  if (check && drifted.length > 0) process.exit(1);
  console.log(check ? 'rule docs agree with the metadata' : `rule docs: ${drifted.length} file(s) rewritten`);
}
