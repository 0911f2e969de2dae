// A seeded generator of the benchmark's surveys, answered by core's real Swedish organisations: the same seed
// gives the same text. S = 10 organisations × 9 questions (~19 KB), M = 21 × 20 (~85 KB), L = 290 municipalities
// × 40 questions (~2.1 MB, table form), L-sections = L with one `####` section per answer. Also the generator of
// real-names.mjs, roster-scaling.mjs and size-scaling.mjs (sparse surveys through `answerRate`).
import { ROSTER_PRESET_ORGANISATIONS } from '@rus-survey/core';

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
  'uppföljning analys kommunerna länsstyrelsen samverkan projekt utlysningar 1:1-medel VP:n agendor ' +
  'strategin genomförande partnerskapet tillväxt kompetensförsörjning infrastruktur landsbygd'
).split(' ');

/** The names of one of core's roster presets ('sweden-regions', 'sweden-municipalities', …). */
export const names = (preset) => ROSTER_PRESET_ORGANISATIONS[preset].map((organisation) => organisation.name);

/**
 * One survey: `organisations` answer each of `questions` questions, in table or section form.
 * answerRate: the share of (question, organisation) pairs answered; below 1 each question keeps at least one
 * answer. At 1 no random number is drawn for it, so the sizes above stay the same text for the same seed.
 */
export function survey({ organisations, questions, seed = 1, form = 'table', answerRate = 1 }) {
  const next = random(seed);
  const sentence = () => {
    const words = Array.from({ length: 10 + Math.floor(next() * 20) }, () => WORDS[Math.floor(next() * WORDS.length)]);
    return `${words.join(' ')}.`;
  };
  const lines = ['---', 'rus-survey: true', 'date: 2026-03-01', '---', '', '# Nationell enkät om regional utveckling', ''];
  lines.push('> Tänk på att detta är ett diskussionsunderlag för nätverket, vill du använda materialet i något annat sammanhang, kontakta deltagarna i nätverket och stäm av.', '');
  for (let q = 1; q <= questions; q++) {
    if (q === 1) lines.push('## Del ett: RUSen som styrinstrument', '');
    if (q === Math.floor(questions / 2) + 1) lines.push('## Del två: RUSens aktualitet', '');
    lines.push(`### ${q}. Hur används RUSen i fråga ${q}?`, '');
    const answering = answerRate < 1 ? organisations.filter(() => next() < answerRate) : organisations;
    if (answering.length === 0 && organisations.length > 0) answering.push(organisations[q % organisations.length]);
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

export const sizes = {
  S: () => survey({ organisations: names('sweden-regions').slice(0, 10), questions: 9, seed: 1 }),
  M: () => survey({ organisations: names('sweden-regions'), questions: 20, seed: 2 }),
  L: () => survey({ organisations: names('sweden-municipalities'), questions: 40, seed: 3 }),
  'L-sections': () => survey({ organisations: names('sweden-municipalities'), questions: 40, seed: 3, form: 'sections' }),
};

/** 1,000 different S files (seeds 1000–1999). */
export const manySmall = (count = 1000) =>
  Array.from({ length: count }, (_, i) => survey({ organisations: names('sweden-regions').slice(0, 10), questions: 9, seed: 1000 + i }));
