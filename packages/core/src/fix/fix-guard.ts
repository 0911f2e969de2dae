import { appendAll, prependAll } from '../collections/append-all.js';
import { blockStarts } from '../incremental/block-scan.js';
import { editWindow, joinsGuardGroup, type TextChange } from '../incremental/edit-window.js';
import { mayHaveDefinitions } from '../parse/link-definitions.js';
import { parseBlock, type ParsedBlock } from '../incremental/parsed-block.js';
import { shiftModel, shiftNodes, type Shift } from '../incremental/position-shift.js';
import { createLineIndex } from '../parse/line-index.js';
import { guardNesting, type NestingProblem } from '../parse/nesting-guard.js';
import type { ParseContext } from '../parse/parse-context.js';
import { parseOptionsOfConfig, resolveParseOptions } from '../parse/parse-options.js';
import { buildSurvey, nestingProblems } from '../parse/parse-survey.js';
import { assembleSurvey, type SurveyBlock } from '../parse/survey-assembly.js';
import type { Config } from '../schema/config.js';
import type { Fix, OrganisationRename, TextEdit } from '../schema/diagnostic.js';
import { allQuestions, type Question, type Survey } from '../schema/survey.js';
import { applyFixes } from './apply-fixes.js';
import { createEditGuard, type GuardVerdict } from './edit-guard.js';

/** How the last check read the edited text, for tests and benchmarks. */
export interface FixGuardStats {
  /**
   * `window`: the changed blocks were found from the fix's offsets and only they were parsed; `blocks`: the
   * edited text was compared block by block with the original and only changed blocks were parsed; `full`: the
   * whole edited text was parsed (see `createFixGuard`).
   */
  path: 'window' | 'blocks' | 'full';
  /** `questions`: the judge read the replaced questions alone; `model`: the whole edited model. */
  judged: 'questions' | 'model';
  /** Blocks of the edited text parsed for this check (not counting the original's, parsed once and kept). */
  parsedBlocks: number;
  blocks: number;
}

/** Judges single fixes of one text, each as `guardFix` would. */
export interface FixGuard {
  /** `guardFix`'s verdict; its `after` (the edited model) is built when it is read. */
  check(fix: Pick<Fix, 'edits' | 'renames'>): GuardVerdict;
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

const startOf = (edit: TextEdit): number => edit.range.start.offset;
const endOf = (edit: TextEdit): number => edit.range.end.offset;

/**
 * A fix's edits as one change of `text`, from its first edit's start to its last edit's end, as `applyFixes`
 * applies them; null when it would not apply them as written (an edit out of the text, or edits of the fix
 * that overlap).
 */
function changeOf(text: string, edits: readonly TextEdit[]): TextChange | null {
  if (edits.length === 0) return null;
  // `applyFixes` applies them from the end backwards, the first-taken last at one offset: read forwards, this order.
  const ordered = edits.map((edit, order) => ({ edit, order })).sort((a, b) => startOf(a.edit) - startOf(b.edit) || endOf(a.edit) - endOf(b.edit) || a.order - b.order);
  let newText = '';
  let at = -1;
  for (const { edit } of ordered) {
    if (startOf(edit) < 0 || startOf(edit) > endOf(edit) || endOf(edit) > text.length) return null;
    if (at > startOf(edit)) return null;
    if (at !== -1) newText += text.slice(at, startOf(edit));
    newText += edit.newText;
    at = endOf(edit);
  }
  return { start: startOf(ordered[0]!.edit), end: at, newText };
}

const problemKind = (problem: NestingProblem): string => (problem.excess === 'containers' ? 'nesting-too-deep' : 'inline-markup-too-deep');

interface Original {
  starts: number[];
  /** `guardNesting`'s copy of the text, and what it found. */
  guarded: string;
  problems: NestingProblem[];
  blocks: ParsedBlock[];
  /** Questions in the blocks before block `i` (`i` = the number of blocks: all of them). */
  questionsBefore: number[];
  /** Blocks that cannot be parsed apart (`unfitAt`). */
  unfit: number;
}

/** A block that cannot be parsed apart from its neighbours: not separable, or left open with a block after it. */
const unfitAt = (block: ParsedBlock, index: number, count: number): boolean => !block.separable || (block.endsOpen && index + 1 < count);

const questionsIn = (block: ParsedBlock): number =>
  block.question ? 1 : (block.nodes ?? []).filter((node) => node.type === 'heading' && node.depth === 3).length;

/**
 * `guardFix` for many fixes of the same text (the fuzzer's "every fix alone", an editor's quick fixes), with
 * the same verdicts, at a cost that follows the blocks a fix touches rather than the text. The text is cut into
 * the incremental linter's blocks (H1–H3 lines), each parsed once. A fix's block range comes from its edits'
 * offsets against the original's block starts (`editWindow`): only the changed blocks' new text is built and
 * parsed, the nesting guard runs on them and on the blocks it reads in one group with them
 * (`joinsGuardGroup`), and when the fix replaced questions and nothing else, the judge compares only those
 * (`EditGuard.questions`). The edited model is assembled only when a verdict's `after` is read, or when the
 * judge needs it. The edited model is the one the whole-text parse gives (blocks parse alike apart when none is
 * left open and no `]:` definition reaches across them); when that cannot be relied on, the fix is judged on
 * the whole edited text.
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
  const placedOriginal = (block: ParsedBlock, index: number, shift: Shift): SurveyBlock[] => {
    // An unchanged block keeps its place before the edit, and moves by the edit's change in length after it.
    let known = placed.get(index);
    if (!known || known.shift.offset !== shift.offset || known.shift.line !== shift.line) placed.set(index, (known = { shift, blocks: placedAt(block, shift) }));
    return known.blocks;
  };

  /** The edited text's model from its blocks, or null when they may not parse alike apart. */
  function editedModel(edited: string): Survey | null {
    lastCheck = { path: 'full', judged: 'model', parsedBlocks: 0, blocks: 0 };
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
      appendAll(blocks, changed ? placedAt(block, shift) : placedOriginal(block, at, shift));
      line += block.lineBreaks;
    }
    lastCheck = { path: 'blocks', judged: 'model', parsedBlocks, blocks: m };
    const survey = assembleSurvey(ctx, blocks);
    if (nesting.problems.length > 0) prependAll(survey.problems, nestingProblems(ctx, nesting.problems));
    return survey;
  }

  const checkText = (edited: string, renames: readonly OrganisationRename[] = []): GuardVerdict =>
    judge(editedModel(edited) ?? buildSurvey(edited, parseOptionsOfConfig(config)), renames);

  // Single fixes: by blocks, from the fix's offsets.
  let prepared: Original | null = null;
  const fastJudge = { checked: false, ok: false };
  function prepare(): Original {
    if (prepared) return prepared;
    original ??= blocksOf(text);
    const blocks = original.starts.map((_, i) => originalBlock(original!, i));
    const questionsBefore = [0];
    for (const block of blocks) questionsBefore.push(questionsBefore.at(-1)! + questionsIn(block));
    const nesting = guardNesting(text);
    prepared = {
      starts: original.starts,
      guarded: original.guarded,
      problems: nesting.problems,
      blocks,
      questionsBefore,
      unfit: blocks.filter((block, i) => unfitAt(block, i, blocks.length)).length,
    };
    // The questions counted by block are `before`'s, or the judge cannot be told which ones an edit replaced.
    if (!fastJudge.checked) fastJudge.ok = questionsBefore.at(-1) === allQuestions(before).length;
    fastJudge.checked = true;
    return prepared;
  }

  /** The verdict on one change, by blocks, or null when it takes the whole edited text. */
  function checkChange(change: TextChange, renames: readonly OrganisationRename[]): GuardVerdict | null {
    if (originalMayHaveDefinitions) return null;
    // A definition the change makes, in its text or where it meets the text around it.
    if (mayHaveDefinitions(text.slice(Math.max(0, change.start - 1), change.start) + change.newText + text.slice(change.end, change.end + 1))) return null;
    const o = prepare();
    const window = editWindow(text, o.starts, change);
    if (!window) return null;
    const { count, delta } = window;
    const n = o.starts.length;
    let { from, to, originalTo } = window;
    const end = (index: number): number => window.start(index + 1);
    const sourceOf = (index: number): string => window.slice(window.start(index), end(index));
    const fresh = new Map<number, ParsedBlock>();
    const blockAt = (index: number): ParsedBlock => fresh.get(index) ?? o.blocks[window.originalIndex(index)]!;
    for (let j = from; j < to; j++) fresh.set(j, parseBlock(sourceOf(j), j === 0, options));

    // The blocks the nesting guard reads in one group with the changed ones, before or after the change.
    let runFrom = from;
    if (runFrom > 0 && ((from < count && joinsGuardGroup(o.blocks[from - 1]!, blockAt(from))) || (from < originalTo && joinsGuardGroup(o.blocks[from - 1]!, o.blocks[from]!)))) {
      runFrom--;
      while (runFrom > 0 && joinsGuardGroup(o.blocks[runFrom - 1]!, o.blocks[runFrom]!)) runFrom--;
    }
    let runTo = to;
    if (runTo < count && ((runTo > 0 && joinsGuardGroup(blockAt(runTo - 1), blockAt(runTo))) || (originalTo > from && joinsGuardGroup(o.blocks[originalTo - 1]!, o.blocks[originalTo]!)))) {
      runTo++;
      while (runTo < count && joinsGuardGroup(blockAt(runTo - 1), blockAt(runTo))) runTo++;
    }
    const runOriginalTo = runTo - to + originalTo;
    const [originalFrom, originalEnd] = [o.starts[runFrom] ?? text.length, o.starts[runOriginalTo] ?? text.length];
    const [editedFrom, editedEnd] = [window.start(runFrom), window.start(runTo)];
    const nesting = runFrom < runTo ? guardNesting(window.slice(editedFrom, editedEnd)) : { text: '', problems: [] };
    const inRun = (problem: NestingProblem): boolean => problem.start >= originalFrom && problem.start < originalEnd;
    const otherProblems = new Map<string, number>();
    for (const problem of o.problems) if (inRun(problem)) otherProblems.set(problemKind(problem), (otherProblems.get(problemKind(problem)) ?? 0) - 1);
    for (const problem of nesting.problems) otherProblems.set(problemKind(problem), (otherProblems.get(problemKind(problem)) ?? 0) + 1);
    if (nesting.problems.length > 0 || o.problems.some(inRun)) {
      // Nesting cut out of the run, now or before: every block of it is parsed from its part of the guarded copy.
      for (let j = runFrom; j < runTo; j++) {
        fresh.set(j, parseBlock(sourceOf(j), j === 0, options, nesting.text.slice(window.start(j) - editedFrom, end(j) - editedFrom)));
      }
      [from, to, originalTo] = [runFrom, runTo, runOriginalTo];
    }
    const stats: FixGuardStats = { path: 'window', judged: 'model', parsedBlocks: fresh.size, blocks: count };
    lastCheck = stats;

    // Blocks that cannot be parsed apart: the original's, less those replaced, plus the new ones; and the two
    // unchanged blocks that may have stopped or started being the last.
    let unfit = o.unfit;
    for (let i = from; i < originalTo; i++) if (unfitAt(o.blocks[i]!, i, n)) unfit--;
    for (let j = from; j < to; j++) if (unfitAt(fresh.get(j)!, j, count)) unfit++;
    const lastOriginal = n - 1 < from ? n - 1 : n - 1 >= originalTo ? n - 1 - originalTo + to : -1;
    for (const j of new Set([lastOriginal, count - 1 >= to || count - 1 < from ? count - 1 : -1])) {
      if (j < 0) continue;
      const i = window.originalIndex(j);
      if (unfitAt(o.blocks[i]!, i, n)) unfit--;
      if (unfitAt(o.blocks[i]!, j, count)) unfit++;
    }
    if (unfit > 0) return null;

    const after = (): Survey => {
      const edited = window.slice(0, text.length + delta);
      const ctx: ParseContext = { text: edited, lines: createLineIndex(edited), options };
      const blocks: SurveyBlock[] = [];
      let line = 0;
      for (let j = 0; j < count; j++) {
        const block = blockAt(j);
        const shift = { offset: window.start(j), line };
        appendAll(blocks, fresh.has(j) ? placedAt(block, shift) : placedOriginal(block, window.originalIndex(j), shift));
        line += block.lineBreaks;
      }
      const survey = assembleSurvey(ctx, blocks);
      const problems = [
        ...o.problems.filter((problem) => problem.start < originalFrom),
        ...nesting.problems.map((problem) => ({ ...problem, start: problem.start + editedFrom, end: problem.end + editedFrom })),
        ...o.problems.filter((problem) => problem.start >= originalEnd).map((problem) => ({ ...problem, start: problem.start + delta, end: problem.end + delta })),
      ];
      if (problems.length > 0) prependAll(survey.problems, nestingProblems(ctx, problems));
      return survey;
    };

    const onlyQuestions = (blocks: readonly ParsedBlock[]): boolean => blocks.every((block) => block.question !== null);
    const replaced = o.blocks.slice(from, originalTo);
    const added = [...fresh.entries()].filter(([j]) => j >= from && j < to).sort(([a], [b]) => a - b).map(([, block]) => block);
    if (fastJudge.ok && from > 0 && onlyQuestions(replaced) && onlyQuestions(added)) {
      const verdict = judge.questions(
        { index: o.questionsBefore[from]!, removed: replaced.length, added: added.map((block) => block.question!.model as Question), otherProblems },
        renames,
        after,
      );
      if (verdict) {
        stats.judged = 'questions';
        return verdict;
      }
    }
    return judge(after(), renames);
  }

  return {
    check(fix) {
      const renames = fix.renames ?? [];
      const change = changeOf(text, fix.edits);
      const verdict = change && checkChange(change, renames);
      return verdict ?? checkText(applyFixes(text, [{ fix: { title: '', ...fix } }]), renames);
    },
    checkText,
    get lastCheck() {
      return lastCheck;
    },
  };
}
