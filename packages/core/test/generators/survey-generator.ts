// fast-check arbitraries that build well-formed survey texts together with a plain description of what
// they were built from. An independent oracle for property tests of fixes: nothing here imports the
// project's sources, so the description says what the text *was built from*, never what the parser reads.
import fc from 'fast-check';

export interface GeneratedAnswer {
  /** The organisation's canonical name (the one in `names` and in the roster). */
  organisation: string;
  /** The answer's words, in order; tags (`<p>`, `<br>`) and the continuation row's pipes are not words. */
  words: string[];
  /**
   * The name as the respondent wrote it: the canonical name, or the misspelt / shortened one of a `typo` /
   * `shortened-name` defect. Unescaped: in a table cell the file holds it with `|` written as `\|`.
   */
  writtenName: string;
}

export interface GeneratedQuestion {
  /** The question's right number, 1..n through the whole document (a `wrong-number` defect shows another). */
  number: number;
  text: string;
  form: 'table' | 'sections';
  /** The answers present in the text, in text order (a `missing-answer` organisation is left out). */
  answers: GeneratedAnswer[];
}

export interface GeneratedSurvey {
  text: string;
  /** Where the roster is given; for 'config' the caller passes `config: { organisations: rosterNames }`. */
  roster: 'inferred' | 'front-matter' | 'config';
  /** The names put in the roster (empty for inferred). Names that answer nothing are only added with `defects: true`. */
  rosterNames: string[];
  questions: GeneratedQuestion[];
  /** Defects planted on purpose, each with where it is. */
  defects: PlantedDefect[];
  lineBreak: '\n' | '\r\n';
}

export type PlantedDefect =
  | { kind: 'missing-answer'; question: number; organisation: string }
  | { kind: 'missing-notice' }
  | { kind: 'wrong-number'; question: number }
  | { kind: 'continuation-row'; question: number; organisation: string }
  | { kind: 'paragraph-tags'; question: number; organisation: string }
  | { kind: 'typo'; question: number; organisation: string; writtenName: string }
  | { kind: 'shortened-name'; question: number; organisation: string; writtenName: string };

export interface SurveyArbitraryOptions {
  /** Real organisation names to pick from (at least two that are not near each other). */
  names: readonly string[];
  /** Most organisations that answer (default 8, at least 2). */
  maxOrganisations?: number;
  /** Most questions (default 6, at least 1). */
  maxQuestions?: number;
  /** Plant 0–3 defects (default false: a clean survey). */
  defects?: boolean;
}

// ---------------------------------------------------------------------------------------------------------
// Vocabulary

/** Swedish-looking words; none is a no-answer marker or a placeholder, none is Markdown syntax. */
export const PLAIN_WORDS: readonly string[] = [
  'arbetet', 'regionen', 'kommunerna', 'strategin', 'utveckling', 'uppföljning', 'prioriteringar', 'målen',
  'samverkan', 'projekt', 'handlingsplaner', 'styr', 'finns', 'behöver', 'tydligare', 'koppling', 'mellan',
  'och', 'i', 'på', 'för', 'med', 'vi', 'är', 'det', 'som', 'att', 'en', 'ett', 'inte', 'men', 'även',
  'nämnden', 'budget', 'länet', 'aktörer', 'dialog', 'Östersund', 'Ängelholm', 'året', 'översyn', 'lärande',
  'påverkar', 'indirekt', 'relativt', 'svagt', 'Ja', 'Nej', 'dock', 'framför', 'allt', 'Vår', 'Det', 'Här',
];

/** Tokens with punctuation, as real answers have them. */
export const PUNCTUATED_WORDS: readonly string[] = [
  'RUS:en', '1:1', 'VP2018', '(OBS', '"LUS:ar"', 't.ex.', '–', 'RUS-team', 'mål/delmål', '2018-2020', 'm.m.',
  'osv.', 'VP:n', '7-8', 'etc.', '"Ska', 'aktör"', 'RUFS:', '(alltså', 'påverkan).', 'Ja,', 'nej!', '4-åriga',
  'H&S', 'varför?', 'ÖP;', '50%', '§', "region's",
];

const QUESTION_TEXTS: readonly string[] = [
  'På vilka sätt är RUSen styrande för er egen verksamhet inom regional utveckling?',
  'Hur ser kopplingen ut mellan er RUS och er VP?',
  'Hur påverkar uppföljningen av RUSen er verksamhetsplanering?',
  'Vilka spår ser ni av RUSen i viktiga samarbetsaktörers styrning?',
  'Finns det ett behov av att kunna göra förändringar av RUSen löpande? Om ja, varför?',
  'Vilken typ av ändringar har ni gjort i RUS:en?',
  'Hur används utvärderingen (t.ex. av målen) i arbetet med nästa RUS?',
  'Vilka arenor finns för att ompröva eller ändra i RUS?',
  'Vem eller vilka kan ta ett sådant initiativ?',
  'Hur involveras kommunerna i genomförandet?',
];
const PART_TITLES: readonly (readonly [string, string])[] = [
  ['RUSen som styrinstrument', 'RUSens aktualitet'],
  ['Styrning', 'Uppföljning och lärande'],
  ['Samverkan i länet', 'Nästa RUS'],
];
const TITLES: readonly string[] = ['Enkät inför mötet', 'Enkät inför RUS-nätverkets möte 24 april 2018', 'Enkät om regional utveckling'];
const INTRO = 'Inför vårens träff skickades en enkät ut med frågor rörande mötets två teman.';
const NOTICE = [
  'Tänk på att detta är ett diskussionsunderlag för nätverket, vill du använda materialet i något annat',
  'sammanhang, kontakta deltagarna i nätverket och stäm av.',
] as const;
const LEAD = 'Alla exempel är välkomna, stora som små!';

// ---------------------------------------------------------------------------------------------------------
// Names

/** Whitespace and case folded, NFC: two names a person would call the same. */
export function foldName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');
}

function levenshtein(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[y.length]!;
}

/** One name is the other plus whole words, at either end. */
function wordContained(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return longer.startsWith(`${shorter} `) || longer.endsWith(` ${shorter}`);
}

/** Names a linter could take for one another: equal when folded, one the other plus words, or ≤ `limit` edits apart. */
export function namesAreClose(a: string, b: string, limit = 2): boolean {
  const x = foldName(a);
  const y = foldName(b);
  return x === y || wordContained(x, y) || levenshtein(x, y) <= limit;
}

/** Given names, deduplicated, keeping only the first of names that are close to each other. */
function distinctNames(names: readonly string[]): string[] {
  const kept: string[] = [];
  for (const raw of names) {
    const name = raw.replace(/\s+/g, ' ').trim();
    if (name === '' || kept.some((other) => namesAreClose(other, name))) continue;
    kept.push(name);
  }
  return kept;
}

const TYPO_EXEMPT = new Set(['region', 'kommun', 'län', 'landsting', 'i']);
const TYPO_LETTERS = [...'abdefgiklmnoprstuvåäö'];

/** Every one-letter misspelling of the name (a letter substituted, deleted or doubled in one word). */
function typoVariants(name: string): string[] {
  const words = name.split(' ');
  const variants: string[] = [];
  words.forEach((word, index) => {
    const letters = [...word];
    if (letters.length < 4 || TYPO_EXEMPT.has(word.toLocaleLowerCase('sv')) || !/^\p{L}+$/u.test(word)) return;
    const withWord = (replacement: string) => [...words.slice(0, index), replacement, ...words.slice(index + 1)].join(' ');
    for (let at = 1; at < letters.length; at++) {
      const letter = letters[at]!;
      const substitutes = TYPO_LETTERS.filter((candidate) => candidate !== letter.toLocaleLowerCase('sv'));
      for (const substitute of [substitutes[(at * 7 + index) % substitutes.length]!, substitutes[(at * 3 + 5) % substitutes.length]!]) {
        variants.push(withWord([...letters.slice(0, at), substitute, ...letters.slice(at + 1)].join('')));
      }
      variants.push(withWord([...letters.slice(0, at), ...letters.slice(at + 1)].join('')));
      variants.push(withWord([...letters.slice(0, at), letter, ...letters.slice(at)].join('')));
    }
  });
  return [...new Set(variants)];
}

/** "Region Örebro län" → "Region Örebro"; null for names that are not 3+ words ending in "län". */
function shortenedName(name: string): string | null {
  const words = name.split(' ');
  return words.length >= 3 && words[words.length - 1]!.toLocaleLowerCase('sv') === 'län' ? words.slice(0, -1).join(' ') : null;
}

/** A wrong name for `organisation` that points only at it: far from every other given name. */
function pointsOnlyAt(wrong: string, organisation: string, allNames: readonly string[]): boolean {
  if (foldName(wrong) === foldName(organisation)) return false;
  return allNames.every((other) => foldName(other) === foldName(organisation) || !namesAreClose(other, wrong, 3));
}

/** A table cell's text: `|` escaped as `\|`. */
export function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

const YAML_PLAIN = /^\p{L}[\p{L}\p{N} .-]*[\p{L}\p{N}.]$|^\p{L}$/u;
const YAML_KEYWORDS = /^(true|false|yes|no|on|off|y|n|null|~)$/i;

/** A name as a YAML scalar: plain when YAML reads it back as the same string, else quoted. */
export function yamlScalar(name: string, quoting: 'plain' | 'double' | 'single'): string {
  const plainOk = YAML_PLAIN.test(name) && !YAML_KEYWORDS.test(name);
  if (quoting === 'single') return `'${name.replace(/'/g, "''")}'`;
  if (quoting === 'double' || !plainOk) return JSON.stringify(name);
  return name;
}

// ---------------------------------------------------------------------------------------------------------
// Plans: the random choices, before any text is written

interface AnswerPlan {
  words: string[];
  /** Where the second paragraph (section form) starts, mod the word count; 0 = one paragraph. */
  paragraphAt: number;
  /** Where a `<br>` goes in a table cell, mod the word count; 0 = none. */
  breakAt: number;
  /** Where a section paragraph wraps onto a second line, mod the word count; 0 = none. */
  wrapAt: number;
}

interface QuestionPlan {
  textIndex: number;
  form: 'table' | 'sections';
  repeatHeader: boolean;
  lead: boolean;
  compactDelimiter: boolean;
  /** The organisations' order in this question (indexes into the chosen organisations). */
  order: number[];
  answers: AnswerPlan[];
}

interface DefectRequest {
  kind: PlantedDefect['kind'];
  at: number;
  choice: number;
}

interface SurveyPlan {
  organisations: string[];
  questions: QuestionPlan[];
  secondPartAt: number;
  partTitles: number;
  title: number;
  frontMatter: boolean;
  rusSurveyKey: boolean;
  date: boolean;
  intro: boolean;
  noticeTwoLines: boolean;
  roster: GeneratedSurvey['roster'];
  rosterStyle: 'flow' | 'block';
  quoting: 'plain' | 'double' | 'single';
  nameEntries: boolean;
  extras: string[];
  rosterOrder: number[];
  defects: DefectRequest[];
  lineBreak: GeneratedSurvey['lineBreak'];
}

const token = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PLAIN_WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...PUNCTUATED_WORDS) });

/** An answer's words: never empty, and it opens with a plain word, so it is never only a placeholder. */
const answerWords = fc
  .tuple(fc.constantFrom(...PLAIN_WORDS), fc.array(token, { maxLength: 11 }))
  .map(([first, rest]) => [first, ...rest]);

const answerPlan: fc.Arbitrary<AnswerPlan> = fc.record({
  words: answerWords,
  paragraphAt: fc.oneof({ weight: 2, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat({ max: 20 }) }),
  breakAt: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat({ max: 20 }) }),
  wrapAt: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat({ max: 20 }) }),
});

const permutation = (size: number): fc.Arbitrary<number[]> => {
  const identity = Array.from({ length: size }, (_, i) => i);
  return fc.oneof(fc.constant(identity), fc.shuffledSubarray(identity, { minLength: size, maxLength: size }));
};

/** Whether an H4 reads back the name as it is (a trailing `#` would be the heading's closing sequence). */
const fitsHeading = (name: string): boolean => !/(^|\s)#+$/.test(name);

const questionPlan = (organisations: number, sectionsPossible: boolean): fc.Arbitrary<QuestionPlan> =>
  fc.record({
    textIndex: fc.nat({ max: QUESTION_TEXTS.length - 1 }),
    form: sectionsPossible ? fc.constantFrom<'table' | 'sections'>('table', 'sections') : fc.constant<'table'>('table'),
    repeatHeader: fc.boolean(),
    lead: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    compactDelimiter: fc.boolean(),
    order: permutation(organisations),
    answers: fc.array(answerPlan, { minLength: organisations, maxLength: organisations }),
  });

const DEFECT_KINDS: readonly PlantedDefect['kind'][] = [
  'missing-answer', 'missing-notice', 'wrong-number', 'continuation-row', 'paragraph-tags', 'typo', 'shortened-name',
];

// ---------------------------------------------------------------------------------------------------------
// The arbitrary

/**
 * Well-formed survey texts with a description of what they hold. With `defects: false` every roster
 * organisation answers every question, the notice is there and the numbering is right; with `defects: true`
 * 0–3 defects are planted (see `PlantedDefect`) and recorded, and the roster may name 0–2 organisations that
 * answer nothing.
 *
 * The organisations are a subset of `names` (deduplicated; of names close to each other, such as
 * "Region Örebro" and "Region Örebro län", only the first given is used, so that no planted defect is
 * ambiguous).
 */
export function surveyArbitrary(options: SurveyArbitraryOptions): fc.Arbitrary<GeneratedSurvey> {
  const pool = distinctNames(options.names);
  const allNames = [...new Set(options.names.map((name) => name.replace(/\s+/g, ' ').trim()).filter(Boolean))];
  if (pool.length < 2) throw new Error('surveyArbitrary needs at least two names that are not close to each other');
  const maxOrganisations = Math.max(2, Math.min(options.maxOrganisations ?? 8, pool.length));
  const maxQuestions = Math.max(1, options.maxQuestions ?? 6);
  const withDefects = options.defects ?? false;

  const plan: fc.Arbitrary<SurveyPlan> = fc
    .tuple(
      fc.shuffledSubarray(pool, { minLength: 2, maxLength: maxOrganisations }),
      fc.integer({ min: 1, max: maxQuestions }),
      fc.constantFrom<GeneratedSurvey['roster']>('inferred', 'front-matter', 'config'),
    )
    .chain(([organisations, questionCount, roster]) => {
      const unused = pool.filter((name) => !organisations.includes(name));
      // Roster names that answer nothing: only among the defects, since then RUS002 has something to say.
      const extras =
        withDefects && roster !== 'inferred' && unused.length > 0
          ? fc.oneof({ weight: 3, arbitrary: fc.constant<string[]>([]) }, { weight: 1, arbitrary: fc.subarray(unused, { minLength: 1, maxLength: 2 }) })
          : fc.constant<string[]>([]);
      return fc.tuple(fc.constant(organisations), fc.constant(questionCount), fc.constant(roster), extras);
    })
    .chain(([organisations, questionCount, roster, extras]) =>
      fc.record({
        organisations: fc.constant(organisations),
        questions: fc.array(questionPlan(organisations.length, organisations.every(fitsHeading)), { minLength: questionCount, maxLength: questionCount }),
        secondPartAt: fc.nat({ max: Math.max(0, questionCount - 1) }),
        partTitles: fc.nat({ max: PART_TITLES.length - 1 }),
        title: fc.nat({ max: TITLES.length - 1 }),
        frontMatter: roster === 'front-matter' ? fc.constant(true) : fc.boolean(),
        rusSurveyKey: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
        date: fc.boolean(),
        intro: fc.boolean(),
        noticeTwoLines: fc.boolean(),
        roster: fc.constant(roster),
        rosterStyle: fc.constantFrom<'flow' | 'block'>('flow', 'block'),
        quoting: fc.constantFrom<'plain' | 'double' | 'single'>('plain', 'plain', 'double', 'single'),
        nameEntries: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
        extras: fc.constant(extras),
        rosterOrder: permutation(organisations.length + extras.length),
        defects: withDefects
          ? fc.array(fc.record({ kind: fc.constantFrom(...DEFECT_KINDS), at: fc.nat(), choice: fc.nat() }), { maxLength: 3 })
          : fc.constant<DefectRequest[]>([]),
        lineBreak: fc.oneof({ weight: 4, arbitrary: fc.constant<'\n'>('\n') }, { weight: 1, arbitrary: fc.constant<'\r\n'>('\r\n') }),
      }),
    );

  // The wrong names each organisation can be given, worked out once per name (the checks compare with every name).
  const wrongNames = new Map<string, string[]>();
  const wrongNamesOf = (kind: 'typo' | 'shortened-name', organisation: string): string[] => {
    const key = `${kind}\u0000${organisation}`;
    let variants = wrongNames.get(key);
    if (!variants) {
      const all = kind === 'typo' ? typoVariants(organisation) : [shortenedName(organisation)].filter((v): v is string => v !== null);
      variants = all.filter((variant) => pointsOnlyAt(variant, organisation, allNames));
      wrongNames.set(key, variants);
    }
    return variants;
  };
  return plan.map((p) => buildSurvey(p, wrongNamesOf));
}

// ---------------------------------------------------------------------------------------------------------
// Building

interface Cell {
  organisation: string;
  writtenName: string;
  plan: AnswerPlan;
  missing: boolean;
  style: 'plain' | 'continuation-row' | 'paragraph-tags';
}

/** Whether the defects, as applied to the cells, keep every rule for an unambiguous defect. */
function defectsAreValid(defects: readonly PlantedDefect[], cells: readonly Cell[][], explicitRoster: boolean): boolean {
  const pairs = new Set<string>();
  const wrongNames = new Map<string, number>();
  for (const defect of defects) {
    if (defect.kind === 'missing-notice' || defect.kind === 'wrong-number') {
      const key = defect.kind === 'missing-notice' ? 'notice' : `number ${defect.question}`;
      if (pairs.has(key)) return false;
      pairs.add(key);
      continue;
    }
    const key = `${defect.question}\u0000${defect.organisation}`;
    if (pairs.has(key)) return false;
    pairs.add(key);
    if (defect.kind === 'typo' && !explicitRoster) return false;
    if (defect.kind === 'typo' || defect.kind === 'shortened-name') {
      wrongNames.set(defect.organisation, (wrongNames.get(defect.organisation) ?? 0) + 1);
    }
  }
  // Every question keeps an answer.
  if (cells.some((row) => row.every((cell) => cell.missing))) return false;
  // Every organisation still answers under its right name somewhere; one misspelt a name only once, and answers ≥ 3 questions rightly.
  const organisations = new Set(cells.flatMap((row) => row.map((cell) => cell.organisation)));
  for (const organisation of organisations) {
    const right = cells.filter((row) => row.some((cell) => cell.organisation === organisation && !cell.missing && cell.writtenName === organisation)).length;
    if (right < 1) return false;
    const wrong = wrongNames.get(organisation) ?? 0;
    if (wrong > 1 || (wrong === 1 && right < 3)) return false;
  }
  return true;
}

type WrongNames = (kind: 'typo' | 'shortened-name', organisation: string) => string[];

function buildSurvey(plan: SurveyPlan, wrongNamesOf: WrongNames): GeneratedSurvey {
  const explicitRoster = plan.roster !== 'inferred';
  const n = plan.questions.length;
  // cells[q] in the question's order.
  const cells: Cell[][] = plan.questions.map((question) =>
    question.order.map((index) => ({
      organisation: plan.organisations[index]!,
      writtenName: plan.organisations[index]!,
      plan: question.answers[index]!,
      missing: false,
      style: 'plain' as const,
    })),
  );
  const writtenNumbers = plan.questions.map((_, q) => q + 1);
  const defects: PlantedDefect[] = [];

  // Plant each requested defect at the first valid place from its requested position on.
  for (const request of plan.defects) {
    const candidates = defectCandidates(request, plan, cells, wrongNamesOf, writtenNumbers);
    for (let tried = 0; tried < candidates.length; tried++) {
      const candidate = candidates[(request.at + tried) % candidates.length]!;
      const undo = candidate.apply();
      if (defectsAreValid([...defects, candidate.defect], cells, explicitRoster)) {
        defects.push(candidate.defect);
        break;
      }
      undo();
    }
  }

  const noticeMissing = defects.some((defect) => defect.kind === 'missing-notice');
  const lines: string[] = [];
  const blank = () => lines.push('');

  // Front matter
  const extras = plan.extras;
  const rosterPool = [...plan.organisations, ...extras];
  const rosterNames = explicitRoster ? plan.rosterOrder.map((i) => rosterPool[i]!) : [];
  if (plan.frontMatter) {
    lines.push('---');
    if (plan.rusSurveyKey || (!plan.date && plan.roster !== 'front-matter')) lines.push('rus-survey: true');
    if (plan.date) lines.push('date: 2018-04-24');
    if (plan.roster === 'front-matter') {
      if (plan.rosterStyle === 'flow') {
        lines.push(`organisations: [${rosterNames.map((name) => yamlScalar(name, plan.quoting)).join(', ')}]`);
      } else {
        lines.push('organisations:');
        rosterNames.forEach((name, i) =>
          lines.push(plan.nameEntries && i % 2 === 0 ? `  - name: ${yamlScalar(name, plan.quoting)}` : `  - ${yamlScalar(name, plan.quoting)}`),
        );
      }
    }
    lines.push('---');
    blank();
  }

  lines.push(`# ${TITLES[plan.title]}`);
  blank();
  if (plan.intro) {
    lines.push(INTRO);
    blank();
  }
  if (!noticeMissing) {
    if (plan.noticeTwoLines) lines.push(`> ${NOTICE[0]}`, `> ${NOTICE[1]}`);
    else lines.push(`> ${NOTICE[0]} ${NOTICE[1]}`);
    blank();
  }

  const partCount = n >= 2 && plan.secondPartAt > 0 ? 2 : 1;
  const [firstPart, secondPart] = PART_TITLES[plan.partTitles]!;
  const questions: GeneratedQuestion[] = [];
  plan.questions.forEach((question, q) => {
    if (q === 0) {
      lines.push(`## Del ett: ${firstPart}`);
      blank();
    } else if (partCount === 2 && q === plan.secondPartAt) {
      lines.push(`## Del två: ${secondPart}`);
      blank();
    }
    const text = QUESTION_TEXTS[question.textIndex]!;
    const written = writtenNumbers[q]!;
    lines.push(`### ${written}. ${text}`);
    blank();
    if (question.lead) {
      lines.push(LEAD);
      blank();
    }
    const present = cells[q]!.filter((cell) => !cell.missing);
    if (question.form === 'table') {
      lines.push(`| Organisation | ${question.repeatHeader ? `${written}. ${text}` : 'Svar'} |`);
      lines.push(question.compactDelimiter ? '|---|---|' : '| --- | --- |');
      for (const cell of present) lines.push(...tableRows(cell));
    } else {
      present.forEach((cell, i) => {
        if (i > 0) blank();
        lines.push(`#### ${cell.writtenName}`);
        blank();
        lines.push(...sectionLines(cell.plan));
      });
    }
    blank();
    questions.push({
      number: q + 1,
      text,
      form: question.form,
      answers: present.map((cell) => ({ organisation: cell.organisation, words: [...cell.plan.words], writtenName: cell.writtenName })),
    });
  });

  while (lines[lines.length - 1] === '') lines.pop();
  const text = `${lines.join('\n')}\n`.replace(/\n/g, plan.lineBreak);
  return { text, roster: plan.roster, rosterNames, questions, defects, lineBreak: plan.lineBreak };
}

/** A split point strictly inside a list of `count` words (1..count-1), from a random number; 0 when there is none. */
function splitPoint(raw: number, count: number): number {
  return count < 2 || raw === 0 ? 0 : 1 + ((raw - 1) % (count - 1));
}

function tableRows(cell: Cell): string[] {
  const name = escapeCell(cell.writtenName);
  const words = cell.plan.words;
  if (cell.style === 'continuation-row') {
    const at = Math.max(1, splitPoint(cell.plan.paragraphAt || 1, words.length));
    return [`| ${name} | ${words.slice(0, at).join(' ')} |`, `|  | ${words.slice(at).join(' ')} |`];
  }
  if (cell.style === 'paragraph-tags') {
    const at = Math.max(1, splitPoint(cell.plan.paragraphAt || 1, words.length));
    return [`| ${name} | <p>${words.slice(0, at).join(' ')}</p> <p>${words.slice(at).join(' ')}</p> |`];
  }
  const at = splitPoint(cell.plan.breakAt, words.length);
  const answer = at === 0 ? words.join(' ') : `${words.slice(0, at).join(' ')}<br>${words.slice(at).join(' ')}`;
  return [`| ${name} | ${answer} |`];
}

function sectionLines(plan: AnswerPlan): string[] {
  const at = splitPoint(plan.paragraphAt, plan.words.length);
  const paragraphs = at === 0 ? [plan.words] : [plan.words.slice(0, at), plan.words.slice(at)];
  const lines: string[] = [];
  paragraphs.forEach((words, i) => {
    if (i > 0) lines.push('');
    const wrap = splitPoint(plan.wrapAt, words.length);
    if (wrap === 0) lines.push(words.join(' '));
    else lines.push(words.slice(0, wrap).join(' '), words.slice(wrap).join(' '));
  });
  return lines;
}

interface Candidate {
  defect: PlantedDefect;
  /** Changes the cells (or numbers) for the defect; returns how to undo it. */
  apply: () => () => void;
}

function defectCandidates(
  request: DefectRequest,
  plan: SurveyPlan,
  cells: Cell[][],
  wrongNamesOf: WrongNames,
  writtenNumbers: number[],
): Candidate[] {
  const n = plan.questions.length;
  const pairCandidates = (accept: (cell: Cell, q: number) => boolean, make: (cell: Cell, q: number) => Candidate | null): Candidate[] =>
    cells.flatMap((row, q) => row.filter((cell) => !cell.missing && cell.style === 'plain' && cell.writtenName === cell.organisation && accept(cell, q)).map((cell) => make(cell, q)).filter((c): c is Candidate => c !== null));

  switch (request.kind) {
    case 'missing-notice':
      return [{ defect: { kind: 'missing-notice' }, apply: () => () => {} }];
    case 'wrong-number':
      return Array.from({ length: n }, (_, q) => {
        const right = q + 1;
        const options = [right + 1, right + 2, right + 10, ...(right > 1 ? [right - 1] : [])];
        const wrong = options[request.choice % options.length]!;
        return {
          defect: { kind: 'wrong-number', question: right },
          apply: () => {
            const before = writtenNumbers[q]!;
            writtenNumbers[q] = wrong;
            return () => {
              writtenNumbers[q] = before;
            };
          },
        };
      });
    case 'missing-answer':
      return pairCandidates(
        () => true,
        (cell, q) => ({
          defect: { kind: 'missing-answer', question: q + 1, organisation: cell.organisation },
          apply: () => {
            cell.missing = true;
            return () => {
              cell.missing = false;
            };
          },
        }),
      );
    case 'continuation-row':
    case 'paragraph-tags': {
      const kind = request.kind;
      return pairCandidates(
        (cell, q) => plan.questions[q]!.form === 'table' && cell.plan.words.length >= 2,
        (cell, q) => ({
          defect: { kind, question: q + 1, organisation: cell.organisation },
          apply: () => {
            cell.style = kind;
            return () => {
              cell.style = 'plain';
            };
          },
        }),
      );
    }
    case 'typo':
    case 'shortened-name': {
      const kind = request.kind;
      return pairCandidates(
        () => true,
        (cell, q) => {
          const variants = wrongNamesOf(kind, cell.organisation);
          if (variants.length === 0) return null;
          const writtenName = variants[request.choice % variants.length]!;
          return {
            defect: { kind, question: q + 1, organisation: cell.organisation, writtenName },
            apply: () => {
              cell.writtenName = writtenName;
              return () => {
                cell.writtenName = cell.organisation;
              };
            },
          };
        },
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Views of the description

/** Organisation (canonical name) → sorted multiset of its words over all questions; misspelt answers count for the right organisation. */
export function answerWordsByOrganisation(generated: GeneratedSurvey): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const question of generated.questions) {
    for (const answer of question.answers) {
      const words = result.get(answer.organisation) ?? [];
      words.push(...answer.words);
      result.set(answer.organisation, words);
    }
  }
  for (const words of result.values()) words.sort();
  return result;
}
