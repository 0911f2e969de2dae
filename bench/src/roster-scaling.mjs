// The inferred roster (grouping by known organisation, then the near-duplicate search) against the parse of the
// same text, as the number of answering names grows: the ratio must stay flat if the search is linear.
// Interleaved runs, a warm-up, medians. Run after a build: pnpm --filter @rus-survey/bench roster-scaling
import { buildSurvey, resolveRosterDetailed } from '@rus-survey/core';
import { random } from './surveys.mjs';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const time = (run) => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

/** n invented organisation names (not known ones, so every name is a candidate), each answering 1–3 of 10 questions. */
function survey(n, seed) {
  const next = random(seed);
  const letters = 'abcdefghijklmnopqrstuvwxyzåäö';
  const names = Array.from({ length: n }, () => `Förening ${Array.from({ length: 5 + Math.floor(next() * 6) }, () => letters[Math.floor(next() * letters.length)]).join('')}`);
  const lines = ['# Enkät', '', '> Notis.', '', '## Del ett', ''];
  for (let q = 1; q <= 10; q++) {
    lines.push(`### ${q}. Fråga?`, '', '| Organisation | Svar |', '| --- | --- |');
    names.forEach((name, i) => {
      if ((i + q) % 4 === 0 || next() < 0.1) lines.push(`| ${name} | Svar ${q}. |`);
    });
    lines.push('');
  }
  return lines.join('\n');
}

console.log('| names | parse (ms) | inferred roster (ms) | roster / parse |');
console.log('| --- | --- | --- | --- |');
for (const n of [290, 2000, 5000, 20000]) {
  const text = survey(n, n);
  resolveRosterDetailed(buildSurvey(text));
  const parse = [];
  const roster = [];
  for (let round = 0; round < 5; round++) {
    let model;
    parse.push(time(() => (model = buildSurvey(text))));
    // A model of its own each round: core keeps the roster it resolved per model, so a second call is a cache hit.
    roster.push(time(() => resolveRosterDetailed(model)));
  }
  const p = median(parse);
  const r = median(roster);
  console.log(`| ${n} | ${p.toFixed(0)} | ${r.toFixed(1)} | ${(r / p).toFixed(3)} |`);
}
