import { lintSurvey, type LintOptions, type LintResult } from '../lint/lint-survey.js';
import { applyFixesDetailed } from './apply-fixes.js';

export interface FixSurveyResult extends LintResult {
  /** The fixed text. */
  text: string;
  /** How many fixes were applied over all passes. */
  fixCount: number;
  passes: number;
}

const MAX_PASSES = 10;

/**
 * Lints and applies fixes until nothing fixable is left (at most ten passes, as ESLint does), so fixing
 * the result again changes nothing. Returns the final text and what is still reported on it.
 */
export function fixSurvey(text: string, options: LintOptions = {}): FixSurveyResult {
  let current = text;
  let fixCount = 0;
  let result = lintSurvey(current, options);
  let passes = 0;
  while (passes < MAX_PASSES) {
    const pass = applyFixesDetailed(current, result.diagnostics);
    if (pass.applied.length === 0 || pass.text === current) break;
    passes++;
    fixCount += pass.applied.length;
    current = pass.text;
    result = lintSurvey(current, options);
  }
  return { ...result, text: current, fixCount, passes };
}
