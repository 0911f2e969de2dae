// `npx tsx fuzz/guard-bench.ts` (from packages/core; CASES=0,1,2 ROUNDS=7): CPU time of "each fix alone" on fuzz
// cases of seed 20261202, `guardFix` per fix (the whole edited text parsed each time: the baseline) against one
// `createFixGuard` (its first check included), interleaved in one process, medians; then a check after the
// first. Ratios only mean something measured together: the machine is shared.
import { createFixGuard, guardFix, lintSurvey, type Fix } from '../src/index.js';
import { fuzzCases } from './fuzz-inputs.js';

const config = { organisations: ['Region Skåne', 'Region Gotland', 'Region Örebro län'] };
const rounds = Number(process.env['ROUNDS'] ?? 7);
const cpuMs = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const caseOf = fuzzCases(20261202);

for (const index of (process.env['CASES'] ?? '0,1,2').split(',').map(Number)) {
  const { text, recipe } = caseOf(index);
  const { survey, diagnostics } = lintSurvey(text, { config });
  const fixes: Fix[] = diagnostics.flatMap((diagnostic) => (diagnostic.fix ? [diagnostic.fix] : []));
  if (fixes.length === 0) continue;
  const runs = { whole: [] as number[], guard: [] as number[], later: [] as number[] };
  const whole = (): void => {
    for (const fix of fixes) guardFix(text, survey, fix, config);
  };
  const guarded = (): void => {
    const guard = createFixGuard(text, survey, config);
    for (const fix of fixes) guard.check(fix);
    const began = cpuMs();
    for (const fix of fixes) guard.check(fix);
    runs.later.push((cpuMs() - began) / fixes.length);
  };
  whole();
  guarded();
  runs.later.length = 0;
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of (round % 2 ? [['guard', guarded], ['whole', whole]] : [['whole', whole], ['guard', guarded]]) as ['whole' | 'guard', () => void][]) {
      const began = cpuMs();
      run();
      // The guard's run also timed its second pass over the fixes: count the first pass only.
      runs[name].push(cpuMs() - began - (name === 'guard' ? runs.later.at(-1)! * fixes.length : 0));
    }
  }
  const [w, g] = [median(runs.whole), median(runs.guard)];
  console.log(
    `case ${index} (${text.length.toLocaleString('en')} characters, ${fixes.length} fixes; ${recipe.slice(0, 60)}): guardFix each ${w.toFixed(0)} ms, ` +
      `createFixGuard ${g.toFixed(0)} ms (${(w / g).toFixed(1)}×), a check after the first ${median(runs.later).toFixed(2)} ms a fix (guardFix ${(w / fixes.length).toFixed(2)} ms)`,
  );
}
