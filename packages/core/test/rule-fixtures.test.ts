// Runs every rule fixture (test/fixtures/rules/<RULE>/<case>.md): the engine's findings must be exactly the
// markers', and fixSurvey must turn the case into its .fixed.md. See rule-fixtures.ts for the format.
import { describe, expect, it } from 'vitest';
import { findRule } from '../src/index.js';
import { checkFixture, compareFindings, discoverFixtures, stripMarkers, type RuleFixture } from './rule-fixtures.js';
import { expectAnswersSurvive } from './rules/rule-test-helpers.js';

const fixtures = discoverFixtures();

describe('rule fixtures', () => {
  it('are there, one folder per rule', () => {
    expect(fixtures.length).toBeGreaterThan(0);
    for (const fixture of fixtures) expect(findRule(fixture.rule)?.id, fixture.path).toBe(fixture.rule);
  });

  for (const fixture of fixtures) {
    it(`${fixture.rule}/${fixture.name}`, () => {
      const outcome = checkFixture(fixture);
      expect(outcome.problems.join('\n'), 'the findings or the fixed text differ from the fixture').toBe('');
      // A fix moves no answer's words away (the guard's promise), checked here on the words themselves.
      if (fixture.fixed) expectAnswersSurvive(fixture.source.text, outcome.fixedText, fixture.options);
    });
  }
});

describe('the fixture runner', () => {
  const rus002 = fixtures.find((fixture) => fixture.rule === 'RUS002' && fixture.fixed !== undefined && fixture.source.expected.length > 0)!;
  const firstRus002 = rus002.source.expected.findIndex((finding) => finding.ruleId === 'RUS002');
  const shifted = (fixture: RuleFixture, by: (finding: RuleFixture['source']['expected'][number]) => object): RuleFixture => ({
    ...fixture,
    source: { ...fixture.source, expected: fixture.source.expected.map((finding, index) => (index === firstRus002 ? { ...finding, ...by(finding) } : finding)) },
  });

  it('takes markers out and counts lines without them', () => {
    const marked = stripMarkers(
      ['<!-- expect-next-line RUS011 info; RUS001 error col 1 -->', '# Title', '', '### 1. Q <!-- expect RUS002 warning --> <!-- expect RUS002 warning -->', 'text'].join('\n'),
    );
    expect(marked.text).toBe('# Title\n\n### 1. Q\ntext');
    expect(marked.expected).toEqual([
      { ruleId: 'RUS011', line: 1, severity: 'info' },
      { ruleId: 'RUS001', line: 1, severity: 'error', column: 1 },
      { ruleId: 'RUS002', line: 3, severity: 'warning' },
      { ruleId: 'RUS002', line: 3, severity: 'warning' },
    ]);
  });

  it('refuses a marker it cannot read, in the middle of a line, alone without -next-line, or for no rule', () => {
    expect(() => stripMarkers('a <!-- expect RUS002 -->')).toThrow(/cannot read/);
    expect(() => stripMarkers('a <!-- expect RUS002 fatal -->')).toThrow(/not a severity/);
    expect(() => stripMarkers('a <!-- expect RUS099 error -->')).toThrow(/no rule RUS099/);
    expect(() => stripMarkers('a <!-- expect RUS002 warning --> b')).toThrow(/end of its line/);
    expect(() => stripMarkers('<!-- expect RUS002 warning -->')).toThrow(/expect-next-line/);
    expect(() => stripMarkers('a <!-- expects RUS002 warning -->')).toThrow(/end of its line/);
    expect(() => stripMarkers('a\n<!-- expect-next-line RUS002 warning -->')).toThrow(/end of the file/);
  });

  it('fails a fixture whose marker is on another line, has another severity or column, or is missing', () => {
    expect(rus002.source.expected[firstRus002]!.column, 'a RUS002 marker with a column').toBe(1);
    expect(checkFixture(rus002).problems).toEqual([]);
    const first = rus002.source.expected[firstRus002]!;
    const problems = checkFixture(shifted(rus002, (finding) => ({ line: finding.line + 1 }))).problems;
    expect(problems).toEqual([
      `${rus002.path}: missing:    line ${first.line + 1} col 1 ${first.ruleId} ${first.severity}`,
      expect.stringMatching(new RegExp(`^${rus002.path}: unexpected: line ${first.line} col \\d+ ${first.ruleId} ${first.severity}: `)),
    ]);
    expect(checkFixture(shifted(rus002, () => ({ severity: 'error' }))).problems).toHaveLength(2);
    expect(checkFixture(shifted(rus002, () => ({ column: 99 }))).problems).toHaveLength(2);
    const dropped = { ...rus002, source: { ...rus002.source, expected: rus002.source.expected.filter((_, index) => index !== firstRus002) } };
    expect(checkFixture(dropped).problems).toEqual([expect.stringMatching(/: unexpected: line \d+ col \d+ RUS002 warning: /)]);
  });

  it('fails a fixture whose .fixed.md is not what fixSurvey makes, or that fixSurvey changes without one', () => {
    const wrongFix = { ...rus002, fixed: { ...rus002.fixed!, text: `${rus002.fixed!.text}\nmore` } };
    expect(checkFixture(wrongFix).problems).toEqual([expect.stringMatching(/fixSurvey produced other text\n[\s\S]*\n-more\n/)]);
    const { fixed: _fixed, ...noFixedFile } = rus002;
    expect(checkFixture(noFixedFile).problems).toEqual([expect.stringMatching(/fixSurvey changes this case; write what it should become to .*\.fixed\.md/)]);
  });

  it('compares in any order, and a marker with a column claims its finding first', () => {
    const at = (line: number, column: number) =>
      ({ ruleId: 'RUS002', severity: 'warning', message: 'm', range: { start: { line, column, offset: 0 }, end: { line, column, offset: 0 } } }) as never;
    expect(compareFindings([{ ruleId: 'RUS002', line: 2, severity: 'warning' }, { ruleId: 'RUS002', line: 2, column: 1, severity: 'warning' }], [at(2, 1), at(2, 5)])).toEqual([]);
    expect(compareFindings([{ ruleId: 'RUS002', line: 2, column: 3, severity: 'warning' }], [at(2, 1)])).toEqual([
      'missing:    line 2 col 3 RUS002 warning',
      'unexpected: line 2 col 1 RUS002 warning: m',
    ]);
  });
});
