import { lintSurvey, type LintOptions, type LintResult } from '../lint/lint-survey.js';
import type { Diagnostic, Fix, OrganisationRename } from '../schema/diagnostic.js';
import { applyFixes, applyFixesDetailed } from './apply-fixes.js';
import { guardEdit } from './edit-guard.js';
import { createFixGuard, type FixGuard } from './fix-guard.js';
import { keptFixes } from './kept-fixes.js';

export interface FixSurveyResult extends LintResult {
  /** The fixed text. */
  text: string;
  /** How many fixes were applied over all passes. */
  fixCount: number;
  passes: number;
  /**
   * Fixes held back: they would have changed who said what (see `guardEdit`), or did not make their finding
   * go away. On a well-formed survey this is empty; a rule whose fix lands here has a bug.
   */
  withheld: Fix[];
}

const MAX_PASSES = 10;

const findingKey = (diagnostic: Diagnostic): string => `${diagnostic.ruleId}\u0000${diagnostic.message}`;

function countFindings(diagnostics: readonly Diagnostic[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const diagnostic of diagnostics) counts.set(findingKey(diagnostic), (counts.get(findingKey(diagnostic)) ?? 0) + 1);
  return counts;
}

const applyAll = (text: string, fixes: readonly Fix[]): string => applyFixes(text, fixes.map((fix) => ({ fix })));

/**
 * Lints and applies fixes until nothing fixable is left (at most ten passes, as ESLint does), so fixing
 * the result again changes nothing. Every pass is checked against the re-parsed survey: a fix that fails
 * `guardEdit` (an answer's words gone from its organisation), or after which its finding is still there, is
 * held back and the pass redone without it (found by bisection: `keptFixes`).
 */
export function fixSurvey(text: string, options: LintOptions = {}): FixSurveyResult {
  let current = text;
  let result = lintSurvey(current, options);
  let fixCount = 0;
  let passes = 0;
  // Findings whose fix was held back, by rule and message (messages name the question and organisation).
  const heldBack = new Map<string, Fix>();
  // The pass's finding of each fix (the first, when findings share one), rather than a search per fix.
  let findingOf = new Map<Fix, Diagnostic>();
  const holdBack = (fixes: readonly Fix[]): void => {
    for (const fix of fixes) {
      const finding = findingOf.get(fix);
      if (finding) heldBack.set(findingKey(finding), fix);
    }
  };

  while (passes < MAX_PASSES) {
    findingOf = new Map();
    for (const diagnostic of result.diagnostics) if (diagnostic.fix && !findingOf.has(diagnostic.fix)) findingOf.set(diagnostic.fix, diagnostic);
    const candidates = result.diagnostics.filter((diagnostic) => diagnostic.fix && !heldBack.has(findingKey(diagnostic)));
    let applied = applyFixesDetailed(current, candidates).applied;
    if (applied.length === 0) break;
    let edited = applyAll(current, applied);
    let next = lintSurvey(edited, options);
    const config = options.config ?? {};
    const renamesOf = (fixes: readonly Fix[]): OrganisationRename[] => fixes.flatMap((fix) => fix.renames ?? []);
    // One guard for the pass's checks (its text's blocks parsed once), made when a batch is in doubt.
    let guard: FixGuard | null = null;
    const fixGuard = (): FixGuard => (guard ??= createFixGuard(current, result.survey, config));

    /**
     * The batch as the guard lets it through: when it fails, the fixes to hold back are found by bisection. With
     * `linted`, `next` is the batch's lint already; without, the batch is guarded before it is linted.
     */
    const guarded = (linted: boolean): void => {
      const ok = linted ? guardEdit(result.survey, next.survey, { config, renames: renamesOf(applied) }).ok : fixGuard().checkText(edited, renamesOf(applied)).ok;
      if (!ok) {
        const { kept, dropped } = keptFixes(applied, (fixes) => fixGuard().checkText(applyAll(current, fixes), renamesOf(fixes)).ok);
        holdBack(dropped);
        applied = kept;
        if (applied.length === 0) return;
        edited = applyAll(current, applied);
      }
      if (!ok || !linted) next = lintSurvey(edited, options);
    };
    guarded(true);
    if (applied.length === 0) break;

    // A fix whose finding is still there afterwards made no progress; applying it again would loop.
    const before = countFindings(result.diagnostics);
    const after = countFindings(next.diagnostics);
    const ineffective = applied.filter((fix) => {
      const finding = findingOf.get(fix);
      return finding !== undefined && (after.get(findingKey(finding)) ?? 0) >= (before.get(findingKey(finding)) ?? 0);
    });
    if (ineffective.length > 0) {
      holdBack(ineffective);
      applied = applied.filter((fix) => !ineffective.includes(fix));
      if (applied.length === 0) continue;
      edited = applyAll(current, applied);
      // What passed the guard together may not pass without the fixes just taken out.
      guarded(false);
      if (applied.length === 0) continue;
    }

    // Every pass must leave fewer fixable findings: one that does not is going round in circles (a fix
    // whose finding comes back under another message), so it is not applied and fixing ends here.
    const fixable = (diagnostics: readonly Diagnostic[]): number => diagnostics.filter((diagnostic) => diagnostic.fix).length;
    if (fixable(next.diagnostics) >= fixable(result.diagnostics)) {
      holdBack(applied);
      break;
    }

    passes++;
    fixCount += applied.length;
    current = edited;
    result = next;
  }
  // Only what is still reported at the end: a held-back key can come back as a different finding that got fixed.
  const remaining = new Set(result.diagnostics.map(findingKey));
  const withheld = [...heldBack].filter(([key]) => remaining.has(key)).map(([, fix]) => fix);
  // A held-back fix is no longer offered as one: what is left is for a person to fix.
  const diagnostics = result.diagnostics.map((diagnostic) => {
    if (!diagnostic.fix || !heldBack.has(findingKey(diagnostic))) return diagnostic;
    const { fix: _heldBack, ...rest } = diagnostic;
    return rest;
  });
  return { ...result, diagnostics, text: current, fixCount, passes, withheld };
}
