import { describe, expect, it } from 'vitest';
import { findRule, rules } from '../src/index.js';
import { HEADER_END, reportedAtOf, ruleDocFiles, ruleTable, withRuleHeader, withRuleTable, withSurveyFormatRuleTable } from '../scripts/rule-docs.js';
import { readRepoFile } from './test-files.js';

describe('the docs written from the rules\' metadata', () => {
  it('every rule page\'s header, the README\'s and docs/survey-format.md\'s rule tables agree with the registry', () => {
    const drifted = ruleDocFiles(rules, readRepoFile).filter((file) => file.text !== file.expected);
    expect(drifted.map((file) => file.path), 'run `pnpm --filter @rus-survey/core rule-docs`').toEqual([]);
  });

  it('drift is found: a description, a severity or a rule edited by hand', () => {
    const rus003 = findRule('RUS003')!;
    const page = readRepoFile('docs/rules/RUS003.md');
    for (const edited of [page.replace('"TBD"', '`TBD`'), page.replace('| warning |', '| error |'), page.replace('| Fixable | no |', '| Fixable | yes |')]) {
      expect(edited).not.toBe(page);
      expect(withRuleHeader(edited, rus003)).toBe(page);
    }
    const readme = readRepoFile('README.md');
    expect(withRuleTable(readme.replace('| RUS011](docs', '| RUS012](docs'), rules)).toBe(readme);
    expect(withRuleTable(readme, rules.slice(0, 10))).not.toBe(readme);
  });

  it('keeps the hand-written rest of a page, and rewriting twice changes nothing more', () => {
    const rus002 = findRule('RUS002')!;
    const page = readRepoFile('docs/rules/RUS002.md');
    const rest = page.slice(page.indexOf(HEADER_END) + HEADER_END.length);
    expect(rest).toContain('## What it checks');
    const rewritten = withRuleHeader(`# RUS002 old title\n\nOld text.\n${HEADER_END}${rest}`, rus002);
    expect(rewritten.endsWith(rest)).toBe(true);
    expect(withRuleHeader(rewritten, rus002)).toBe(rewritten);
  });

  it('the README counts the rules of the registry', () => {
    expect(ruleTable(rules)).toContain(`\n${rules.length} rules, each with`);
    expect(ruleTable(rules).match(/^\| \[RUS\d{3}\]/gm)).toHaveLength(rules.length);
  });

  it('docs/survey-format.md\'s table follows the metadata and each page\'s "Reported at" line, and drift is found', () => {
    const withReportedAt = rules.map((rule) => ({ ...rule, ...reportedAtOf(readRepoFile(`docs/rules/${rule.id}.md`), rule) }));
    const surveyFormat = readRepoFile('docs/survey-format.md');
    expect(surveyFormat).toContain('| [RUS002](rules/RUS002.md) | missing-organisation | warning | the question heading | insert an empty answer row or section |');
    expect(surveyFormat).toContain('| [RUS003](rules/RUS003.md) | unanswered-question | warning | the answer\'s table row or H4 heading | — |');
    expect(surveyFormat.match(/^\| \[RUS\d{3}\]\(rules\//gm)).toHaveLength(rules.length);
    // A row edited by hand, a rule left out, a page's "Reported at" line changed: each is drift.
    expect(withSurveyFormatRuleTable(surveyFormat.replace('| missing-organisation | warning |', '| missing-organisation | error |'), withReportedAt)).toBe(surveyFormat);
    expect(withSurveyFormatRuleTable(surveyFormat, withReportedAt.slice(0, 10))).not.toBe(surveyFormat);
    const moved = withReportedAt.map((rule) => (rule.id === 'RUS006' ? { ...rule, reportedAt: 'the table header' } : rule));
    expect(withSurveyFormatRuleTable(surveyFormat, moved)).toContain('| question-numbering | error | the table header | renumber |');
  });

  it('reads a page\'s "Reported at" and "Fix", and refuses a page without them', () => {
    expect(reportedAtOf(`${HEADER_END}\n\n**Reported at:** the row. **Fix:** join it.\n`, { id: 'RUS099' })).toEqual({ reportedAt: 'the row', fix: 'join it' });
    expect(reportedAtOf(`${HEADER_END}\n\n**Reported at:** line 1.\n`, { id: 'RUS099' })).toEqual({ reportedAt: 'line 1' });
    expect(() => reportedAtOf(`${HEADER_END}\n\n## What it checks\n`, { id: 'RUS099' })).toThrow(/RUS099\.md has no "\*\*Reported at:\*\* …" line/);
  });
});
