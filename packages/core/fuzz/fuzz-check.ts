// One fuzz case through everything a user's file reaches: config, parse, lint, each fix alone (with the guard),
// fixSurvey, serialize, compare and the compare UI's view model. Returns what went wrong, never throws.
import { cpuUsage } from 'node:process';
import {
  applyFixes,
  compareMatrix,
  createFixGuard,
  fixSurvey,
  lintSurvey,
  loadConfig,
  serializeSurvey,
  type LintResult,
  type SourceRange,
} from '../src/index.js';
import { buildViewModel } from '../../compare-ui/src/view-model.js';
import type { FuzzCase } from './fuzz-inputs.js';

export type FuzzStep = 'loadConfig' | 'lint' | 'each fix alone' | 'serialize' | 'compare' | 'fixSurvey';

export interface FuzzOutcome {
  index: number;
  recipe: string;
  size: number;
  ms: number;
  /** CPU time of each step that ran, ms (user + system of the whole process, so run one case at a time). */
  steps: Partial<Record<FuzzStep, number>>;
  failures: string[];
}

function rangeProblem(text: string, range: SourceRange | undefined, what: string): string | null {
  if (!range) return null;
  const { start, end } = range;
  if (!(start.offset >= 0 && start.offset <= end.offset && end.offset <= text.length)) return `${what}: range ${start.offset}–${end.offset} outside 0–${text.length}`;
  return null;
}

export function checkCase(input: FuzzCase): FuzzOutcome {
  const failures: string[] = [];
  const steps: FuzzOutcome['steps'] = {};
  const began = performance.now();
  const step = <T>(name: FuzzStep, run: () => T): T | undefined => {
    const before = cpuUsage();
    try {
      return run();
    } catch (error) {
      failures.push(`${name} threw: ${error instanceof Error ? `${error.message}\n${error.stack?.split('\n').slice(1, 4).join('\n')}` : String(error)}`);
      return undefined;
    } finally {
      const used = cpuUsage(before);
      steps[name] = (used.user + used.system) / 1000;
    }
  };
  step('loadConfig', () => {
    const loaded = loadConfig(input.configFile, { resolveExtends: (reference) => (reference === 'a.json' ? input.configFile : undefined) });
    for (const error of loaded.errors) if (!(error.line >= 1 && error.column >= 1)) failures.push(`config error without a location: ${error.message}`);
  });
  const { text } = input;
  const config = { organisations: ['Region Skåne', 'Region Gotland', 'Region Örebro län'] };
  const linted: LintResult | undefined = step('lint', () => {
    const result = lintSurvey(text, { config });
    for (const diagnostic of result.diagnostics) {
      const problem = rangeProblem(text, diagnostic.range, diagnostic.ruleId);
      if (problem) failures.push(problem);
      for (const edit of diagnostic.fix?.edits ?? []) {
        const editProblem = rangeProblem(text, edit.range, `${diagnostic.ruleId} fix`);
        if (editProblem) failures.push(editProblem);
      }
    }
    return result;
  });
  if (linted) {
    const { survey, diagnostics } = linted;
    step('each fix alone', () => {
      // guardFix's verdicts, parsing only the blocks each fix changes (test/fix-guard.test.ts checks they agree).
      const guard = createFixGuard(text, survey, config);
      for (const diagnostic of diagnostics) {
        if (!diagnostic.fix) continue;
        applyFixes(text, [diagnostic]);
        guard.check(diagnostic.fix);
      }
    });
    step('serialize', () => serializeSurvey(survey));
    step('compare', () => buildViewModel(compareMatrix([{ uri: 'file:///fuzz.survey.md', survey, config }])));
  }
  step('fixSurvey', () => fixSurvey(text, { config }));
  return { index: input.index, recipe: input.recipe, size: text.length, ms: performance.now() - began, steps, failures };
}
