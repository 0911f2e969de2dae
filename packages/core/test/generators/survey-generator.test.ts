import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { allQuestions, lintSurvey } from '../../src/index.js';
import {
  answerWordsByOrganisation,
  escapeCell,
  foldName,
  surveyArbitrary,
  type GeneratedSurvey,
  type PlantedDefect,
} from './survey-generator.js';

const NAMES = [
  'Region Blekinge',
  'Region Skåne',
  'Region Örebro län',
  'Region Jönköpings län',
  'Region Värmland',
  'Region Dalarna',
  'Region Kronoberg',
  'Region Västerbotten',
  'Mora kommun',
  'Länsstyrelsen i Skåne län',
  'Svenska ESF-rådet',
  'Västra Götalandsregionen',
  'Stockholms läns landsting',
];
/** Names a table must escape, and names YAML must quote. */
const AWKWARD_NAMES = [
  'Förbundet Väst | Öst', 'Region Gotland', 'Kommun: Umeå', 'Yes', '#1 Nätverket', "Region's Ö | Ä | Å", 'Region Halland', 'Null', '123',
  'Akademiska [hus]', 'Stiftelsen *Stjärnan*', 'Företag & Co', 'Region "Väst"', 'a, b', 'Region {Syd}', '- Region Norr', 'Region Norrbotten #',
];
const AWKWARD_WITHOUT_PIPES = AWKWARD_NAMES.filter((name) => !name.includes('|'));

const RUNS = { numRuns: 100 };
/** Property tests lint up to a few hundred surveys; the default 5 s is too tight on a slow machine. */
const TIMEOUT = 120_000;
const clean = surveyArbitrary({ names: NAMES });
const defective = surveyArbitrary({ names: NAMES, defects: true });
const either = fc.oneof(clean, defective);

const lf = (text: string): string => text.replace(/\r\n/g, '\n');

/** The question blocks of the text, split at `### ` headings, as lines. */
function questionBlocks(text: string): string[][] {
  const blocks: string[][] = [];
  for (const line of lf(text).split('\n')) {
    if (line.startsWith('### ')) blocks.push([line]);
    else if (/^#{1,2} /.test(line)) blocks.push([]);
    else blocks[blocks.length - 1]?.push(line);
  }
  return blocks.filter((block) => block[0]?.startsWith('### '));
}

/** The cells of a table row, split at unescaped pipes. */
function rowCells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

/** The lines of one organisation's answer in a question block: its row (and continuation rows), or its H4 and content. */
function answerLines(block: string[], form: 'table' | 'sections', writtenName: string): string[] | null {
  const isAnchor = (line: string): boolean =>
    form === 'table' ? !line.startsWith('|') || rowCells(line)[0] !== '' : line.startsWith('#### ');
  const start = block.findIndex((line) =>
    form === 'table' ? line.startsWith('|') && rowCells(line)[0]?.replace(/\\\|/g, '|') === writtenName : line === `#### ${writtenName}`,
  );
  if (start < 0) return null;
  let end = start + 1;
  while (end < block.length && !isAnchor(block[end]!)) end++;
  return block.slice(start, end);
}

function wordsInOrder(haystack: string, words: readonly string[]): boolean {
  let from = 0;
  for (const word of words) {
    const at = haystack.indexOf(word, from);
    if (at < 0) return false;
    from = at + word.length;
  }
  return true;
}

const pairKey = (question: number, organisation: string): string => `${question}\u0000${organisation}`;
const defectsOf = <K extends PlantedDefect['kind']>(survey: GeneratedSurvey, kind: K): Extract<PlantedDefect, { kind: K }>[] =>
  survey.defects.filter((defect): defect is Extract<PlantedDefect, { kind: K }> => defect.kind === kind);

function levenshtein(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[y.length]!;
}

describe('surveyArbitrary', () => {
  it('keeps to the options: organisations from names, 2..maxOrganisations of them, 1..maxQuestions questions in 1–2 parts', () => {
    const small = surveyArbitrary({ names: NAMES, maxOrganisations: 3, maxQuestions: 2, defects: true });
    fc.assert(
      fc.property(fc.oneof(either, small.map((survey) => ({ ...survey, small: true }))), (survey) => {
        const limits = 'small' in survey ? { organisations: 3, questions: 2 } : { organisations: 8, questions: 6 };
        const used = new Set(survey.questions.flatMap((question) => question.answers.map((answer) => answer.organisation)));
        for (const name of [...used, ...survey.rosterNames]) expect(NAMES).toContain(name);
        expect(used.size).toBeGreaterThanOrEqual(2);
        expect(used.size).toBeLessThanOrEqual(limits.organisations);
        expect(survey.questions.length).toBeGreaterThanOrEqual(1);
        expect(survey.questions.length).toBeLessThanOrEqual(limits.questions);
        const text = lf(survey.text);
        expect(text.match(/^# /gm)).toHaveLength(1);
        const parts = text.match(/^## .*$/gm) ?? [];
        expect(parts.length === 1 || parts.length === 2).toBe(true);
        expect(parts[0]).toMatch(/^## Del ett: /);
        if (parts[1]) expect(parts[1]).toMatch(/^## Del två: /);
        if (survey.roster === 'inferred') expect(survey.rosterNames).toEqual([]);
        else expect(survey.rosterNames.length - used.size).toBeLessThanOrEqual(2);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('gives the same survey for the same seed', () => {
    fc.assert(
      fc.property(fc.integer(), fc.boolean(), (seed, defects) => {
        const arbitrary = () => surveyArbitrary({ names: NAMES, defects });
        const first = fc.sample(arbitrary(), { seed, numRuns: 3 });
        const second = fc.sample(arbitrary(), { seed, numRuns: 3 });
        expect(second).toEqual(first);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('numbers the questions 1..n in headings and repeated headers, unless a wrong-number defect is planted', () => {
    fc.assert(
      fc.property(either, (survey) => {
        const wrong = new Set(defectsOf(survey, 'wrong-number').map((defect) => defect.question));
        const blocks = questionBlocks(survey.text);
        expect(blocks).toHaveLength(survey.questions.length);
        expect(survey.questions.map((question) => question.number)).toEqual(survey.questions.map((_, i) => i + 1));
        blocks.forEach((block, i) => {
          const number = Number(/^### (\d+)\. /.exec(block[0]!)?.[1]);
          if (wrong.has(i + 1)) expect(number).not.toBe(i + 1);
          else expect(number).toBe(i + 1);
          const header = block.find((line) => line.startsWith('| Organisation |'));
          const repeated = header ? /^(\d+)\. /.exec(rowCells(header)[1]!) : null;
          if (repeated) expect(Number(repeated[1])).toBe(number);
        });
      }),
      RUNS,
    );
  }, TIMEOUT);

  it("writes every answer's words, in order, in its organisation's row or section", () => {
    fc.assert(
      fc.property(either, (survey) => {
        const blocks = questionBlocks(survey.text);
        survey.questions.forEach((question, i) => {
          for (const answer of question.answers) {
            expect(answer.words.length).toBeGreaterThan(0);
            const lines = answerLines(blocks[i]!, question.form, answer.writtenName);
            expect(lines, `${answer.writtenName} in question ${question.number}`).not.toBeNull();
            expect(wordsInOrder(lines!.join('\n'), answer.words)).toBe(true);
          }
        });
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('never writes an answer a linter could count as unanswered', () => {
    const notAnswers = /^(-|–|—|\?|tbd|todo|n\/a|\.\.\.|…|inget svar|no answer)\.?$/i;
    const syntaxOnly = /^(\||#+|>|-{3,}|\*+|<\/?p>)$/;
    fc.assert(
      fc.property(either, (survey) => {
        for (const answer of survey.questions.flatMap((question) => question.answers)) {
          expect(notAnswers.test(answer.words.join(' '))).toBe(false);
          for (const word of answer.words) {
            expect(word).not.toMatch(syntaxOnly);
            expect(word).not.toMatch(/\s/);
          }
        }
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('uses one line break throughout: no bare \\n in a CRLF survey, no \\r in an LF one', () => {
    fc.assert(
      fc.property(either, (survey) => {
        if (survey.lineBreak === '\r\n') {
          expect(survey.text).not.toMatch(/(?<!\r)\n/);
          expect(survey.text).toContain('\r\n');
        } else {
          expect(survey.text).not.toContain('\r');
        }
        expect(survey.text.endsWith(survey.lineBreak)).toBe(true);
      }),
      RUNS,
    );
    const breaks = new Set(fc.sample(either, { seed: 42, numRuns: 200 }).map((survey) => survey.lineBreak));
    expect(breaks).toEqual(new Set(['\n', '\r\n']));
  }, TIMEOUT);

  it('puts the roster in the front matter so that YAML reads back the same names', () => {
    const awkward = surveyArbitrary({ names: [...NAMES, ...AWKWARD_NAMES], defects: true });
    fc.assert(
      fc.property(fc.oneof(clean, awkward), (survey) => {
        const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(survey.text);
        if (survey.roster === 'front-matter') expect(match).not.toBeNull();
        if (!match) return;
        const data = parseYaml(match[1]!) as Record<string, unknown>;
        if (survey.roster !== 'front-matter') {
          expect(data['organisations']).toBeUndefined();
          return;
        }
        const listed = (data['organisations'] as unknown[]).map((entry) => (typeof entry === 'string' ? entry : (entry as { name: string }).name));
        expect(listed).toEqual(survey.rosterNames);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('escapes | in table cells and the name round-trips (sections and YAML keep it as it is)', () => {
    const names = ['Förbundet Väst | Öst', "Region's Ö | Ä | Å", 'Region Blekinge'];
    let tableRowsSeen = 0;
    fc.assert(
      fc.property(surveyArbitrary({ names }), (survey) => {
        const blocks = questionBlocks(survey.text);
        survey.questions.forEach((question, i) => {
          for (const answer of question.answers) {
            const lines = answerLines(blocks[i]!, question.form, answer.writtenName)!;
            if (question.form === 'sections') {
              expect(lines[0]).toBe(`#### ${answer.writtenName}`);
              continue;
            }
            tableRowsSeen++;
            expect(lines[0]!.startsWith(`| ${escapeCell(answer.writtenName)} | `)).toBe(true);
            const cells = rowCells(lines[0]!);
            expect(cells).toHaveLength(2);
            expect(cells[0]!.replace(/\\\|/g, '|')).toBe(answer.writtenName);
          }
        });
      }),
      RUNS,
    );
    expect(tableRowsSeen).toBeGreaterThan(0);
  }, TIMEOUT);

  it('with defects: false, plants none: full roster, every roster organisation answers every question, notice present', () => {
    fc.assert(
      fc.property(clean, (survey) => {
        expect(survey.defects).toEqual([]);
        expect(survey.questions.length).toBeGreaterThanOrEqual(1);
        expect(survey.questions.length).toBeLessThanOrEqual(6);
        const organisations = survey.questions[0]!.answers.map((answer) => answer.organisation);
        expect(organisations.length).toBeGreaterThanOrEqual(2);
        expect(organisations.length).toBeLessThanOrEqual(8);
        if (survey.roster === 'inferred') expect(survey.rosterNames).toEqual([]);
        else expect([...survey.rosterNames].sort()).toEqual([...organisations].sort());
        for (const question of survey.questions) {
          expect(question.answers.map((answer) => answer.organisation).sort()).toEqual([...organisations].sort());
          for (const answer of question.answers) expect(answer.writtenName).toBe(answer.organisation);
        }
        const lines = lf(survey.text).split('\n');
        const firstPart = lines.findIndex((line) => line.startsWith('## '));
        expect(lines.slice(0, firstPart).some((line) => line.startsWith('> '))).toBe(true);
        expect(survey.text).not.toMatch(/<p>|^\|\s+\|/m);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('with defects: true, plants 0–3 unambiguous defects and records each', () => {
    const kinds = new Set<string>();
    fc.assert(
      fc.property(defective, (survey) => {
        expect(survey.defects.length).toBeLessThanOrEqual(3);
        const keys = survey.defects.map((defect) =>
          'organisation' in defect ? pairKey(defect.question, defect.organisation) : defect.kind === 'wrong-number' ? `number ${defect.question}` : defect.kind,
        );
        expect(new Set(keys).size).toBe(keys.length);
        for (const defect of survey.defects) kinds.add(defect.kind);

        const used = new Set(survey.questions.flatMap((question) => question.answers.map((answer) => answer.organisation)));
        const answersOf = (organisation: string) =>
          survey.questions.flatMap((question) => question.answers.filter((answer) => answer.organisation === organisation).map((answer) => ({ question, answer })));
        const rightlyAnswered = (organisation: string) => answersOf(organisation).filter(({ answer }) => answer.writtenName === organisation).length;
        if (survey.roster !== 'inferred') for (const name of used) expect(survey.rosterNames).toContain(name);
        for (const question of survey.questions) expect(question.answers.length).toBeGreaterThan(0);

        for (const defect of survey.defects) {
          if (defect.kind === 'missing-notice' || defect.kind === 'wrong-number') continue;
          const question = survey.questions[defect.question - 1]!;
          const answer = question.answers.find((a) => a.organisation === defect.organisation);
          switch (defect.kind) {
            case 'missing-answer':
              expect(answer).toBeUndefined();
              expect(rightlyAnswered(defect.organisation)).toBeGreaterThan(0);
              break;
            case 'continuation-row':
            case 'paragraph-tags': {
              expect(question.form).toBe('table');
              expect(answer!.words.length).toBeGreaterThanOrEqual(2);
              const lines = answerLines(questionBlocks(survey.text)[defect.question - 1]!, 'table', answer!.writtenName)!;
              if (defect.kind === 'continuation-row') {
                expect(lines).toHaveLength(2);
                expect(lines[1]).toMatch(/^\| {2}\| \S/);
                expect(rowCells(lines[0]!)[1]).not.toBe('');
              } else {
                expect(lines[0]).toMatch(/\| <p>\S.*<\/p> <p>\S.*<\/p> \|$/);
              }
              break;
            }
            case 'typo':
            case 'shortened-name': {
              expect(answer!.writtenName).toBe(defect.writtenName);
              expect(foldName(defect.writtenName)).not.toBe(foldName(defect.organisation));
              expect(NAMES.map(foldName)).not.toContain(foldName(defect.writtenName));
              expect(answersOf(defect.organisation).filter(({ answer: a }) => a.writtenName !== defect.organisation)).toHaveLength(1);
              expect(rightlyAnswered(defect.organisation)).toBeGreaterThanOrEqual(3);
              if (defect.kind === 'typo') {
                expect(survey.roster).not.toBe('inferred');
                expect(levenshtein(defect.writtenName, defect.organisation)).toBe(1);
                const changed = defect.writtenName.split(' ').filter((word, i) => word !== defect.organisation.split(' ')[i]);
                expect(changed).toHaveLength(1);
                expect(['region', 'kommun']).not.toContain(changed[0]!.toLowerCase());
              } else {
                expect(defect.organisation.split(' ').length).toBeGreaterThanOrEqual(3);
                expect(defect.organisation).toBe(`${defect.writtenName} län`);
              }
              break;
            }
          }
        }
        // Everyone else answers every question under the right name.
        const touched = new Set(survey.defects.flatMap((defect) => ('organisation' in defect ? [pairKey(defect.question, defect.organisation)] : [])));
        for (const question of survey.questions) {
          for (const organisation of used) {
            if (touched.has(pairKey(question.number, organisation))) continue;
            expect(question.answers.filter((answer) => answer.organisation === organisation && answer.writtenName === organisation)).toHaveLength(1);
          }
        }
        const hasNotice = /\n> /.test(lf(survey.text).split('\n## ')[0]!);
        expect(hasNotice).toBe(defectsOf(survey, 'missing-notice').length === 0);
      }),
      { numRuns: 300 },
    );
    expect([...kinds].sort()).toEqual(['continuation-row', 'missing-answer', 'missing-notice', 'paragraph-tags', 'shortened-name', 'typo', 'wrong-number']);
  }, TIMEOUT);

  it('answerWordsByOrganisation counts every word once, under the canonical name', () => {
    fc.assert(
      fc.property(either, (survey) => {
        const byOrganisation = answerWordsByOrganisation(survey);
        const all = survey.questions.flatMap((question) => question.answers.flatMap((answer) => answer.words)).sort();
        expect([...byOrganisation.values()].flat().sort()).toEqual(all);
        for (const [organisation, words] of byOrganisation) {
          expect(NAMES).toContain(organisation);
          expect(words).toEqual([...words].sort());
        }
        for (const defect of survey.defects) if ('writtenName' in defect) expect(byOrganisation.has(defect.writtenName)).toBe(false);
      }),
      RUNS,
    );
  }, TIMEOUT);
});

/** The words of a parsed answer, tags left out. */
const parsedWords = (text: string): string[] => text.replace(/<\/?p>|<br>/g, ' ').split(/\s+/).filter(Boolean);
const configOf = (survey: GeneratedSurvey) => (survey.roster === 'config' ? { config: { organisations: survey.rosterNames } } : {});

describe('surveyArbitrary against the parser (sanity check)', () => {
  it('the parser reads the described model back', () => {
    fc.assert(
      fc.property(either, (survey) => {
        const { survey: model } = lintSurvey(survey.text, configOf(survey));
        const questions = allQuestions(model);
        expect(questions.map((question) => question.text)).toEqual(survey.questions.map((question) => question.text));
        questions.forEach((question, i) => {
          const described = survey.questions[i]!;
          expect(question.form).toBe(described.form);
          expect(question.answers.map((answer) => answer.organisation.text.replace(/\\\|/g, '|'))).toEqual(described.answers.map((answer) => answer.writtenName));
          expect(question.answers.map((answer) => parsedWords(answer.text))).toEqual(described.answers.map((answer) => answer.words));
          expect(question.answers.every((answer) => answer.status === 'answered')).toBe(true);
        });
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('with defects: false, lint finds no RUS002/3/5/6/8/9/10 and no RUS001 error', () => {
    fc.assert(
      fc.property(clean, (survey) => {
        const { diagnostics } = lintSurvey(survey.text, configOf(survey));
        const unexpected = diagnostics.filter(
          (d) => ['RUS002', 'RUS003', 'RUS005', 'RUS006', 'RUS008', 'RUS009', 'RUS010'].includes(d.ruleId) || (d.ruleId === 'RUS001' && d.severity === 'error'),
        );
        expect(unexpected.map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('with defects: true, lint finds each planted defect and nothing else of RUS001/2/3/5/6/8/9/10', () => {
    fc.assert(
      fc.property(defective, (survey) => {
        const { diagnostics } = lintSurvey(survey.text, configOf(survey));
        const of = (ruleId: string) => diagnostics.filter((d) => d.ruleId === ruleId);
        const used = new Set(survey.questions.flatMap((question) => question.answers.map((answer) => answer.organisation)));
        const silent = survey.rosterNames.filter((name) => !used.has(name));
        // Diagnostics name a question by the number its heading shows (a wrong-number defect shows another).
        const shown = questionBlocks(survey.text).map((block) => Number(/^### (\d+)\. /.exec(block[0]!)?.[1]));
        const at = (defect: { question: number; organisation: string }) => `${shown[defect.question - 1]} ${defect.organisation}`;
        const expectedMissing = [
          ...defectsOf(survey, 'missing-answer').map(at),
          ...survey.questions.flatMap((question) => silent.map((name) => `${shown[question.number - 1]} ${name}`)),
        ].sort();
        const data = (d: (typeof diagnostics)[number]) => (d.data ?? {}) as Record<string, unknown>;
        expect(of('RUS002').map((d) => `${data(d)['question']} ${data(d)['organisation']}`).sort()).toEqual(expectedMissing);
        expect(of('RUS006').length).toBe(defectsOf(survey, 'wrong-number').length);
        expect(of('RUS008').map((d) => `${data(d)['question']} ${data(d)['organisation']}`).sort()).toEqual(
          defectsOf(survey, 'continuation-row').map(at).sort(),
        );
        expect(of('RUS009').map((d) => `${data(d)['question']} ${data(d)['organisation']}`).sort()).toEqual(
          defectsOf(survey, 'paragraph-tags').map(at).sort(),
        );
        expect(of('RUS001').filter((d) => d.severity === 'error').length).toBe(defectsOf(survey, 'missing-notice').length);
        expect([...of('RUS003'), ...of('RUS005'), ...of('RUS010')].map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('reads names that Markdown or YAML treat specially (| aside) as written', () => {
    const awkward = surveyArbitrary({ names: AWKWARD_WITHOUT_PIPES });
    fc.assert(
      fc.property(awkward, (survey) => {
        const { diagnostics, survey: model } = lintSurvey(survey.text, configOf(survey));
        allQuestions(model).forEach((question, i) =>
          expect(question.answers.map((answer) => answer.organisation.text)).toEqual(survey.questions[i]!.answers.map((answer) => answer.writtenName)),
        );
        const unexpected = diagnostics.filter(
          (d) => ['RUS002', 'RUS003', 'RUS005', 'RUS006', 'RUS008', 'RUS009', 'RUS010'].includes(d.ruleId) || (d.ruleId === 'RUS001' && d.severity === 'error'),
        );
        expect(unexpected.map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
      }),
      RUNS,
    );
  }, TIMEOUT);

  // A table cell's `\|` is the `|` it escapes: "A \| B" in a row and "A | B" in an H4 or a roster are one organisation.
  it('an escaped | in a table cell names the same organisation as the | in a heading or a roster', () => {
    const text = ['# E', '', '> N.', '', '## Del ett: A', '', '### 1. F?', '', '| Organisation | Svar |', '| --- | --- |', '| A \\| B | x |', '', '### 2. G?', '', '#### A | B', '', 'y', ''].join('\n');
    const { diagnostics } = lintSurvey(text);
    expect(diagnostics.filter((d) => d.ruleId === 'RUS002').map((d) => d.message)).toEqual([]);
    const withRoster = lintSurvey(text, { config: { organisations: ['A | B'] } }).diagnostics;
    expect(withRoster.filter((d) => d.ruleId === 'RUS004' || d.ruleId === 'RUS002')).toEqual([]);
  });
});
