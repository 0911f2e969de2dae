// How lintSurvey's cost grows with the survey's size (to set the CLI's and server's size limit) and with the
// number of organisations answering one question (the inferred roster's near-duplicate search). CPU time of
// this process (the machine is shared, so wall time says little), peak RSS, and the cost per megabyte or per
// organisation relative to the smallest size of the same run: flat ratios mean linear.
// Run after a build: pnpm --filter @rus-survey/bench size-scaling [max MB, default 10]
import { lintSurvey } from '@rus-survey/core';
import { names, random, survey } from './surveys.mjs';

const cpuMs = (run) => {
  const start = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(start);
  return [result, (used.user + used.system) / 1000];
};
const maxMb = Number(process.argv[2] ?? 10);

// Surveys of about 1, 2, 5 and 10 MB: the 290 municipalities answering more and more questions.
const municipalities = names('sweden-municipalities');
const perQuestion = survey({ organisations: municipalities, questions: 4 }).length / 4;
console.log('| size | questions | lint CPU (s) | s per MB | vs 1 MB | RSS after (MB) |');
console.log('| --- | --- | --- | --- | --- | --- |');
let base = 0;
lintSurvey(survey({ organisations: municipalities, questions: 4 }));
for (const mb of [1, 2, 5, 10].filter((size) => size <= maxMb)) {
  const questions = Math.max(1, Math.round((mb * 1_000_000) / perQuestion));
  const text = survey({ organisations: municipalities, questions, seed: mb });
  const [result, ms] = cpuMs(() => lintSurvey(text));
  const perMb = ms / 1000 / (text.length / 1_000_000);
  base ||= perMb;
  console.log(`| ${(text.length / 1_000_000).toFixed(1)} MB | ${questions} | ${(ms / 1000).toFixed(1)} | ${perMb.toFixed(2)} | ${(perMb / base).toFixed(2)} | ${(process.memoryUsage().rss / 1e6).toFixed(0)} |`);
  void result;
}

// One question answered by n invented organisations (no roster: the roster is inferred from the answers).
const letters = 'abcdefghijklmnopqrstuvwxyzåäö';
const organisationsSurvey = (n) => {
  const next = random(n);
  const lines = ['# Enkät', '', '> Notis.', '', '## Del ett', '', '### 1. Fråga?', '', '| Organisation | Svar |', '| --- | --- |'];
  for (let i = 0; i < n; i++) lines.push(`| Förening ${Array.from({ length: 5 + Math.floor(next() * 6) }, () => letters[Math.floor(next() * letters.length)]).join('')} | Svar. |`);
  return `${lines.join('\n')}\n`;
};
console.log('\n| organisations | lint CPU (s) | ms per organisation | vs 1,000 |');
console.log('| --- | --- | --- | --- |');
let perOrganisationBase = 0;
for (const n of [1000, 5000, 20000]) {
  const [, ms] = cpuMs(() => lintSurvey(organisationsSurvey(n)));
  perOrganisationBase ||= ms / n;
  console.log(`| ${n.toLocaleString('en')} | ${(ms / 1000).toFixed(1)} | ${(ms / n).toFixed(2)} | ${(ms / n / perOrganisationBase).toFixed(2)} |`);
}
