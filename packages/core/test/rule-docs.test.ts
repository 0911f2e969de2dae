import { describe, expect, it } from 'vitest';
import { findRule, rules } from '../src/index.js';
import { HEADER_END, ruleDocFiles, ruleTable, withRuleHeader, withRuleTable } from '../scripts/rule-docs.js';
import { readRepoFile } from './test-files.js';

describe('the docs written from the rules\' metadata', () => {
  it('every rule page\'s header and the README\'s rule table agree with the registry', () => {
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
});
