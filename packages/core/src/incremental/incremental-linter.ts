import { resolveLocale } from '../i18n/locale.js';
import type { Yaml } from 'mdast';
import { lintSurvey, type LintOptions, type LintResult } from '../lint/lint-survey.js';
import { parseFrontMatter, type FrontMatterResult } from '../parse/front-matter.js';
import { guardNesting } from '../parse/nesting-guard.js';
import { lineIndexOfStarts, type LineIndex } from '../parse/line-index.js';
import type { ParseContext } from '../parse/parse-context.js';
import { parseOptionsOfConfig, resolveParseOptions } from '../parse/parse-options.js';
import { assembleSurvey, type SurveyBlock } from '../parse/survey-assembly.js';
import { lineBreakOf } from '../rules/edits.js';
import type { Diagnostic } from '../schema/diagnostic.js';
import type { OrganisationMatcher } from '../roster/organisation-matcher.js';
import type { Roster } from '../schema/roster.js';
import type { Question, Survey } from '../schema/survey.js';
import { createRuleContext, resolveContextRoster, runRules, type ContextRoster } from '../validate/validate-survey.js';
import { blockStarts } from './block-scan.js';
import { moveBlock, parseBlock, type ParsedBlock } from './parsed-block.js';
import { collectPositions } from './position-shift.js';
import { reparseRow } from './row-reparse.js';

const sameBlocks = (a: readonly ParsedBlock[], b: readonly ParsedBlock[]): boolean => a.length === b.length && a.every((block, i) => block === b[i]);

/** What the last `update` did, for tests and benchmarks. */
export interface IncrementalUpdateStats {
  /** `full` when the document could not be split into separately parsed blocks (`lintSurvey` ran). */
  path: 'incremental' | 'full';
  blocks: number;
  /** Blocks parsed afresh (the others came from the cache). */
  parsedBlocks: number;
  /** Of those, blocks of which only an edited answer row was read again (`reparseRow`). */
  reparsedRows: number;
  /** Question-scope rule results reused from the cache, counted per rule and question. */
  reusedRuleResults: number;
}

export interface IncrementalLinter {
  /** Lints a new version of the document; the result equals `lintSurvey(text, options)`. */
  update(text: string): LintResult;
  /**
   * What the last update built besides its result: the roster, its matcher and the text's line index, so a
   * caller does not build them again (null before the first update, or after one that took the full path).
   */
  readonly roster: Roster | null;
  readonly organisations: OrganisationMatcher | null;
  readonly lines: LineIndex | null;
  readonly lastUpdate: IncrementalUpdateStats | null;
}

interface PlacedBlock {
  start: number;
  end: number;
  block: ParsedBlock;
}

/** What the roster was resolved from: the front matter's `organisations`, then each question's label and answering names. */
const questionRosterInputs = new WeakMap<Question, string>();
function rosterInputs(survey: Survey): string[] {
  const inputs = [JSON.stringify(survey.frontMatter?.data['organisations']) ?? ''];
  for (const part of survey.parts) {
    for (const question of part.questions) {
      let input = questionRosterInputs.get(question);
      if (input === undefined) {
        // The label and the written names are all `resolveRosterDetailed` reads of a question.
        input = [String(question.number ?? question.text), ...question.answers.map((answer) => answer.organisation.text)].join('\0');
        questionRosterInputs.set(question, input);
      }
      inputs.push(input);
    }
  }
  return inputs;
}

const sameStrings = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((value, i) => value === b[i]);

/**
 * A linter for one document that changes by edits, as in an editor. The document is cut into blocks at the
 * H1–H3 lines (`blockStarts`); each block is parsed on its own and cached by its text, question blocks as
 * their models, so after an edit only the changed blocks are parsed again, and the blocks an edit moved have
 * their positions moved in place. The nesting guard runs on the changed blocks (and on runs of blocks whose
 * lines it would read as one group), the line index is put together from the blocks' line starts, the roster
 * is resolved again only when a question's label or answering names changed. Question-scope rules' results
 * are reused for blocks whose text did not change while the roster, its near-duplicates and the line-break
 * style stay the same; survey-scope rules rerun on the assembled model every time. Documents that cannot be
 * cut safely (a link reference definition, a fence or HTML block running into the next heading, nesting past
 * the guard's limits) take the full path. Options are fixed for the linter's life: make a new one when the
 * config or locale changes.
 *
 * The returned model and diagnostics share objects with the cache: treat them as read-only. They describe the
 * text of the latest update only: the next update moves the positions of the blocks below its edit in place
 * (so a result kept from an earlier version no longer matches that version's text; copy it with
 * `structuredClone` first, or use `lintSurvey`, to keep it).
 */
export function createIncrementalLinter(options: LintOptions = {}): IncrementalLinter {
  const config = options.config ?? {};
  const locale = resolveLocale(options.locale);
  const parseOptions = resolveParseOptions(parseOptionsOfConfig(config));
  let previousText = '';
  let previous: PlacedBlock[] = [];
  /** The nesting guard's verdict on runs of blocks it reads as one group of lines, by the run's first block. */
  let joinedGuard = new Map<ParsedBlock, { run: ParsedBlock[]; overNested: boolean }>();
  let resolved: { inputs: string[]; roster: ContextRoster; key: string } | null = null;
  let roster: Roster | null = null;
  let lastOrganisations: OrganisationMatcher | null = null;
  let lastLines: LineIndex | null = null;
  let lastUpdate: IncrementalUpdateStats | null = null;
  /**
   * The front matter's reading, by its node: the node is the first block's, kept while that block's text is
   * unchanged, and the first block never moves, so the reading's positions hold.
   */
  let frontMatter: { node: Yaml; result: FrontMatterResult } | null = null;
  const readFrontMatter = (ctx: ParseContext, node: Yaml): FrontMatterResult => {
    if (frontMatter?.node !== node) frontMatter = { node, result: parseFrontMatter(ctx, node) };
    return frontMatter.result;
  };

  /** The cached block with this text not used yet: where it was before, else where the blocks after an edit moved to. */
  function cached(text: string, start: number, end: number, index: number, count: number, used: Set<ParsedBlock>): PlacedBlock | undefined {
    const matches = (candidate: PlacedBlock | undefined): candidate is PlacedBlock =>
      candidate !== undefined &&
      candidate.end - candidate.start === end - start &&
      !used.has(candidate.block) &&
      (candidate === previous[0]) === (index === 0) &&
      previousText.slice(candidate.start, candidate.end) === text.slice(start, end);
    const sameIndex = previous[index];
    if (matches(sameIndex)) return sameIndex;
    const fromEnd = previous[previous.length - (count - index)];
    if (matches(fromEnd)) return fromEnd;
    return previous.find(matches);
  }

  /**
   * Whether the nesting guard finds nesting past its limits in runs of blocks whose lines it reads as one group
   * (a block that does not end on a blank line or a row, followed by one that does not open with a row): it
   * counts inline markers per group, so those blocks' own verdicts are not the whole text's. Lines are checked
   * on their own and groups end at blank lines and rows, so every other block's own verdict is.
   */
  function joinedRunsOverNested(text: string, placed: readonly PlacedBlock[]): boolean {
    const known = joinedGuard;
    joinedGuard = new Map();
    let overNested = false;
    for (let i = 0; i < placed.length; ) {
      let j = i;
      while (j + 1 < placed.length && !placed[j]!.block.closesGuardGroup && !placed[j + 1]!.block.opensWithRow) j++;
      if (j > i) {
        const run = placed.slice(i, j + 1).map((entry) => entry.block);
        const before = known.get(run[0]!);
        const verdict =
          before && sameBlocks(before.run, run) ? before : { run, overNested: guardNesting(text.slice(placed[i]!.start, placed[j]!.end)).problems.length > 0 };
        joinedGuard.set(run[0]!, verdict);
        overNested ||= verdict.overNested;
      }
      i = j + 1;
    }
    return overNested;
  }

  function update(text: string): LintResult {
    const starts = blockStarts(text);
    const placed: PlacedBlock[] = [];
    const used = new Set<ParsedBlock>();
    const lineStarts = [0];
    let parsedBlocks = 0;
    let reparsedRows = 0;
    let separable = true;
    let overNested = false;
    let mayDefine = false;
    let line = 0;
    for (let i = 0; i < starts.length; i++) {
      const start = starts[i]!;
      const end = starts[i + 1] ?? text.length;
      let block = cached(text, start, end, i, starts.length, used)?.block;
      if (!block) {
        parsedBlocks++;
        // An edit inside one answer row of the block that stood here: only that row is read again.
        const before = previous[i];
        if (before && !used.has(before.block) && before.block.question) {
          block = reparseRow(before.block, previousText.slice(before.start, before.end), text.slice(start, end), parseOptions) ?? undefined;
          if (block) {
            // Its objects are the new block's now.
            used.add(before.block);
            reparsedRows++;
          }
        }
        block ??= parseBlock(text.slice(start, end), i === 0, parseOptions);
      }
      used.add(block);
      moveBlock(block, { offset: start, line });
      placed.push({ start, end, block });
      for (const lineStart of block.lineStarts) lineStarts.push(start + lineStart);
      if (block.overNested) overNested = true;
      // Each block but the first opens with `#`, so a `]:` lies inside one block: the blocks' checks are the text's.
      if (block.mayDefine) mayDefine = true;
      if (!block.separable || (i + 1 < starts.length && block.endsOpen)) separable = false;
      line += block.lineStarts.length;
    }
    previousText = text;
    previous = placed;
    // Definitions reach across blocks, and nesting past the guard's limits is cut on the whole text: the full path.
    if (mayDefine || overNested || joinedRunsOverNested(text, placed) || !separable) return full(text, parsedBlocks, reparsedRows);

    const lines = lineIndexOfStarts(text, lineStarts);
    const ctx: ParseContext = { text, lines, options: parseOptions };
    const origins = new Map<Question, ParsedBlock>();
    const blocks: SurveyBlock[] = [];
    for (const { block } of placed) {
      if (block.question) {
        origins.set(block.question.model, block);
        blocks.push({ type: 'prebuilt-question', question: block.question.model, directives: block.question.directives });
      } else {
        for (const node of block.nodes!) blocks.push(node);
      }
    }
    const survey = assembleSurvey(ctx, blocks, readFrontMatter);
    const inputs = rosterInputs(survey);
    if (!resolved || !sameStrings(resolved.inputs, inputs)) {
      const contextRoster = resolveContextRoster(survey, config);
      // Everything a question-scope rule reads besides its block: the roster and its near-duplicates (and the line breaks).
      const key = `${JSON.stringify(contextRoster.roster)}\0${JSON.stringify([...contextRoster.nearDuplicates])}`;
      resolved = { inputs, roster: contextRoster, key };
    }
    const context = createRuleContext(text, survey, config, locale, lines, resolved.roster);
    roster = context.roster;
    lastOrganisations = context.organisations;
    lastLines = context.lines;
    const rulesKey = `${lineBreakOf(text)}\0${resolved.key}`;
    let reusedRuleResults = 0;
    const diagnostics = runRules(context, options.only, (rule, question, compute) => {
      const block = origins.get(question);
      if (!block) return compute();
      if (block.rulesKey !== rulesKey) {
        block.rules.clear();
        block.rulesKey = rulesKey;
      }
      // No findings stay no findings wherever the block moves; findings are reused where their line numbers hold.
      const known = block.rules.get(rule.id);
      if (known && (known.diagnostics.length === 0 || known.line === block.at.line)) {
        reusedRuleResults++;
        return known.diagnostics;
      }
      const computed: Diagnostic[] = compute();
      // Findings may hold the model's own ranges, which move with the model already.
      const positions = { points: [], offsetHolders: [] };
      if (computed.length > 0) collectPositions(computed, positions, new Set<object>([...block.positions.points, ...block.positions.offsetHolders]));
      block.rules.set(rule.id, { line: block.at.line, diagnostics: computed, positions });
      return computed;
    });
    lastUpdate = { path: 'incremental', blocks: placed.length, parsedBlocks, reparsedRows, reusedRuleResults };
    return { survey, diagnostics };
  }

  function full(text: string, parsedBlocks: number, reparsedRows = 0): LintResult {
    const result = lintSurvey(text, options);
    // What the last incremental update built describes an older text: callers build their own (see above).
    roster = null;
    lastOrganisations = null;
    lastLines = null;
    lastUpdate = { path: 'full', blocks: previous.length, parsedBlocks, reparsedRows, reusedRuleResults: 0 };
    return result;
  }

  return {
    update,
    get roster() {
      return roster;
    },
    get organisations() {
      return lastOrganisations;
    },
    get lines() {
      return lastLines;
    },
    get lastUpdate() {
      return lastUpdate;
    },
  };
}
