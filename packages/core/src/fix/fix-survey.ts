import { lintSurvey, type LintOptions, type LintResult } from '../lint/lint-survey.js';
import type { Fix } from '../schema/diagnostic.js';
import { applyFixes, applyFixesDetailed } from './apply-fixes.js';
import { keepsAnswerText } from './answer-text-guard.js';

export interface FixSurveyResult extends LintResult {
  /** The fixed text. */
  text: string;
  /** How many fixes were applied over all passes. */
  fixCount: number;
  passes: number;
  /** Fixes held back because applying them would have moved words out of an answer. */
  withheld: Fix[];
}

const MAX_PASSES = 10;

/**
 * Lints and applies fixes until nothing fixable is left (at most ten passes, as ESLint does), so fixing
 * the result again changes nothing. Each pass is checked: if the re-parsed survey lost any word of any
 * answer, the pass is redone fix by fix and the fixes that cause the loss are held back.
 */
export function fixSurvey(text: string, options: LintOptions = {}): FixSurveyResult {
  let current = text;
  let result = lintSurvey(current, options);
  let fixCount = 0;
  let passes = 0;
  let withheld: Fix[] = [];
  while (passes < MAX_PASSES) {
    const pass = applyFixesDetailed(current, result.diagnostics);
    if (pass.applied.length === 0 || pass.text === current) break;
    let next = lintSurvey(pass.text, options);
    let applied = pass.applied;
    withheld = [];
    if (!keepsAnswerText(result.survey, next.survey)) {
      applied = [];
      for (const fix of pass.applied) {
        const candidate = lintSurvey(applyFixes(current, [...applied, fix].map((f) => ({ fix: f }))), options);
        if (keepsAnswerText(result.survey, candidate.survey)) applied.push(fix);
        else withheld.push(fix);
      }
      if (applied.length === 0) break;
      next = lintSurvey(applyFixes(current, applied.map((fix) => ({ fix }))), options);
    }
    passes++;
    fixCount += applied.length;
    current = applyFixes(current, applied.map((fix) => ({ fix })));
    result = next;
  }
  return { ...result, text: current, fixCount, passes, withheld };
}
