// The fuzzer's inputs: real surveys (the example, the property tests' generator), hostile shapes from issue 11,
// and mutations of them. Deterministic: case `i` of seed `s` is always the same text and config.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { ROSTER_PRESET_ORGANISATIONS, type ConfigFile } from '../src/index.js';
import { surveyArbitrary } from '../test/generators/survey-generator.js';

/**
 * The largest text a case has: the size the CLI and the language server read a survey up to (`DEFAULT_MAX_BYTES`
 * in packages/node; what is larger is refused before core sees it). A huge line repeated 200 times would
 * otherwise make cases of 40 MB.
 */
export const MAX_CASE_CHARACTERS = 4 * 1024 * 1024;

export interface FuzzCase {
  index: number;
  /** How the text was made, to reproduce and to name the slowest case. */
  recipe: string;
  text: string;
  /** A config file's text to load, hostile or not. */
  configFile: ConfigFile;
}

const example = readFileSync(new URL('../../../examples/rus-natverket-2018.survey.md', import.meta.url), 'utf8');

/** A small seeded random source (mulberry32), so a case is its index and seed alone. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE: readonly string[] = [
  '>'.repeat(8000) + ' x',
  '- '.repeat(8000) + 'x',
  Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'),
  '*'.repeat(16_000) + 'x' + '*'.repeat(16_000),
  '*a '.repeat(3000) + 'b* '.repeat(3000),
  '![a '.repeat(2000) + '](u) '.repeat(2000),
  '['.repeat(5000) + 'x' + ']'.repeat(5000),
  Array.from({ length: 600 }, (_, i) => '`'.repeat((i % 40) + 1) + 'a').join(' '),
  `| Organisation | Svar |\n| --- | --- |\n${'| Region | x |\n'.repeat(3000)}`,
  `| Organisation | ${'x | '.repeat(2000)}\n| --- | ${'--- | '.repeat(2000)}\n| A | ${'y | '.repeat(2000)}`,
  'x'.repeat(200_000),
  '<!-- rus-survey-disable-file RUS002 -->\n'.repeat(200),
  '#### \n'.repeat(500),
  '<p>'.repeat(2000),
  '\\<p> <!-- <p> --> `<p>`',
];

const HOSTILE_CONFIGS: readonly ConfigFile[] = [
  { filename: '.rus-survey.json', text: '{ "organisations": ["Region Skåne", "Region Gotland"] }' },
  { filename: '.rus-survey.json', text: `{"rules": ${'['.repeat(50_000)}` },
  { filename: '.rus-survey.json', text: '{ "rules": { "__proto__": "off", "constructor": "error" } }' },
  { filename: '.rus-survey.jsonc', text: '{ "extends": ["a.json", "a.json"], "rules": { "RUS002": "info", }, }' },
  { filename: '.rus-survey.yaml', text: `organisations: ${'['.repeat(50_000)}` },
  { filename: '.rus-survey.yaml', text: 'a: &a [*a, *a]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b, *b]\n' },
  { filename: '.rus-survey.yaml', text: 'organisations:\n  - preset: sweden-regions\nnoAnswer: ["Inget svar"]\nplaceholders: ["-"]\n' },
  { filename: '.rus-survey.yml', text: 'rules:\n\tRUS002: error\r\n"unterminated' },
];

const FRONT_MATTERS: readonly string[] = [
  '---\rrus-survey: true\rtitle: CR\r---\r',
  '---\nrus-survey: true\norganisations: [Region Skåne, *x]\n---\n',
  '---\ntitle: [\n---\n',
  `---\norganisations: ${'['.repeat(5000)}\n---\n`,
  '---\n---\n',
  '\uFEFF---\r\nrus-survey: true\r\n---\r\n',
];

function generatedSurveys(seed: number): string[] {
  const names = [...ROSTER_PRESET_ORGANISATIONS['sweden-regions'] ?? []].map((entry) => (typeof entry === 'string' ? entry : entry.name));
  return fc.sample(surveyArbitrary({ names, defects: true, maxOrganisations: 10, maxQuestions: 8 }), { seed, numRuns: 24 }).map((survey) => survey.text);
}

const pick = <T>(rnd: () => number, items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
const int = (rnd: () => number, max: number): number => Math.floor(rnd() * max);

type Mutation = (text: string, rnd: () => number) => [string, string];

/** Lines with their breaks, whichever the survey uses (a CR-only survey is not one long line). */
const lineSplit = (text: string): string[] => text.split(/(?<=\n|\r(?!\n))/);

const MUTATIONS: readonly Mutation[] = [
  (text, rnd) => {
    const chars = [...text];
    const n = 1 + int(rnd, 8);
    for (let k = 0; k < n && chars.length; k++) chars[int(rnd, chars.length)] = String.fromCharCode(int(rnd, 0x3000));
    return [chars.join(''), `flip ${n} chars`];
  },
  (text, rnd) => {
    const lines = lineSplit(text);
    const at = int(rnd, lines.length + 1);
    return [lines.slice(0, at).join(''), `truncate at line ${at}`];
  },
  (text, rnd) => {
    const lines = lineSplit(text);
    const at = int(rnd, lines.length);
    const count = 1 + int(rnd, 12);
    lines.splice(at, count);
    return [lines.join(''), `delete ${count} lines at ${at}`];
  },
  (text, rnd) => {
    const lines = lineSplit(text);
    const at = int(rnd, lines.length);
    const block = lines.slice(at, at + 1 + int(rnd, 20));
    lines.splice(int(rnd, lines.length), 0, ...block, ...(rnd() < 0.3 ? block : []));
    return [lines.join(''), `duplicate ${block.length} lines from ${at}`];
  },
  (text, rnd) => {
    const lineBreak = pick(rnd, ['\r', '\r\n', '\n\r']);
    return [text.replace(/\r?\n/g, lineBreak), `line breaks ${JSON.stringify(lineBreak)}`];
  },
  (text, rnd) => {
    const at = int(rnd, text.length + 1);
    const bad = pick(rnd, ['\uFEFF', '\0', '\u0007', '\u001b[2K', '\uD800', '\uDFFF', '\u2028', '\u0085', '\t', '\v\f']);
    return [text.slice(0, at) + bad + text.slice(at), `insert ${JSON.stringify(bad)} at ${at}`];
  },
  (text, rnd) => {
    const lines = lineSplit(text);
    const at = int(rnd, lines.length + 1);
    const hostile = pick(rnd, HOSTILE);
    lines.splice(at, 0, `\n${hostile}\n\n`);
    return [lines.join(''), `hostile #${HOSTILE.indexOf(hostile)} at line ${at}`];
  },
  (text, rnd) => {
    const frontMatter = pick(rnd, FRONT_MATTERS);
    return [frontMatter + text.replace(/^---[\s\S]*?\n---\n/, ''), `front matter #${FRONT_MATTERS.indexOf(frontMatter)}`];
  },
  (text, rnd) => {
    const lines = lineSplit(text);
    const at = int(rnd, lines.length);
    const [, line = '', lineBreak = '\n'] = /^(.*?)(\r\n|\r|\n)?$/s.exec(lines[at] ?? '') ?? [];
    const room = Math.floor((MAX_CASE_CHARACTERS - text.length) / Math.max(1, line.length)) + 1;
    lines[at] = line.repeat(Math.max(1, Math.min(2 + int(rnd, 200), room))) + lineBreak;
    return [lines.join(''), `huge line ${at}`];
  },
  (text, rnd) => {
    const swaps = ['|', '\\|', '#', '####', '>', '<br>', '<p>', '\\', '*', '_', '`', '<!--', '-->', '---', '1.'];
    const at = int(rnd, text.length + 1);
    const s = pick(rnd, swaps);
    return [text.slice(0, at) + s + text.slice(at), `insert ${JSON.stringify(s)}`];
  },
];

/** The inputs of one run: case `index` of `seed`, from the example, a generated survey or a hostile shape. */
export function fuzzCases(seed: number): (index: number) => FuzzCase {
  const generated = generatedSurveys(seed);
  const bases: { name: string; text: string }[] = [
    { name: 'example', text: example },
    ...generated.map((text, i) => ({ name: `generated #${i}`, text })),
    ...HOSTILE.map((text, i) => ({ name: `hostile #${i}`, text: `# T\n\n## P\n\n### 1. Q\n\n${text}\n` })),
  ];
  return (index) => {
    const rnd = random(seed * 1_000_003 + index);
    const base = rnd() < 0.35 ? bases[0]! : pick(rnd, bases);
    let text = base.text;
    const steps: string[] = [base.name];
    const mutations = int(rnd, 4);
    for (let k = 0; k < mutations; k++) {
      const [next, what] = pick(rnd, MUTATIONS)(text, rnd);
      text = next;
      steps.push(what);
    }
    if (text.length > MAX_CASE_CHARACTERS) {
      text = text.slice(0, MAX_CASE_CHARACTERS);
      steps.push('cut at the size limit');
    }
    return { index, recipe: steps.join(' → '), text, configFile: pick(rnd, HOSTILE_CONFIGS) };
  };
}
