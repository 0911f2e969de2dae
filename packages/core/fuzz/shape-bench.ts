// `npx tsx fuzz/shape-bench.ts` (from packages/core; ROUNDS=3, SHAPES=a,b filters by name, BASELINE=<commit>
// or `none`): CPU time of the fuzz-check steps (lint, each fix alone through one `createFixGuard`, fixSurvey) on
// the hostile shapes the fuzzer found slow, at its sizes: the base case (`# T … ### 1. Q` then the shape), one
// of its lines repeated 200× on one line ("huge line"), and the whole case with CR line breaks repeated 200×
// (the mutator splits at `\n` only, so a CR survey is one line). The baseline is the core's source at BASELINE
// (default: the commit this branch started from), exported next to node_modules and imported in the same
// process; the two run interleaved, medians. Ratios only mean something measured together: the machine is shared.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type Core = typeof import('../src/index.js');

const config = { organisations: ['Region Skåne', 'Region Gotland', 'Region Örebro län'] };
const rounds = Number(process.env['ROUNDS'] ?? 3);
const baselineCommit = process.env['BASELINE'] ?? '70390e1';
const only = process.env['SHAPES']?.split(',');

const cpuMs = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const HOSTILE: Record<string, string> = {
  '#0 8,000 >': '>'.repeat(8000) + ' x',
  '#2 300-deep list': Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'),
  '#5 2,000 nested images': '![a '.repeat(2000) + '](u) '.repeat(2000),
  '#7 600 code spans': Array.from({ length: 600 }, (_, i) => '`'.repeat((i % 40) + 1) + 'a').join(' '),
  '#9 2,000 columns': `| Organisation | ${'x | '.repeat(2000)}\n| --- | ${'--- | '.repeat(2000)}\n| A | ${'y | '.repeat(2000)}`,
};

const base = (hostile: string): string => `# T\n\n## P\n\n### 1. Q\n\n${hostile}\n`;
/** The fuzzer's "huge line": line `at` (of the `\n`-split text) repeated `times` on one line. */
function hugeLine(text: string, at: number, times: number): string {
  const lines = text.split(/(?<=\n)/);
  lines[at] = lines[at]!.replace(/\r?\n?$/, '').repeat(times) + '\n';
  return lines.join('');
}

function shapes(): { name: string; text: string }[] {
  const list: { name: string; text: string }[] = [];
  for (const [name, hostile] of Object.entries(HOSTILE)) {
    const text = base(hostile);
    const lines = text.split('\n');
    // The shape's longest line (the deepest one for the list).
    let longest = 0;
    for (let i = 0; i < lines.length; i++) if (lines[i]!.length > lines[longest]!.length) longest = i;
    list.push({ name, text });
    list.push({ name: `${name}, CRLF`, text: text.replace(/\n/g, '\r\n') });
    list.push({ name: `${name}, line ${longest} ×200`, text: hugeLine(text, longest, 200) });
    list.push({ name: `${name}, CR, all ×200`, text: hugeLine(text.replace(/\n/g, '\r'), 0, 200) });
  }
  return only ? list.filter((shape) => only.some((part) => shape.name.includes(part))) : list;
}

/** The core's source at `commit`, exported under node_modules/.cache so its imports resolve. */
async function loadBaseline(commit: string): Promise<Core | null> {
  if (commit === 'none') return null;
  const root = fileURLToPath(new URL('..', import.meta.url));
  const dir = `${root}node_modules/.cache/shape-bench/${commit}`;
  if (!existsSync(`${dir}/index.ts`)) {
    mkdirSync(dir, { recursive: true });
    // From the repository's top: git archive refuses a tree path from inside a subdirectory.
    execSync(`git archive ${commit}:packages/core/src | tar -x -C ${dir}`, { cwd: `${root}../..` });
  }
  return (await import(`${dir}/index.ts`)) as Core;
}

interface Steps {
  lint: number;
  fixes: number;
  fixSurvey: number;
  count: number;
  rus010: number;
}

function steps(core: Core, text: string): Steps {
  let began = cpuMs();
  const { survey, diagnostics } = core.lintSurvey(text, { config });
  const lint = cpuMs() - began;
  began = cpuMs();
  const guard = core.createFixGuard(text, survey, config);
  let count = 0;
  for (const diagnostic of diagnostics) {
    if (!diagnostic.fix) continue;
    core.applyFixes(text, [diagnostic]);
    guard.check(diagnostic.fix);
    count++;
  }
  const fixes = cpuMs() - began;
  began = cpuMs();
  core.fixSurvey(text, { config });
  const fixSurvey = cpuMs() - began;
  return { lint, fixes, fixSurvey, count, rus010: diagnostics.filter((d) => d.ruleId === 'RUS010').length };
}

const current = (await import('../src/index.js')) as Core;
const baseline = await loadBaseline(baselineCommit);
const format = (s: Steps): string => `lint ${s.lint.toFixed(0)}, ${s.count} fixes ${s.fixes.toFixed(0)}, fixSurvey ${s.fixSurvey.toFixed(0)} = ${(s.lint + s.fixes + s.fixSurvey).toFixed(0)} ms (RUS010 ×${s.rus010})`;
const medians = (runs: Steps[]): Steps => ({
  lint: median(runs.map((r) => r.lint)),
  fixes: median(runs.map((r) => r.fixes)),
  fixSurvey: median(runs.map((r) => r.fixSurvey)),
  count: runs[0]!.count,
  rus010: runs[0]!.rus010,
});

for (const { name, text } of shapes()) {
  const runs = { now: [] as Steps[], before: [] as Steps[] };
  for (let round = 0; round < rounds + 1; round++) {
    const order: ['now' | 'before', Core][] = [['now', current]];
    if (baseline) order[round % 2 ? 'push' : 'unshift'](['before', baseline]);
    for (const [which, core] of order) {
      const measured = steps(core, text);
      // The first round warms up.
      if (round > 0 || rounds === 0) runs[which].push(measured);
    }
  }
  const now = medians(runs.now);
  const total = (s: Steps): number => s.lint + s.fixes + s.fixSurvey;
  let line = `${name} (${text.length.toLocaleString('en')} chars): now ${format(now)}`;
  if (baseline) {
    const before = medians(runs.before);
    line += `; before ${format(before)}; ${(total(before) / total(now)).toFixed(1)}×`;
  }
  console.log(line);
}
