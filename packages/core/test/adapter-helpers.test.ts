import { describe, expect, it } from 'vitest';
import { buildSurvey, createLineIndex, disableDirectiveEdit, lintSurvey, matchesConfigGlobs, quickFixTitle } from '../src/index.js';
import { applyFixes } from '../src/index.js';

const text = `---
rus-survey: true
---
# Enkät

> Notis.

## Del

### 1. Fråga?

| Organisation | Svar |
| --- | --- |
| Region A | TBD |

### 2. Fråga två?

#### Region A

<p>Svar</p>
`;

const apply = (source: string, edit: ReturnType<typeof disableDirectiveEdit>) => applyFixes(source, edit ? [{ fix: { title: '', edits: [edit] } }] : []);

describe('disableDirectiveEdit', () => {
  const survey = buildSurvey(text);
  const lines = createLineIndex(text);

  it('silences a finding on its line with disable-next-line, outside tables', () => {
    const finding = lintSurvey(text).diagnostics.find((d) => d.ruleId === 'RUS009')!;
    const edit = disableDirectiveEdit({ text, lines, survey, ruleId: 'RUS009', line: finding.range.start.line, scope: 'line' });
    const after = apply(text, edit);
    expect(after).toContain('#### Region A\n\n<!-- rus-survey-disable-next-line RUS009 -->\n<p>Svar</p>');
    expect(lintSurvey(after).diagnostics.filter((d) => d.ruleId === 'RUS009')).toEqual([]);
  });

  it('offers no line comment inside a table, where it would split the table', () => {
    const finding = lintSurvey(text).diagnostics.find((d) => d.ruleId === 'RUS003')!;
    expect(disableDirectiveEdit({ text, lines, survey, ruleId: 'RUS003', line: finding.range.start.line, scope: 'line' })).toBeNull();
  });

  it('silences a rule for the file right after the front matter, or at the top', () => {
    const after = apply(text, disableDirectiveEdit({ text, lines, survey, ruleId: 'RUS003', line: 1, scope: 'file' }));
    expect(after.startsWith('---\nrus-survey: true\n---\n<!-- rus-survey-disable-file RUS003 -->\n# Enkät')).toBe(true);
    expect(lintSurvey(after).diagnostics.filter((d) => d.ruleId === 'RUS003')).toEqual([]);
    const bare = '# Enkät\n\n## Del\n\n### 1. F?\n\n| Organisation | Svar |\n| --- | --- |\n| A | - |\n';
    const top = apply(bare, disableDirectiveEdit({ text: bare, lines: createLineIndex(bare), survey: buildSurvey(bare), ruleId: 'RUS003', line: 9, scope: 'file' }));
    expect(top.startsWith('<!-- rus-survey-disable-file RUS003 -->\n\n# Enkät')).toBe(true);
    expect(lintSurvey(top).diagnostics.filter((d) => d.ruleId === 'RUS003')).toEqual([]);
  });
});

describe('matchesConfigGlobs', () => {
  it('matches paths relative to the config folder, dot files included, never outside it', () => {
    expect(matchesConfigGlobs('enkater/2018.md', ['enkater/**/*.md'])).toBe(true);
    expect(matchesConfigGlobs('./enkater/.draft.md', ['enkater/*.md'])).toBe(true);
    expect(matchesConfigGlobs('README.md', ['enkater/**/*.md'])).toBe(false);
    expect(matchesConfigGlobs('../other/x.md', ['**/*.md'])).toBe(false);
    expect(matchesConfigGlobs('x.md', undefined)).toBe(false);
    expect(matchesConfigGlobs('x.md', ['[unclosed'])).toBe(false);
  });
});

describe('quickFixTitle', () => {
  it('uses ESLint\'s wording in English and Swedish', () => {
    expect(quickFixTitle('disableLine', 'en', { ruleId: 'RUS002' })).toBe('Disable RUS002 for this line');
    expect(quickFixTitle('disableFile', 'sv', { ruleId: 'RUS002' })).toBe('Inaktivera RUS002 för hela filen');
  });
});

describe('LineIndex.offsetAt', () => {
  it('inverts position() and clamps to the line', () => {
    const lines = createLineIndex('ab\r\ncd\ne');
    expect(lines.offsetAt(2, 2)).toBe(5);
    expect(lines.position(lines.offsetAt(2, 2))).toEqual({ line: 2, column: 2, offset: 5 });
    expect(lines.offsetAt(1, 99)).toBe(2);
    expect(lines.offsetAt(99, 1)).toBe(7);
  });
});
