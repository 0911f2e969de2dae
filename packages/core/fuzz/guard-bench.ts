// `npx tsx fuzz/guard-bench.ts` (from packages/core; CASES=0,1,2,473 SURVEYS=L ROUNDS=5): CPU time of "each fix
// alone" on fuzz cases of seed 20261202 and on bench/src/surveys.mjs's L (290 municipalities × 40 questions,
// 2.3 MB) with a roster of the municipalities and 10 regions that do not answer (360 RUS002 fixes, each adding a
// row to a 290-row table). Each input: one `createFixGuard` over every fix (its first check included), then a
// check after the first (the mean of a second pass); `guardFix` per fix (the whole edited text parsed each
// time) where that takes less than about 20 s a round. BASELINE=<module exporting createFixGuard> (a copy of an
// older fix-guard.ts under packages/core) times that one too. Interleaved in one process, medians; ratios only
// mean something measured together: the machine is shared.
import { performance } from 'node:perf_hooks';
import { createFixGuard, fixSurvey, guardFix, lintSurvey, type Config, type Fix, type FixGuard, type Survey } from '../src/index.js';
import { fuzzCases } from './fuzz-inputs.js';

type CreateFixGuard = (text: string, survey: Survey, config?: Config) => Pick<FixGuard, 'check'>;

const rounds = Number(process.env['ROUNDS'] ?? 5);
const cpuMs = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const caseOf = fuzzCases(20261202);
// The bench package's generator (plain JavaScript, no types).
const surveysModule: string = '../../../bench/src/surveys.mjs';
const { names, sizes } = (await import(surveysModule)) as { names: (preset: string) => string[]; sizes: { L: () => string } };
const baseline: CreateFixGuard | null = process.env['BASELINE'] ? (await import(process.env['BASELINE'])).createFixGuard : null;

interface Input {
  name: string;
  text: string;
  config: Config;
}
const fuzzConfig = { organisations: ['Region Skåne', 'Region Gotland', 'Region Örebro län'] };
const inputs: Input[] = [
  ...(process.env['CASES'] ?? '0,1,2,473').split(',').filter(Boolean).map((index): Input => {
    const { text, recipe } = caseOf(Number(index));
    return { name: `case ${index} (${recipe.slice(0, 60)})`, text, config: fuzzConfig };
  }),
  ...(process.env['SURVEYS'] ?? 'L').split(',').filter((size) => size === 'L').map((): Input => ({
    name: 'L with 10 regions that do not answer',
    text: sizes.L(),
    config: { organisations: [...names('sweden-municipalities'), ...names('sweden-regions').slice(0, 10)] },
  })),
];

for (const { name, text, config } of process.env['GUARD'] === '0' ? [] : inputs) {
  const { survey, diagnostics } = lintSurvey(text, { config });
  const fixes: Fix[] = diagnostics.flatMap((diagnostic) => (diagnostic.fix ? [diagnostic.fix] : []));
  if (fixes.length === 0) continue;
  const runs = new Map<string, number[]>();
  const later = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, value: number): void => void map.set(key, [...(map.get(key) ?? []), value]);
  /** Every fix through one guard (CPU ms), then the mean of a check after the first. */
  const guarded = (key: string, create: CreateFixGuard) => (): number => {
    const began = cpuMs();
    const guard = create(text, survey, config);
    for (const fix of fixes) guard.check(fix);
    const first = cpuMs() - began;
    const again = cpuMs();
    for (const fix of fixes) guard.check(fix);
    push(later, key, (cpuMs() - again) / fixes.length);
    return first;
  };
  const contenders: [string, () => number][] = [['createFixGuard', guarded('createFixGuard', createFixGuard)]];
  if (baseline) contenders.push(['baseline', guarded('baseline', baseline)]);
  // guardFix parses the whole text per fix: timed on a probe first, left out when a round would take long.
  const probe = performance.now();
  guardFix(text, survey, fixes[0]!, config);
  if ((performance.now() - probe) * fixes.length < 20_000) {
    contenders.push([
      'guardFix each',
      () => {
        const began = cpuMs();
        for (const fix of fixes) guardFix(text, survey, fix, config);
        return cpuMs() - began;
      },
    ]);
  }
  for (const [, run] of contenders) run();
  later.clear();
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? [...contenders].reverse() : contenders;
    for (const [key, run] of order) push(runs, key, run());
  }
  const mine = median(runs.get('createFixGuard')!);
  const parts = contenders.map(([key]) => {
    const total = median(runs.get(key)!);
    const ratio = key === 'createFixGuard' ? '' : ` (${(total / mine).toFixed(1)}× createFixGuard's)`;
    const check = later.has(key) ? `, a check after the first ${median(later.get(key)!).toFixed(2)} ms` : '';
    return `${key} ${total.toFixed(0)} ms${ratio}${check}`;
  });
  console.log(`${name}: ${text.length.toLocaleString('en')} characters, ${fixes.length} fixes; ${parts.join('; ')}`);
}

// FIX_SURVEY=1: `fixSurvey` on the same inputs (GUARD=0: that alone) (BASELINE_FIX_SURVEY=<module exporting fixSurvey>: against it).
if (process.env['FIX_SURVEY']) {
  const contenders: [string, typeof fixSurvey][] = [['fixSurvey', fixSurvey]];
  if (process.env['BASELINE_FIX_SURVEY']) contenders.push(['baseline', (await import(process.env['BASELINE_FIX_SURVEY'])).fixSurvey]);
  for (const { name, text, config } of inputs) {
    const runs = new Map<string, number[]>();
    const outcomes = new Map<string, string>();
    for (let round = 0; round <= rounds; round++) {
      for (const [key, run] of round % 2 ? [...contenders].reverse() : contenders) {
        const began = cpuMs();
        const fixed = run(text, { config });
        // The first round warms up.
        if (round > 0) runs.set(key, [...(runs.get(key) ?? []), cpuMs() - began]);
        outcomes.set(key, `${fixed.passes} passes, ${fixed.fixCount} fixes, ${fixed.withheld.length} withheld`);
      }
    }
    const mine = median(runs.get('fixSurvey')!);
    console.log(
      `fixSurvey, ${name}: ` +
        contenders.map(([key]) => `${key} ${median(runs.get(key)!).toFixed(0)} ms${key === 'fixSurvey' ? '' : ` (${(median(runs.get(key)!) / mine).toFixed(2)}×)`} (${outcomes.get(key)})`).join('; '),
    );
  }
}
