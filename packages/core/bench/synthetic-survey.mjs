// A seeded generator of surveys answered by real Swedish organisations, for benchmarks: the same seed gives the
// same text. Sizes as the issues name them: S = 10 × 9, M = 21 × 20, L = 290 municipalities × 40 questions.
import { ROSTER_PRESET_ORGANISATIONS } from '../dist/index.js';

/** mulberry32: small, fast, deterministic. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'RUS:en styr prioriteringar av aktiviteter och finansieringar vi följer upp hur många mål som är uppnådda ' +
  'verksamhetsplanen konkretiserar handlingar under året kopplingen kan bli tydligare regionplanen bygger på ' +
  'uppföljning analys kommunerna länsstyrelsen samverkan projekt utlysningar 1:1-medel VP:n agendor'
).split(' ');

/**
 * @param {{ organisations: readonly string[], questions: number, seed?: number, form?: 'table' | 'sections', answerRate?: number }} options
 * answerRate: the share of (question, organisation) pairs answered (1 = everyone answers everything).
 */
export function syntheticSurvey({ organisations, questions, seed = 1, form = 'table', answerRate = 1 }) {
  const next = random(seed);
  const sentence = () => Array.from({ length: 6 + Math.floor(next() * 18) }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ') + '.';
  const lines = ['---', 'rus-survey: true', '---', '', '# Nationell enkät om regional utveckling', '', '> Tänk på att detta är ett diskussionsunderlag för nätverket.', ''];
  for (let q = 1; q <= questions; q++) {
    if (q === 1) lines.push('## Del ett: RUSen som styrinstrument', '');
    if (q === Math.floor(questions / 2) + 1) lines.push('## Del två: RUSens aktualitet', '');
    lines.push(`### ${q}. Fråga ${q} om hur RUSen används?`, '');
    const answering = organisations.filter(() => next() < answerRate);
    if (answering.length === 0) answering.push(organisations[q % organisations.length]);
    if (form === 'table') {
      lines.push('| Organisation | Svar |', '| --- | --- |');
      for (const name of answering) lines.push(`| ${name} | ${sentence()} |`);
      lines.push('');
    } else {
      for (const name of answering) lines.push(`#### ${name}`, '', sentence(), '');
    }
  }
  return lines.join('\n');
}

export const names = (preset) => ROSTER_PRESET_ORGANISATIONS[preset].map((organisation) => organisation.name);
