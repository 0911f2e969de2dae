import { appendAll, prependAll } from '../collections/append-all.js';
import { blockStarts } from '../incremental/block-scan.js';
import { mayHaveDefinitions } from '../parse/link-definitions.js';
import { parseBlock, type ParsedBlock } from '../incremental/parsed-block.js';
import { shiftModel, shiftNodes, type Shift } from '../incremental/position-shift.js';
import { createLineIndex } from '../parse/line-index.js';
import { guardNesting } from '../parse/nesting-guard.js';
import type { ParseContext } from '../parse/parse-context.js';
import { parseOptionsOfConfig, resolveParseOptions } from '../parse/parse-options.js';
import { buildSurvey, nestingProblems } from '../parse/parse-survey.js';
import { assembleSurvey, type SurveyBlock } from '../parse/survey-assembly.js';
import type { Config } from '../schema/config.js';
import type { Fix, OrganisationRename } from '../schema/diagnostic.js';
import type { Survey } from '../schema/survey.js';
import { applyFixes } from './apply-fixes.js';
import { createEditGuard, type GuardVerdict } from './edit-guard.js';

/** How the last check read the edited text, for tests and benchmarks. */
export interface FixGuardStats {
  /** `blocks`: only changed blocks were parsed; `full`: the whole edited text was (see `createFixGuard`). */
  path: 'blocks' | 'full';
  /** Blocks of the edited text parsed for this check (not counting the original's, parsed once and kept). */
  parsedBlocks: number;
  blocks: number;
}

/** Judges single fixes of one text, each as `guardFix` would. */
export interface FixGuard {
  check(fix: Pick<Fix, 'edits' | 'renames'>): GuardVerdict & { text: string };
  /** The verdict on an edited text (several fixes applied together, say), as `guardEdit` would give it. */
  checkText(edited: string, renames?: readonly OrganisationRename[]): GuardVerdict;
  readonly lastCheck: FixGuardStats | null;
}

interface Blocks {
  text: string;
  /** What micromark reads: `guardNesting`'s copy of `text`. */
  guarded: string;
  starts: number[];
}

const slice = (blocks: Blocks, i: number): [string, string] => {
  const start = blocks.starts[i]!;
  const end = blocks.starts[i + 1] ?? blocks.text.length;
  return [blocks.text.slice(start, end), blocks.guarded.slice(start, end)];
};

const sameBlock = (a: Blocks, i: number, b: Blocks, j: number): boolean => {
  const [textA, guardedA] = slice(a, i);
  const [textB, guardedB] = slice(b, j);
  return textA === textB && guardedA === guardedB;
};

/**
 * `guardFix` for many fixes of the same text (the fuzzer's "every fix alone", an editor's quick fixes), with
 * the same verdicts. `guardFix` parses the whole edited text for each fix; this parses only the blocks a fix
 * changed (the incremental linter's blocks: H1–H3 lines cut the document) and reuses the others' parses, made
 * once, so a survey with many questions and many fixes is not parsed once per fix. The edited model is the
 * one the whole-text parse gives (blocks parse alike apart when none is left open and no `]:` definition
 * reaches across them); when that cannot be relied on, the fix is judged on the whole edited text.
 */
export function createFixGuard(text: string, before: Survey, config: Config = {}): FixGuard {
  const options = resolveParseOptions(parseOptionsOfConfig(config));
  const judge = createEditGuard(before, config);
  const originalMayHaveDefinitions = mayHaveDefinitions(text);
  let original: Blocks | null = null;
  let lastCheck: FixGuardStats | null = null;
  const parsed = new Map<number, ParsedBlock>();
  const blocksOf = (source: string): Blocks => ({ text: source, guarded: guardNesting(source).text, starts: blockStarts(source) });
  const parseAt = (blocks: Blocks, i: number): ParsedBlock => {
    const [source, guarded] = slice(blocks, i);
    return parseBlock(source, i === 0, options, guarded);
  };
  const originalBlock = (blocks: Blocks, i: number): ParsedBlock => {
    let block = parsed.get(i);
    if (!block) {
      block = parseAt(blocks, i);
      parsed.set(i, block);
    }
    return block;
  };

  /** Unchanged blocks in document coordinates, by their index in the original, for the shift last used. */
  const placed = new Map<number, { shift: Shift; blocks: SurveyBlock[] }>();
  const placedAt = (block: ParsedBlock, shift: Shift): SurveyBlock[] =>
    block.question
      ? [{ type: 'prebuilt-question', question: shiftModel(block.question.model, shift), directives: shiftModel(block.question.directives, shift) }]
      : shiftNodes(block.nodes ?? [], shift);

  /** The edited text's model from its blocks, or null when they may not parse alike apart. */
  function editedModel(edited: string): Survey | null {
    lastCheck = { path: 'full', parsedBlocks: 0, blocks: 0 };
    if (originalMayHaveDefinitions || mayHaveDefinitions(edited)) return null;
    original ??= blocksOf(text);
    const nesting = guardNesting(edited);
    const now: Blocks = { text: edited, guarded: nesting.text, starts: blockStarts(edited) };
    const n = original.starts.length;
    const m = now.starts.length;
    // Blocks before the edit keep their offsets; blocks after it move by the change in length.
    let head = 0;
    while (head < n && head < m && original.starts[head] === now.starts[head] && sameBlock(original, head, now, head)) head++;
    let tail = 0;
    // The first block is parsed as the first (front matter): it is reused only as the first.
    const bothFirstOrNot = (): boolean => (n - 1 - tail === 0) === (m - 1 - tail === 0);
    while (tail < n - head && tail < m - head && bothFirstOrNot() && sameBlock(original, n - 1 - tail, now, m - 1 - tail)) tail++;

    const ctx: ParseContext = { text: edited, lines: createLineIndex(edited), options };
    const blocks: SurveyBlock[] = [];
    let line = 0;
    let parsedBlocks = 0;
    for (let j = 0; j < m; j++) {
      const changed = j >= head && j < m - tail;
      if (changed) parsedBlocks++;
      const at = j < head ? j : j - m + n;
      const block = changed ? parseAt(now, j) : originalBlock(original, at);
      if (!block.separable || (j + 1 < m && block.endsOpen)) return null;
      const shift = { offset: now.starts[j]!, line };
      if (changed) appendAll(blocks, placedAt(block, shift));
      else {
        // An unchanged block keeps its place before the edit, and moves by the edit's change in length after it.
        let known = placed.get(at);
        if (!known || known.shift.offset !== shift.offset || known.shift.line !== shift.line) placed.set(at, (known = { shift, blocks: placedAt(block, shift) }));
        appendAll(blocks, known.blocks);
      }
      line += block.lineBreaks;
    }
    lastCheck = { path: 'blocks', parsedBlocks, blocks: m };
    const survey = assembleSurvey(ctx, blocks);
    if (nesting.problems.length > 0) prependAll(survey.problems, nestingProblems(ctx, nesting.problems));
    return survey;
  }

  const checkText = (edited: string, renames: readonly OrganisationRename[] = []): GuardVerdict =>
    judge(editedModel(edited) ?? buildSurvey(edited, parseOptionsOfConfig(config)), renames);
  return {
    check(fix) {
      const edited = applyFixes(text, [{ fix: { title: '', ...fix } }]);
      return { ...checkText(edited, fix.renames ?? []), text: edited };
    },
    checkText,
    get lastCheck() {
      return lastCheck;
    },
  };
}
