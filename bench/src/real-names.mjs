// How often RUS004 calls a real Swedish organisation a misspelling of another (target: never), and what --fix
// would rename, on surveys answered by Sweden's regions and municipalities, dense and sparse.
// Run after a build: pnpm --filter @rus-survey/bench real-names
import { allQuestions, fixSurvey, lintSurvey } from '@rus-survey/core';
import { names, random, survey } from './surveys.mjs';

const organisationsIn = (text) => new Set(allQuestions(lintSurvey(text, { only: ['RUS010'] }).survey).flatMap((q) => q.answers.map((a) => a.organisation.text)));

const cases = [
  ['21 regions × 9, everyone answers', { organisations: names('sweden-regions'), questions: 9 }],
  ['21 regions × 9, 30 % answer', { organisations: names('sweden-regions'), questions: 9, answerRate: 0.3 }],
  ['290 municipalities × 40 (L)', { organisations: names('sweden-municipalities'), questions: 40 }],
  ['290 municipalities × 40, 5 % answer', { organisations: names('sweden-municipalities'), questions: 40, answerRate: 0.05 }],
  ['290 municipalities × 3, sections, 30 % answer', { organisations: names('sweden-municipalities'), questions: 3, answerRate: 0.3, form: 'sections' }],
  ['21 county boards + 25 national bodies × 9, 20 % answer', { organisations: [...names('sweden-county-boards'), ...names('sweden-national-bodies')], questions: 9, answerRate: 0.2 }],
];

console.log('| survey | size | RUS004 (inferred roster) | names --fix removes or adds |');
console.log('| --- | --- | --- | --- |');
for (const [label, options] of cases) {
  let findings = 0;
  let renamed = 0;
  let size = 0;
  for (const seed of [1, 2, 3]) {
    const text = survey({ ...options, seed });
    size = text.length;
    findings += lintSurvey(text).diagnostics.filter((d) => d.ruleId === 'RUS004').length;
    const before = organisationsIn(text);
    const after = organisationsIn(fixSurvey(text).text);
    // RUS002 adds rows for the organisations that skipped a question; a rename shows as a name gone or new.
    renamed += [...before].filter((name) => !after.has(name)).length + [...after].filter((name) => !before.has(name)).length;
  }
  console.log(`| ${label} (3 seeds) | ${(size / 1024).toFixed(0)} KB | ${findings} | ${renamed} |`);
}

// Typos planted in one answer of a 21-region survey: how many RUS004 catches, naming the right region.
const typo = (name, next) => {
  const words = name.split(' ');
  const at = words.length > 1 ? 1 + Math.floor(next() * (words.length - 1)) : 0;
  const word = words[at];
  const i = Math.floor(next() * word.length);
  const kinds = [
    () => word.slice(0, i) + word.slice(i + 1), // a letter dropped
    () => word.slice(0, i) + word[i] + word.slice(i), // a letter doubled
    () => word.normalize('NFD').replace(/\p{M}/gu, ''), // å, ä, ö typed as a, a, o
  ];
  words[at] = kinds[Math.floor(next() * kinds.length)]();
  return words.join(' ');
};
const regions = names('sweden-regions');
let planted = 0;
let caught = 0;
let certain = 0;
const next = random(7);
for (let trial = 0; trial < 60; trial++) {
  const text = survey({ organisations: regions, questions: 9, seed: 100 + trial });
  const victim = regions[Math.floor(next() * regions.length)];
  const misspelt = typo(victim, next);
  if (misspelt === victim) continue;
  const question = 1 + Math.floor(next() * 9);
  const block = text.indexOf(`### ${question}. `);
  const row = text.indexOf(`| ${victim} |`, block);
  const edited = `${text.slice(0, row)}| ${misspelt} |${text.slice(row + victim.length + 4)}`;
  planted++;
  const found = lintSurvey(edited).diagnostics.find((d) => d.ruleId === 'RUS004' && d.data?.organisation === misspelt);
  if (found?.data?.suggestion === victim) {
    caught++;
    if (found.fix) certain++;
  }
}
console.log(`\nTypos planted in a 21-region survey: ${planted}; reported with the right suggestion: ${caught}; of those fixed by --fix (certain): ${certain}.`);
