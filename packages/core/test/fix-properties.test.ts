// Property tests of single fixes and quick fixes: no fix or suggestion ever changes who said what, and on
// well-formed input no fix is ever held back.
//
// The oracle here is independent of core's guard (`guardEdit` / `guardFix`) and of core's word splitting: it
// reads only the parser's model (questions → answers → organisation text and answer source), splits words
// itself, and decides itself who an organisation is (folded name; roster alias → roster name, using the
// roster this test passed in; known Swedish organisations under any of their names, from
// ROSTER_PRESET_ORGANISATIONS; a fix's own declared renames).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allQuestions,
  applyFixes,
  fixSurvey,
  guardFix,
  lintSurvey,
  ROSTER_PRESET_ORGANISATIONS,
  type Config,
  type Diagnostic,
  type Fix,
  type OrganisationRename,
  type Survey,
} from '../src/index.js';
import { answerWordsByOrganisation, surveyArbitrary, type GeneratedSurvey } from './generators/survey-generator.js';

const PROPERTY_TIMEOUT = 180_000;

// ---------------------------------------------------------------------------------------------------------
// The oracle: answer words by (question index, organisation)

/** NFC, whitespace collapsed, trimmed, Swedish lower case: two names a person would call the same. */
const fold = (name: string): string => name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');

/** Folded name or alias of a known Swedish organisation → the folded name of the organisation it stands for. */
const KNOWN = new Map<string, string>();
for (const list of Object.values(ROSTER_PRESET_ORGANISATIONS)) {
  for (const organisation of list) {
    // Region Gotland is both a region and a municipality: one organisation.
    const owner = KNOWN.get(fold(organisation.name)) ?? fold(organisation.name);
    for (const name of [organisation.name, ...organisation.aliases]) if (!KNOWN.has(fold(name))) KNOWN.set(fold(name), owner);
  }
}

type RosterSpec = readonly (string | { name: string; aliases?: readonly string[] })[];

/** Who a written organisation name stands for: roster alias → roster name, then a known organisation's own name. */
function identityOf(roster: RosterSpec): (written: string) => string {
  const rosterKey = new Map<string, string>();
  for (const entry of roster) {
    const { name, aliases = [] } = typeof entry === 'string' ? { name: entry } : entry;
    for (const written of [name, ...aliases]) if (!rosterKey.has(fold(written))) rosterKey.set(fold(written), fold(name));
  }
  return (written) => {
    const key = rosterKey.get(fold(written)) ?? fold(written);
    const known = KNOWN.get(key);
    return known === undefined ? key : `known:${known}`;
  };
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const TAG = /^(?:<\/?p(?:\s[^>]*)?>|<\/p\s*>|<br\s*\/?>)/i;

/**
 * An answer's words as a reader sees them: HTML comments and `<p>`, `</p>`, `<br>` tags are markup, a
 * backslash escape is the character it escapes (`\|` is `|`, `\<p>` is the text `<p>`), and words are what
 * whitespace separates. One left-to-right scan, so an escaped `<` never starts a tag.
 */
export function oracleWords(source: string): string[] {
  let out = '';
  for (let i = 0; i < source.length; ) {
    const rest = source.slice(i, i + 2);
    if (rest[0] === '\\' && rest.length === 2 && ASCII_PUNCTUATION.test(rest[1]!)) {
      out += rest[1];
      i += 2;
      continue;
    }
    if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i + 4);
      out += ' ';
      i = end < 0 ? source.length : end + 3;
      continue;
    }
    const tag = source[i] === '<' ? TAG.exec(source.slice(i)) : null;
    if (tag) {
      out += ' ';
      i += tag[0].length;
      continue;
    }
    out += source[i];
    i++;
  }
  return out.split(/\s+/).filter(Boolean);
}

interface OrganisationAnswers {
  count: number;
  words: string[];
  written: string[];
}
type Tally = Map<string, OrganisationAnswers>[];

/** Per question (by index), each organisation's answers: how many, and their words. */
function tally(survey: Survey, identity: (written: string) => string): Tally {
  return allQuestions(survey).map((question) => {
    const byOrganisation = new Map<string, OrganisationAnswers>();
    for (const answer of question.answers) {
      const key = identity(answer.organisation.text);
      const entry = byOrganisation.get(key) ?? { count: 0, words: [], written: [] };
      entry.count++;
      entry.words.push(...oracleWords(answer.text));
      entry.written.push(answer.organisation.text);
      byOrganisation.set(key, entry);
    }
    return byOrganisation;
  });
}

/** The words of `wanted` that `available` lacks, as multisets. */
function missingWords(wanted: readonly string[], available: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const word of available) counts.set(word, (counts.get(word) ?? 0) + 1);
  const missing: string[] = [];
  for (const word of wanted) {
    const left = counts.get(word) ?? 0;
    if (left > 0) counts.set(word, left - 1);
    else missing.push(word);
  }
  return missing;
}

/**
 * What an edit did to who said what, as readable problems (empty: nothing). For every question and every
 * organisation that answered it: its words are all still there under it (or, when the edit renames it on
 * purpose, under it or its new name), it still answers (same count, or more), and no organisation answers a
 * question twice or more where it did not before.
 */
function whoSaidWhatProblems(before: Tally, after: Tally, renames: ReadonlyMap<string, string> = new Map()): string[] {
  if (before.length !== after.length) return [`questions: ${before.length} before, ${after.length} after`];
  const problems: string[] = [];
  before.forEach((was, q) => {
    const is = after[q]!;
    for (const [key, answers] of was) {
      const target = renames.get(key);
      const group = target !== undefined && target !== key ? [key, target] : [key];
      const wanted = group.flatMap((k) => was.get(k)?.words ?? []);
      const available = group.flatMap((k) => is.get(k)?.words ?? []);
      const lost = missingWords(wanted, available);
      if (lost.length > 0) problems.push(`question #${q + 1}: words of ${JSON.stringify(answers.written)} lost: ${JSON.stringify(lost)}`);
      const count = (side: Map<string, OrganisationAnswers>): number => group.reduce((sum, k) => sum + (side.get(k)?.count ?? 0), 0);
      if (count(is) < count(was)) problems.push(`question #${q + 1}: answer of ${JSON.stringify(answers.written)} lost`);
    }
    for (const [key, answers] of is) {
      const had = was.get(key)?.count ?? 0;
      if (answers.count >= 2 && answers.count > had) problems.push(`question #${q + 1}: ${JSON.stringify(answers.written)} now answer as one organisation (${had} before)`);
    }
  });
  return problems;
}

const renameMap = (renames: readonly OrganisationRename[] | undefined, identity: (written: string) => string): Map<string, string> =>
  new Map((renames ?? []).map((rename) => [identity(rename.from), identity(rename.to)]));

/** A name without case, diacritics or punctuation: two names RUS004 takes for one spelling ("Region Orebro lan"). */
const lettersOnly = (name: string): string =>
  fold(name).normalize('NFD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const findingKey = (diagnostic: Diagnostic): string => `${diagnostic.ruleId}\u0000${diagnostic.message}`;
const countOf = (diagnostics: readonly Diagnostic[], key: string): number => diagnostics.filter((d) => findingKey(d) === key).length;

/** Every fix and suggestion of every diagnostic, each once, with whether it is the preferred fix. */
function offeredFixes(diagnostics: readonly Diagnostic[]): { diagnostic: Diagnostic; fix: Fix; preferred: boolean }[] {
  return diagnostics.flatMap((diagnostic) => [
    ...(diagnostic.fix ? [{ diagnostic, fix: diagnostic.fix, preferred: true }] : []),
    ...(diagnostic.suggestions ?? []).map((fix) => ({ diagnostic, fix, preferred: false })),
  ]);
}

// ---------------------------------------------------------------------------------------------------------
// Names

const namesOf = (...presets: (keyof typeof ROSTER_PRESET_ORGANISATIONS)[]): string[] => [
  ...new Set(presets.flatMap((preset) => ROSTER_PRESET_ORGANISATIONS[preset].map((organisation) => organisation.name))),
];
/** Regions, municipalities and county boards mixed: the names surveys of the RUS network are sent to. */
const PRESET_NAMES = namesOf('sweden-regions', 'sweden-municipalities', 'sweden-county-boards');
/** Every real name, official or earlier, of every preset. */
const ALL_REAL_NAMES = [
  ...new Set(Object.values(ROSTER_PRESET_ORGANISATIONS).flatMap((list) => list.flatMap((organisation) => [organisation.name, ...organisation.aliases]))),
];
/** Real organisations whose names are a letter or two apart: never near-duplicates of each other. */
const CLOSE_PAIRS: readonly (readonly [string, string])[] = [
  ['Region Värmland', 'Region Sörmland'],
  ['Mora kommun', 'Nora kommun'],
  ['Borås kommun', 'Torsås kommun'],
  ['Jönköpings kommun', 'Linköpings kommun'],
  ['Ekerö kommun', 'Öckerö kommun'],
  ['Sollefteå kommun', 'Skellefteå kommun'],
];

const lintOptions = (generated: GeneratedSurvey, locale: 'en' | 'sv' = 'en'): { config: Config; locale: 'en' | 'sv' } => ({
  config: generated.roster === 'config' ? { organisations: generated.rosterNames } : {},
  locale,
});

/** Random broken input: insertions, deletions and replacements of Markdown-significant pieces (as properties.test.ts). */
const piece = fc.constantFrom('|', '\n', '\r\n', '#', '### ', '#### ', '## ', '# ', '> ', '---\n', '-----', ' ', '<p>', '</p>', '<!-- rus-survey-disable RUS002 -->', '\t', '*', '1. ', '`', '\\', 'Region Skåne', '\u0000', '\uFEFF', '😀');
const mutated = (base: string) =>
  fc
    .array(fc.tuple(fc.nat(), fc.nat({ max: 20 }), fc.oneof(piece, fc.string({ maxLength: 8 }))), { minLength: 1, maxLength: 12 })
    .map((edits) =>
      edits.reduce((text, [at, remove, insert]) => {
        const position = text.length === 0 ? 0 : at % (text.length + 1);
        return text.slice(0, position) + insert + text.slice(position + remove);
      }, base),
    );

/** A generated survey with its organisations' names replaced by other names (which may be close to each other). */
function renamed(generated: GeneratedSurvey, names: readonly string[]): GeneratedSurvey {
  const used = [...new Set(generated.questions.flatMap((question) => question.answers.map((answer) => answer.organisation)))];
  const to = new Map(used.map((name, i) => [name, names[i % names.length]!]));
  let text = generated.text;
  // The placeholders are distinct tokens (see PLACEHOLDERS), so plain replacement touches only names.
  for (const [from, name] of to) text = text.split(from).join(name);
  return {
    ...generated,
    text,
    rosterNames: generated.rosterNames.map((name) => to.get(name) ?? name),
    questions: generated.questions.map((question) => ({
      ...question,
      answers: question.answers.map((answer) => ({ ...answer, organisation: to.get(answer.organisation)!, writtenName: to.get(answer.writtenName)! })),
    })),
  };
}
/** Names no answer word or title contains, far from each other: stand-ins to be replaced by real names. */
const PLACEHOLDERS = ['Qxa Alfa', 'Qxb Bravo', 'Qxc Charlie', 'Qxd Delta', 'Qxe Echo', 'Qxf Foxtrot', 'Qxg Golf', 'Qxh Hotell'];

/** The text with some answers taken out (at least one kept per question): each organisation answers only some questions. */
function sparse(text: string, drop: readonly boolean[]): string {
  const { survey } = lintSurvey(text);
  const lines = text.split('\n');
  const removed = new Set<number>();
  let i = 0;
  for (const question of allQuestions(survey)) {
    const dropped = question.answers.map(() => drop[i++ % drop.length]!);
    if (dropped.every(Boolean)) dropped[0] = false;
    question.answers.forEach((answer, a) => {
      if (!dropped[a]) return;
      for (let line = answer.range.start.line; line <= answer.range.end.line; line++) removed.add(line - 1);
    });
  }
  return lines.filter((_, index) => !removed.has(index)).join('\n');
}

const writtenNames = (survey: Survey): string[] => allQuestions(survey).flatMap((question) => question.answers.map((answer) => answer.organisation.text)).sort();

// ---------------------------------------------------------------------------------------------------------

describe('fixes never change who said what', () => {
  // Regions, municipalities and county boards mixed; and, so that RUS004's defects (a typo, a name without its
  // "län") come up more often, regions and county boards alone (their typos can never be a municipality's name).
  const wellFormed = fc.oneof(
    { weight: 2, arbitrary: surveyArbitrary({ names: PRESET_NAMES, defects: true }) },
    { weight: 1, arbitrary: surveyArbitrary({ names: namesOf('sweden-regions', 'sweden-county-boards'), defects: true }) },
  );

  it('well-formed surveys: every fix and suggestion alone keeps every answer under its organisation, passes the guard, and a fix removes its finding', () => {
    const exercised = new Set<string>();
    fc.assert(
      fc.property(wellFormed, fc.constantFrom<'en' | 'sv'>('en', 'sv'), (generated, locale) => {
        const options = lintOptions(generated, locale);
        const identity = identityOf(generated.rosterNames);
        const { survey, diagnostics } = lintSurvey(generated.text, options);
        const before = tally(survey, identity);
        for (const { diagnostic, fix, preferred } of offeredFixes(diagnostics)) {
          exercised.add(diagnostic.ruleId);
          const label = `${diagnostic.ruleId} ${diagnostic.message} — ${preferred ? 'fix' : 'suggestion'} "${fix.title}"`;
          const edited = applyFixes(generated.text, [{ fix }]);
          expect(edited, label).not.toBe(generated.text);
          const after = lintSurvey(edited, options);
          expect(whoSaidWhatProblems(before, tally(after.survey, identity), renameMap(fix.renames, identity)), label).toEqual([]);
          const verdict = guardFix(generated.text, survey, fix, options.config);
          expect(verdict.ok ? 'ok' : verdict.problem, label).toBe('ok');
          if (preferred) {
            const key = findingKey(diagnostic);
            expect(countOf(after.diagnostics, key), `${label}: the finding is still there`).toBeLessThan(countOf(diagnostics, key));
          }
        }
      }),
      { numRuns: 150 },
    );
    // Not vacuous: every fixable rule the planted defects call for was exercised.
    expect([...exercised].sort()).toEqual(expect.arrayContaining(['RUS001', 'RUS002', 'RUS004', 'RUS006', 'RUS008', 'RUS009']));
  }, PROPERTY_TIMEOUT);

  it('well-formed surveys: fixSurvey withholds nothing, is idempotent, fixes the planted defects it should, and keeps every word', () => {
    fc.assert(
      fc.property(wellFormed, (generated) => {
        const options = lintOptions(generated);
        const once = fixSurvey(generated.text, options);
        expect(once.withheld.map((fix) => fix.title)).toEqual([]);
        expect(fixSurvey(once.text, options).text).toBe(once.text);

        const reported = (ruleId: string, severity?: string): Diagnostic[] =>
          once.diagnostics.filter((d) => d.ruleId === ruleId && (severity === undefined || d.severity === severity));
        for (const defect of generated.defects) {
          switch (defect.kind) {
            case 'missing-notice':
              expect(reported('RUS001', 'error')).toEqual([]);
              break;
            case 'wrong-number':
              expect(reported('RUS006')).toEqual([]);
              break;
            case 'continuation-row':
              expect(reported('RUS008')).toEqual([]);
              break;
            case 'paragraph-tags':
              expect(reported('RUS009')).toEqual([]);
              break;
            case 'shortened-name':
              if (generated.roster !== 'inferred') expect(reported('RUS004').filter((d) => d.message.includes(`"${defect.writtenName}"`))).toEqual([]);
              break;
            case 'typo': {
              const found = reported('RUS004').filter((d) => d.message.includes(`"${defect.writtenName}"`));
              // A "typo" that only swaps å/ä/ö for a/o ("Region Uppsåla") is, by RUS004's rules, certain: --fix renames it.
              if (lettersOnly(defect.writtenName) === lettersOnly(defect.organisation)) {
                expect(found, `typo ${defect.writtenName} of ${defect.organisation} differs only in å/ä/ö`).toEqual([]);
                break;
              }
              expect(found, `typo ${defect.writtenName} of ${defect.organisation}`).toHaveLength(1);
              expect(found[0]!.fix).toBeUndefined();
              expect(found[0]!.suggestions?.flatMap((s) => s.renames ?? [])).toEqual([{ from: defect.writtenName, to: defect.organisation }]);
              break;
            }
            case 'missing-answer':
              break;
          }
        }

        // Oracle 1: words by (question, organisation), the planted wrong names counted for their organisation.
        const roster: RosterSpec = [
          ...generated.rosterNames,
          ...generated.defects.flatMap((d) => (d.kind === 'typo' || d.kind === 'shortened-name' ? [{ name: d.organisation, aliases: [d.writtenName] }] : [])),
        ];
        const identity = identityOf(roster);
        const before = tally(lintSurvey(generated.text, options).survey, identity);
        expect(whoSaidWhatProblems(before, tally(once.survey, identity))).toEqual([]);

        // Oracle 2: the generator's description of what it wrote, by organisation over the whole survey.
        const afterWords = new Map<string, string[]>();
        for (const question of allQuestions(once.survey)) {
          for (const answer of question.answers) {
            const key = identity(answer.organisation.text);
            afterWords.set(key, [...(afterWords.get(key) ?? []), ...oracleWords(answer.text)]);
          }
        }
        for (const [organisation, words] of answerWordsByOrganisation(generated)) {
          expect(missingWords(words, afterWords.get(identity(organisation)) ?? []), organisation).toEqual([]);
        }
      }),
      { numRuns: 100 },
    );
  }, PROPERTY_TIMEOUT);

  it('real names are never near-duplicates: no RUS004 and no rename, with every answer or only some', () => {
    const placeholderSurvey = surveyArbitrary({ names: PLACEHOLDERS, maxQuestions: 5 }).filter((generated) => generated.roster === 'inferred');
    const sameOrganisation = identityOf([]);
    const realNames = fc
      .tuple(fc.subarray([...CLOSE_PAIRS], { minLength: 1 }), fc.shuffledSubarray(ALL_REAL_NAMES, { minLength: 8, maxLength: 8 }), fc.boolean())
      .map(([pairs, others, pairsFirst]) => {
        const picked = pairsFirst ? [...pairs.flat(), ...others] : [...others.slice(0, 2), ...pairs.flat(), ...others.slice(2)];
        const seen = new Set<string>();
        return picked.filter((name) => !seen.has(sameOrganisation(name)) && seen.add(sameOrganisation(name)));
      });
    fc.assert(
      fc.property(placeholderSurvey, realNames, fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }), (placeholders, names, drop) => {
        const generated = renamed(placeholders, names);
        for (const text of [generated.text, sparse(generated.text, drop)]) {
          const label = text === generated.text ? 'every answer' : 'sparse answers';
          const { survey, diagnostics } = lintSurvey(text);
          expect(diagnostics.filter((d) => d.ruleId === 'RUS004').map((d) => d.message), label).toEqual([]);
          expect(offeredFixes(diagnostics).flatMap(({ fix }) => fix.renames ?? []), label).toEqual([]);
          const fixed = fixSurvey(text);
          expect(fixed.withheld, label).toEqual([]);
          if (text === generated.text) {
            expect(writtenNames(fixed.survey), label).toEqual(writtenNames(survey));
          } else {
            // RUS002 (inferred roster) may add rows for organisations that answer other questions: only names already written.
            const written = new Set(writtenNames(survey));
            expect(writtenNames(fixed.survey).filter((name) => !written.has(name)), label).toEqual([]);
            allQuestions(survey).forEach((question, q) => {
              const afterNames = allQuestions(fixed.survey)[q]!.answers.map((answer) => answer.organisation.text);
              expect(missingWords(question.answers.map((answer) => answer.organisation.text), afterNames), `${label}, question #${q + 1}`).toEqual([]);
            });
          }
        }
      }),
      { numRuns: 150 },
    );
  }, PROPERTY_TIMEOUT);

  it('mutated surveys: every fix and suggestion the guard accepts keeps every answer under its organisation (oracle)', () => {
    const names = [...PRESET_NAMES, ...namesOf('sweden-national-bodies'), 'Stockholms läns landsting', 'Landstinget Blekinge', 'SKL'];
    const broken = surveyArbitrary({ names, defects: true, maxOrganisations: 6, maxQuestions: 4 })
      .filter((generated) => generated.roster !== 'inferred')
      .chain((generated) => fc.tuple(fc.constant(generated), mutated(generated.text)));
    let offered = 0;
    let rejected = 0;
    const rejectedBy = new Map<string, number>();
    fc.assert(
      fc.property(broken, ([generated, text]) => {
        const options = lintOptions(generated);
        const identity = identityOf(generated.rosterNames);
        const { survey, diagnostics } = lintSurvey(text, options);
        const before = tally(survey, identity);
        for (const { diagnostic, fix, preferred } of offeredFixes(diagnostics)) {
          offered++;
          const verdict = guardFix(text, survey, fix, options.config);
          if (!verdict.ok) {
            rejected++;
            const key = `${diagnostic.ruleId} ${verdict.problem.kind}`;
            rejectedBy.set(key, (rejectedBy.get(key) ?? 0) + 1);
            continue;
          }
          const label = `${diagnostic.ruleId} ${diagnostic.message} — ${preferred ? 'fix' : 'suggestion'} "${fix.title}"`;
          const after = tally(lintSurvey(verdict.text, options).survey, identity);
          expect(whoSaidWhatProblems(before, after, renameMap(fix.renames, identity)), label).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
    console.log(`mutated surveys: ${offered} fixes and suggestions offered, ${rejected} rejected by guardFix`, Object.fromEntries([...rejectedBy].sort()));
  }, PROPERTY_TIMEOUT);
});

describe('regressions', () => {
  const NOTICE = '> Tänk på att detta är ett diskussionsunderlag för nätverket, vill du använda materialet i något annat sammanhang, kontakta deltagarna i nätverket och stäm av.';
  const tableSurvey = (rows: string, lineBreak = '\n'): string =>
    `# Enkät\n\n${NOTICE}\n\n## Del ett\n\n### 1. Första frågan?\n\n| Organisation | Svar |\n| --- | --- |\n${rows}\n`.replace(/\n/g, lineBreak);
  const identity = identityOf([]);

  it('the oracle sees words moved into a name, answers merged, and honours declared renames', () => {
    const text = tableSurvey('| Region Blekinge | ett två |\n| Region Skåne | tre |');
    const before = tally(lintSurvey(text).survey, identity);
    const after = (edited: string) => tally(lintSurvey(edited).survey, identity);
    expect(whoSaidWhatProblems(before, after(text.replace('| Region Blekinge | ett två |', '| Region Blekinge ett | två |')))).not.toEqual([]);
    expect(whoSaidWhatProblems(before, after(text.replace('| Region Skåne | tre |', '| Region Blekinge | tre |')))).not.toEqual([]);
    expect(whoSaidWhatProblems(before, after(text.replace('ett två', 'ett')))).not.toEqual([]);
    expect(whoSaidWhatProblems(before, after(text.replace('| Region Skåne | tre |\n', '')))).not.toEqual([]);
    const renamedText = text.replace('| Region Skåne | tre |', '| Region Halland | tre |');
    expect(whoSaidWhatProblems(before, after(renamedText))).not.toEqual([]);
    expect(whoSaidWhatProblems(before, after(renamedText), renameMap([{ from: 'Region Skåne', to: 'Region Halland' }], identity))).toEqual([]);
    // Known organisations under an earlier name are one organisation; escapes and tags are read as a reader would.
    expect(whoSaidWhatProblems(before, after(text.replace('Region Blekinge', 'Landstinget Blekinge').replace('ett två', 'ett<br><!-- x -->två')))).toEqual([]);
    const exclaimed = tableSurvey('| Region Blekinge | ett! två |\n| Region Skåne | tre |');
    expect(whoSaidWhatProblems(tally(lintSurvey(exclaimed).survey, identity), after(exclaimed.replace('ett!', 'ett\\!')))).toEqual([]);
    expect(oracleWords('a \\<p> b <p>c</p><!-- d --> e\\|f \\\\<br>g')).toEqual(['a', '<p>', 'b', 'c', 'e|f', '\\', 'g']);
  });

  it.each([
    ['| Region Blekinge |', '\n'],
    ['| Region Blekinge', '\n'],
    ['|Region Blekinge|', '\n'],
    ['| Region Blekinge |', '\r\n'],
  ])('RUS008: a row without an answer cell (%j) keeps its continuation as its answer', (firstRow, lineBreak) => {
    const text = tableSurvey(`${firstRow}\n|  | fortsättning |\n| Region Skåne | Svar från Skåne. |`, lineBreak);
    const { survey, diagnostics } = lintSurvey(text);
    const rus008 = diagnostics.filter((d) => d.ruleId === 'RUS008');
    expect(rus008).toHaveLength(1);
    const fix = rus008[0]!.fix!;
    expect(fix).toBeDefined();
    const edited = applyFixes(text, [{ fix }]);
    const after = lintSurvey(edited).survey;
    const problems = whoSaidWhatProblems(tally(survey, identity), tally(after, identity));
    const blekinge = allQuestions(after)[0]!.answers.find((answer) => answer.organisation.text === 'Region Blekinge');
    // Core gets this right since afebba7 (RUS008 gives the row an answer cell), so the strict form is asserted:
    // "fortsättning" is Blekinge's answer, the name is unchanged, the guard agrees, and the finding is gone.
    expect(problems, JSON.stringify(edited)).toEqual([]);
    expect(blekinge, JSON.stringify(edited)).toBeDefined();
    expect(oracleWords(blekinge!.text)).toEqual(['fortsättning']);
    expect(guardFix(text, survey, fix).ok).toBe(true);
    expect(lintSurvey(edited).diagnostics.filter((d) => d.ruleId === 'RUS008')).toEqual([]);
  });

  it.each([
    ['table, escaped and real tags', tableSurvey('| Region Blekinge | Vi skriver \\<p> i texten <p>ett</p> <p>två</p> |\n| Region Skåne | Svar. |')],
    ['table, only escaped tags', tableSurvey('| Region Blekinge | Taggen \\<p> och \\</p> är text |\n| Region Skåne | Svar. |')],
    ['table, an escaped backslash before a real tag', tableSurvey('| Region Blekinge | Snedstreck \\\\<p>ett</p> och \\<p> |\n| Region Skåne | Svar. |')],
    [
      'sections',
      `# Enkät\n\n${NOTICE}\n\n## Del ett\n\n### 1. Första frågan?\n\n#### Region Blekinge\n\nVi skriver \\<p> i texten <p>ett</p> <p>två</p> här.\n\n#### Region Skåne\n\nSvar.\n`,
    ],
  ])('RUS009: no offered fix turns an escaped \\<p> into anything else (%s)', (_, text) => {
    const { survey, diagnostics } = lintSurvey(text);
    const literal = (source: string): number => (source.match(/(?<!\\)(?:\\\\)*\\<\/?p>/g) ?? []).length;
    const blekingeWords = (s: Survey): string[] =>
      allQuestions(s).flatMap((question) => question.answers.filter((answer) => answer.organisation.text === 'Region Blekinge').flatMap((answer) => oracleWords(answer.text)));
    const literalWords = blekingeWords(survey).filter((word) => word.includes('<'));
    expect(literalWords.length).toBeGreaterThan(0);
    for (const { diagnostic, fix } of offeredFixes(diagnostics)) {
      const edited = applyFixes(text, [{ fix }]);
      const after = lintSurvey(edited).survey;
      expect(literal(edited), `${diagnostic.ruleId} "${fix.title}" gives ${JSON.stringify(edited)}`).toBe(literal(text));
      expect(missingWords(literalWords, blekingeWords(after).filter((word) => word.includes('<')))).toEqual([]);
      expect(whoSaidWhatProblems(tally(survey, identity), tally(after, identity))).toEqual([]);
      expect(guardFix(text, survey, fix).ok).toBe(true);
    }
    const fixed = fixSurvey(text);
    expect(literal(fixed.text)).toBe(literal(text));
    expect(fixed.withheld).toEqual([]);
  });

  // Found by the mutated-survey property as guard rejections, then reduced by hand: RUS009's fix deleted a `</p>`
  // between two words, so they ran together ("ett</p>två" → "etttvå"), and fixSurvey had to withhold it.
  it.each([
    ['table', tableSurvey('| Region Blekinge | ett</p>två |\n| Region Skåne | Svar. |')],
    ['table, <p> first', tableSurvey('| Region Blekinge | <p>ett</p>två |\n| Region Skåne | Svar. |')],
    ['sections', `# Enkät\n\n${NOTICE}\n\n## Del ett\n\n### 1. Första frågan?\n\n#### Region Blekinge\n\nFörsta stycket.</p>Andra stycket.\n\n#### Region Skåne\n\nSvar.\n`],
  ])('RUS009: converting a </p> between two words keeps them two words (%s)', (_, text) => {
    const { survey, diagnostics } = lintSurvey(text);
    const fix = diagnostics.find((d) => d.ruleId === 'RUS009')?.fix;
    expect(fix).toBeDefined();
    const edited = applyFixes(text, [{ fix: fix! }]);
    expect(whoSaidWhatProblems(tally(survey, identity), tally(lintSurvey(edited).survey, identity)), JSON.stringify(edited)).toEqual([]);
    expect(fixSurvey(text).withheld).toEqual([]);
  });

  // Broken input where a rule offers a fix that would change the document's structure (found by the
  // mutated-survey property): the guard must reject it, and fixSurvey must hold it back and leave the text alone.
  it.each([
    // RUS006 renumbers an empty `###` as `###2. `, which is no heading: question 2 would disappear.
    ['RUS006', `# Enkät\n\n${NOTICE}\n\n## Del ett\n\n### 1. Första frågan?\n\n#### Region Blekinge\n\nett\n\n###\n\n#### Region Skåne\n\ntvå\n`],
    // RUS009 turns the `<p>` of a paragraph line `###<p>två` into a blank line: `###` becomes an empty question.
    ['RUS009', `# Enkät\n\n${NOTICE}\n\n## Del ett\n\n### 1. Första frågan?\n\n#### Region Blekinge\n\nett\n###<p>två\n\n#### Region Skåne\n\ntre\n`],
  ])('%s: a fix that would add or remove a question is rejected by the guard and held back', (ruleId, text) => {
    const { survey, diagnostics } = lintSurvey(text);
    const fix = diagnostics.find((d) => d.ruleId === ruleId)?.fix;
    expect(fix).toBeDefined();
    const verdict = guardFix(text, survey, fix!);
    expect(verdict.ok).toBe(false);
    expect(allQuestions(lintSurvey(verdict.text).survey)).not.toHaveLength(allQuestions(survey).length);
    const fixed = fixSurvey(text);
    expect(fixed.withheld.map((f) => f.title)).toContain(fix!.title);
    expect(allQuestions(fixed.survey)).toHaveLength(allQuestions(survey).length);
  });
});
