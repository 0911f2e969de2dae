import { resolveLocale } from '../i18n/locale.js';
import { lintSurvey, type LintOptions, type LintResult } from '../lint/lint-survey.js';
import { guardNesting } from '../parse/nesting-guard.js';
import { createLineIndex, type LineIndex } from '../parse/line-index.js';
import type { ParseContext } from '../parse/parse-context.js';
import { parseOptionsOfConfig, resolveParseOptions } from '../parse/parse-options.js';
import { assembleSurvey, type SurveyBlock } from '../parse/survey-assembly.js';
import { lineBreakOf } from '../rules/edits.js';
import type { Diagnostic } from '../schema/diagnostic.js';
import type { OrganisationMatcher } from '../roster/organisation-matcher.js';
import type { Roster } from '../schema/roster.js';
import type { Question } from '../schema/survey.js';
import { createRuleContext, runRules } from '../validate/validate-survey.js';
import { blockStarts, mayHaveDefinitions } from './block-scan.js';
import { parseBlock, type ParsedBlock } from './parsed-block.js';
import { shiftModel, shiftNodes, type Shift } from './position-shift.js';

/** What the last `update` did, for tests and benchmarks. */
export interface IncrementalUpdateStats {
  /** `full` when the document could not be split into separately parsed blocks (`lintSurvey` ran). */
  path: 'incremental' | 'full';
  blocks: number;
  /** Blocks parsed afresh (the others came from the cache). */
  parsedBlocks: number;
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
  /** The block in document coordinates, for the shift it was last placed at. */
  placed: { shift: Shift; blocks: SurveyBlock[] } | null;
}

const sameShift = (a: Shift, b: Shift): boolean => a.offset === b.offset && a.line === b.line;

/**
 * A linter for one document that changes by edits, as in an editor. The document is cut into blocks at the
 * H1–H3 lines (`blockStarts`); each block is parsed on its own and cached by its text, question blocks as
 * their models, so after an edit only the changed blocks are parsed again. Question-scope rules' results
 * are reused for blocks whose text did not change while the roster, its near-duplicates and the line-break
 * style stay the same; survey-scope rules rerun on the assembled model every time. Documents that cannot be
 * cut safely (a link reference definition, a fence or HTML block running into the next heading) take the
 * full path. Options are fixed for the linter's life: make a new one when the config or locale changes.
 *
 * The returned model and diagnostics share objects with the cache: treat them as read-only.
 */
export function createIncrementalLinter(options: LintOptions = {}): IncrementalLinter {
  const config = options.config ?? {};
  const locale = resolveLocale(options.locale);
  const parseOptions = resolveParseOptions(parseOptionsOfConfig(config));
  let previousText = '';
  let previous: PlacedBlock[] = [];
  let roster: Roster | null = null;
  let lastOrganisations: OrganisationMatcher | null = null;
  let lastLines: LineIndex | null = null;
  let lastUpdate: IncrementalUpdateStats | null = null;

  /** The cached block with this text: where it was before, else where the blocks after an edit moved to. */
  function cached(text: string, start: number, end: number, index: number, count: number): PlacedBlock | undefined {
    const matches = (candidate: PlacedBlock | undefined): candidate is PlacedBlock =>
      candidate !== undefined &&
      candidate.end - candidate.start === end - start &&
      (candidate === previous[0]) === (index === 0) &&
      previousText.slice(candidate.start, candidate.end) === text.slice(start, end);
    const sameIndex = previous[index];
    if (matches(sameIndex)) return sameIndex;
    const fromEnd = previous[previous.length - (count - index)];
    if (matches(fromEnd)) return fromEnd;
    return previous.find(matches);
  }

  function update(text: string): LintResult {
    // Definitions reach across blocks; nesting past the guard's limits is cut on the whole text: both take the full path.
    if (mayHaveDefinitions(text) || guardNesting(text).problems.length > 0) return full(text, 0);
    const starts = blockStarts(text);
    const lines = createLineIndex(text);
    const placed: PlacedBlock[] = [];
    let parsedBlocks = 0;
    let separable = true;
    let line = 0;
    for (let i = 0; i < starts.length; i++) {
      const start = starts[i]!;
      const end = starts[i + 1] ?? text.length;
      let entry = cached(text, start, end, i, starts.length);
      if (!entry) {
        parsedBlocks++;
        entry = { start, end, block: parseBlock(text.slice(start, end), i === 0, parseOptions), placed: null };
      }
      const shift = { offset: start, line };
      if (!entry.placed || !sameShift(entry.placed.shift, shift)) {
        const { block } = entry;
        const blocks: SurveyBlock[] = block.question
          ? [{ type: 'prebuilt-question', question: shiftModel(block.question.model, shift), directives: shiftModel(block.question.directives, shift) }]
          : shiftNodes(block.nodes ?? [], shift);
        entry = { ...entry, placed: { shift, blocks } };
      }
      placed.push({ ...entry, start, end });
      if (!entry.block.separable || (i + 1 < starts.length && entry.block.endsOpen)) separable = false;
      line += entry.block.lineBreaks;
    }
    previousText = text;
    previous = placed;
    if (!separable) return full(text, parsedBlocks);

    const ctx: ParseContext = { text, lines, options: parseOptions };
    const origins = new Map<Question, PlacedBlock>();
    const blocks: SurveyBlock[] = [];
    for (const entry of placed) {
      for (const block of entry.placed!.blocks) {
        if (block.type === 'prebuilt-question') origins.set(block.question, entry);
        blocks.push(block);
      }
    }
    const survey = assembleSurvey(ctx, blocks);
    const context = createRuleContext(text, survey, config, locale, lines);
    roster = context.roster;
    lastOrganisations = context.organisations;
    lastLines = context.lines;
    // Everything a question-scope rule reads besides its block: the roster, its near-duplicates, the line breaks.
    const rulesKey = `${lineBreakOf(text)}\0${JSON.stringify(context.roster)}\0${JSON.stringify([...context.nearDuplicates])}`;
    let reusedRuleResults = 0;
    const diagnostics = runRules(context, options.only, (rule, question, compute) => {
      const origin = origins.get(question);
      if (!origin) return compute();
      const { block } = origin;
      const shift = origin.placed!.shift;
      if (block.rulesKey !== rulesKey) {
        block.rules.clear();
        block.rulesKey = rulesKey;
      }
      // No findings stay no findings wherever the block moves; findings are reused where their line numbers hold.
      const known = block.rules.get(rule.id);
      if (known && (known.diagnostics.length === 0 || known.line === shift.line)) {
        reusedRuleResults++;
        return shiftModel(known.diagnostics, shift);
      }
      const computed: Diagnostic[] = compute();
      block.rules.set(rule.id, { line: shift.line, diagnostics: shiftModel(computed, { offset: -shift.offset, line: -shift.line }) });
      return computed;
    });
    lastUpdate = { path: 'incremental', blocks: placed.length, parsedBlocks, reusedRuleResults };
    return { survey, diagnostics };
  }

  function full(text: string, parsedBlocks: number): LintResult {
    const result = lintSurvey(text, options);
    roster = null;
    lastUpdate = { path: 'full', blocks: previous.length, parsedBlocks, reusedRuleResults: 0 };
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
