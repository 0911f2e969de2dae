// Unclosed code spans (issue 11): micromark reads on to the paragraph's end from each backtick run that closes
// nothing. The guard pairs the runs itself (`unclosedCodeRuns`, held to micromark here) and, past
// MAX_CODE_SPAN_SCAN, reads the unclosed ones as text in micromark's copy: RUS010 at the line, answers unchanged.
import fc from 'fast-check';
import type { InlineCode, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import './fast-check-seed.js';
import { lintSurvey } from '../src/index.js';
import { parseMarkdownTree } from '../src/parse/markdown-tree.js';
import { guardNesting, MAX_CODE_SPAN_SCAN } from '../src/parse/nesting-guard.js';
import { unclosedCodeRuns } from '../src/parse/unclosed-code-runs.js';

const runs = (text: string): string[] => unclosedCodeRuns(text, 0, text.length).map((run) => `${run.start}-${run.end}`);

/** Offsets of the backticks micromark reads as text in `text`, a paragraph: outside code spans, not escaped. */
function literalBackticks(text: string): number[] {
  const code: [number, number][] = [];
  const pending: unknown[] = [parseMarkdownTree(text) as Root];
  for (let node = pending.pop() as { type: string; children?: unknown[] } | undefined; node; node = pending.pop() as typeof node) {
    if (node.type === 'inlineCode') {
      const { start, end } = (node as InlineCode).position!;
      code.push([start.offset!, end.offset!]);
    }
    pending.push(...(node.children ?? []));
  }
  const found: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '`' || code.some(([start, end]) => i >= start && i < end)) continue;
    let backslashes = 0;
    while (text[i - backslashes - 1] === '\\') backslashes++;
    if (backslashes % 2 === 0) found.push(i);
  }
  return found;
}

/** The code spans of rising length of fuzz shape `hostile #7`. */
const risingSpans = Array.from({ length: 600 }, (_, i) => '`'.repeat((i % 40) + 1) + 'a').join(' ');
const survey = (paragraph: string): string =>
  ['# Enkät', '', '## Del', '', '### 1. Fråga', '', '#### Region Skåne', '', paragraph, '', '#### Region Gotland', '', 'Ja.', ''].join('\n');

describe('unclosed code runs', () => {
  it('pairs each opener with the next run of its length; a backslash escapes only an opener', () => {
    expect(runs('`a`')).toEqual([]);
    expect(runs('`a')).toEqual(['0-1']);
    expect(runs('``a`')).toEqual(['0-2', '3-4']);
    expect(runs('``a`b``')).toEqual([]);
    expect(runs('\\`a`')).toEqual(['3-4']);
    expect(runs('\\``a`')).toEqual([]);
    expect(runs('`a\\`')).toEqual([]);
    expect(runs('\\\\`a')).toEqual(['2-3']);
    expect(runs('` a ``b` ``')).toEqual(['9-11']);
  });

  it('finds exactly the backtick runs micromark reads as text', () => {
    const piece = fc.constantFrom('`', '``', '```', '\\', 'a', ' ', '\nx', 'b ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = `x${pieces.join('')}`;
        const unclosed = unclosedCodeRuns(text, 0, text.length).flatMap((run) => Array.from({ length: run.end - run.start }, (_, k) => run.start + k));
        expect(unclosed).toEqual(literalBackticks(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('nesting guard: unclosed code spans', () => {
  it('leaves a long answer with a few stray backticks as it is', () => {
    const text = survey(`Vi har ${'arbetat med målen och '.repeat(400)}` + ' ` a `` b ``` c'.repeat(3));
    const guarded = guardNesting(text);
    expect(guarded.problems).toEqual([]);
    expect(guarded.text).toBe(text);
  });

  it('past the cap, reads the unclosed runs as text in the copy: none left, RUS010 at their line, same length', () => {
    // Two stray runs before 120,000 characters, or the fuzzer's rising spans (cut to 4 backticks and 256 runs).
    for (const paragraph of [`\`\` ${'ord och '.repeat(15_000)}\` slut`, risingSpans.repeat(20)]) {
      const text = survey(paragraph);
      const paragraphStart = text.indexOf('`');
      const paragraphEnd = text.indexOf('\n', paragraphStart);
      const guarded = guardNesting(text);
      expect(guarded.text.length).toBe(text.length);
      expect(guarded.text.replace(/[^\r\n]/g, '')).toBe(text.replace(/[^\r\n]/g, ''));
      expect(unclosedCodeRuns(guarded.text, paragraphStart, paragraphEnd)).toEqual([]);
      expect(guarded.problems.map((problem) => problem.excess)).toContain('unclosed-code');

      const { survey: model, diagnostics } = lintSurvey(text, { config: { organisations: ['Region Skåne', 'Region Gotland'] } });
      const unclosed = diagnostics.filter((d) => d.ruleId === 'RUS010' && d.message.includes(String(MAX_CODE_SPAN_SCAN)));
      expect(unclosed.map((d) => d.range.start.line)).toEqual([9]);
      // The answer is its slice of the original: every backtick still there.
      const answers = model.parts[0]!.questions[0]!.answers;
      expect(answers.map((answer) => answer.organisation.text)).toEqual(['Region Skåne', 'Region Gotland']);
      expect(answers[0]!.text).toBe(text.slice(paragraphStart, paragraphEnd));
    }
  });

  it('reports the line of the first unclosed run in a paragraph of several lines, with CR line breaks', () => {
    const text = survey(`Inledning.\n${risingSpans.repeat(20)}\nSlut.`).replace(/\n/g, '\r');
    const problems = guardNesting(text).problems.filter((problem) => problem.excess === 'unclosed-code');
    expect(problems).toHaveLength(1);
    expect(text.slice(problems[0]!.start, problems[0]!.end)).toBe(risingSpans.repeat(20));
  });
});
