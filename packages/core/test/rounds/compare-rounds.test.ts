import { describe, expect, it } from 'vitest';
import { answerInRound, compareRounds, isSameQuestionnaire, parseSurvey, roundFromText, type RoundsComparison } from '../../src/index.js';
import { exampleSurvey } from '../test-files.js';

const NEW_QUESTION = 'Hur arbetar ni med Agenda 2030 i RUSen?';

/** The seed a year on: one answer rewritten, one removed, a question reworded, one added (so later ones renumber), SLL under its new name. */
function round2019(text = exampleSurvey()): string {
  let next = text
    .replace('date: 2018-04-24', 'date: 2019-04-10')
    .replace('möte 24 april 2018', 'möte 10 april 2019')
    .replace('| Region Blekinge | Den styr prioriteringar av aktiviteter och finansieringar. |', '| Region Blekinge | Den styr prioriteringar av aktiviteter, projekt och finansieringar. |')
    .replace(/\| Svenska ESF-rådet \| Finns på regional nivå \|\n/, '')
    .replaceAll('Hur påverkar uppföljningen av RUSen er verksamhetsplanering?', 'Hur påverkar uppföljningen av RUSen er verksamhetsplanering och budget?')
    .replaceAll('Stockholms läns landsting', 'Region Stockholm');
  for (let n = 9; n >= 5; n--) next = next.replace(`### ${n}. `, `### ${n + 1}. `).replace(`| Organisation | ${n}. `, `| Organisation | ${n + 1}. `);
  return next.replace(
    '## Del två: RUSens aktualitet\n',
    `## Del två: RUSens aktualitet\n\n### 5. ${NEW_QUESTION}\n\n| Organisation | Svar |\n| --- | --- |\n| Region Skåne | Agenda 2030 är en bärande del. |\n| Region Stockholm | Vi har integrerat målen. |\n`,
  );
}

const rounds = (...texts: string[]): RoundsComparison =>
  compareRounds(texts.map((text, index) => ({ uri: `file:///r${index}.survey.md`, survey: parseSurvey(text).survey })));

const cell = (comparison: RoundsComparison, organisation: string, key: string) =>
  comparison.cells.find((c) => c.organisation === organisation && c.questionKey === key);

describe('compareRounds', () => {
  const comparison = rounds(exampleSurvey(), round2019());

  it('labels rounds by the date in their titles', () => {
    expect(comparison.rounds.map((r) => [r.label, r.labelSource, r.questions])).toEqual([
      ['2018-04', 'date', 9],
      ['2019-04', 'date', 10],
    ]);
    expect(comparison.rounds[0]!.answered).toBe(78);
    expect(comparison.rounds[1]!.answered).toBe(79);
  });

  it('matches renumbered questions by wording, a reworded one by number, and reports the new one as added', () => {
    expect(comparison.questions).toHaveLength(10);
    const byKey = new Map(comparison.questions.map((q) => [q.key, q]));
    expect(byKey.get('2018-04#3')).toMatchObject({ matchedBy: ['number'], changes: ['reworded'] });
    for (let n = 5; n <= 9; n++) {
      const question = byKey.get(`2018-04#${n}`)!;
      expect(question.rounds[1]!.number).toBe(n + 1);
      expect(question).toMatchObject({ matchedBy: ['text'], changes: ['unchanged'] });
    }
    expect(byKey.get('2019-04#5')).toMatchObject({ rounds: [null, { number: 5, text: NEW_QUESTION }], changes: ['added'] });
    expect(comparison.summary.questionsAdded).toEqual([[`5. ${NEW_QUESTION}`]]);
    expect(comparison.summary.questionsDropped).toEqual([[]]);
  });

  it('keeps one organisation under its earlier and its current name', () => {
    const names = comparison.organisations.map((o) => o.name);
    expect(names).toContain('Region Stockholm');
    expect(names).not.toContain('Stockholms läns landsting');
    expect(names).toHaveLength(10);
    const stockholm = cell(comparison, 'Region Stockholm', '2018-04#1')!;
    expect(stockholm.answers.map((a) => a?.writtenAs)).toEqual(['Stockholms läns landsting', 'Region Stockholm']);
    expect(stockholm.changes[0]!.kind).toBe('unchanged');
    expect(comparison.summary.organisationsJoined).toEqual([[]]);
    expect(comparison.summary.organisationsLeft).toEqual([[]]);
  });

  it('marks an edited answer with a word diff that rebuilds both texts, and a removed one', () => {
    const blekinge = cell(comparison, 'Region Blekinge', '2018-04#1')!;
    expect(blekinge.changes[0]!.kind).toBe('edited');
    const diff = blekinge.changes[0]!.diff!;
    expect(diff.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe('Den styr prioriteringar av aktiviteter och finansieringar.');
    expect(diff.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe('Den styr prioriteringar av aktiviteter, projekt och finansieringar.');
    expect(diff.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toContain('projekt');

    const esf = cell(comparison, 'Svenska ESF-rådet', '2018-04#2')!;
    expect(esf.answers[1]).toBeNull();
    expect(esf.changes[0]!.kind).toBe('removed');
    expect(cell(comparison, 'Region Skåne', '2019-04#5')!.changes[0]!.kind).toBe('new');
    expect(comparison.summary.answerChanges).toEqual([{ new: 2, removed: 1, edited: 1, unchanged: 76 }]);
  });

  it('orders dated rounds by date whatever the order given, and keeps the given order on request', () => {
    expect(rounds(round2019(), exampleSurvey()).rounds.map((r) => r.label)).toEqual(['2018-04', '2019-04']);
    const kept = compareRounds(
      [round2019(), exampleSurvey()].map((text, i) => ({ uri: `file:///${i}`, survey: parseSurvey(text).survey })),
      { keepOrder: true },
    );
    expect(kept.rounds.map((r) => r.label)).toEqual(['2019-04', '2018-04']);
  });

  it('takes the round from front matter before the title, and falls back to file order', () => {
    const declared = exampleSurvey().replace('rus-survey: true\n', 'rus-survey: true\nround: vår-2018\n');
    expect(rounds(declared).rounds[0]).toMatchObject({ label: 'vår-2018', labelSource: 'front-matter' });
    const undated = '# Enkät\n\n## Del\n\n### 1. Fråga?\n\n| Organisation | Svar |\n| --- | --- |\n| Region Skåne | Ja |\n';
    expect(rounds(undated, undated.replace('Ja', 'Nej')).rounds.map((r) => [r.label, r.labelSource])).toEqual([
      ['round 1', 'order'],
      ['round 2', 'order'],
    ]);
  });

  it('follows same-as over the wording, and reports a same-as that names no question of the round before', () => {
    const overridden = round2019().replace('rus-survey: true\n', 'rus-survey: true\nsame-as:\n  "5": "2018-04#5"\n  "7": "2017-04#6"\n');
    const comparison = rounds(exampleSurvey(), overridden);
    const old5 = comparison.questions.find((q) => q.key === '2018-04#5')!;
    expect(old5.rounds[1]).toMatchObject({ number: 5, text: NEW_QUESTION });
    expect(old5).toMatchObject({ matchedBy: ['same-as'], changes: ['reworded'] });
    expect(comparison.summary.unresolvedSameAs).toEqual([{ round: '2019-04', question: 7, target: '2017-04#6' }]);
  });

  it('finds a question that moved and was reworded by its wording', () => {
    const moved = round2019().replaceAll(
      'Vilka arenor finns och används för att ompröva eller ändra i RUS?',
      'Vilka arenor finns och används idag för att ompröva eller ändra i RUS?',
    );
    const question = rounds(exampleSurvey(), moved).questions.find((q) => q.key === '2018-04#8')!;
    expect(question.rounds[1]!.number).toBe(9);
    expect(question).toMatchObject({ matchedBy: ['text'], changes: ['reworded'] });
  });

  it('names an organisation by its current name even where the latest round still writes an earlier one', () => {
    const comparison = rounds(round2019(), exampleSurvey().replace('möte 24 april 2018', 'möte 3 maj 2020').replace('date: 2018-04-24', 'date: 2020-05-03'));
    expect(comparison.rounds.map((r) => r.label)).toEqual(['2019-04', '2020-05']);
    expect(comparison.organisations.map((o) => o.name)).toContain('Region Stockholm');
    expect(comparison.organisations.map((o) => o.name)).not.toContain('Stockholms läns landsting');
  });

  it('chains three rounds, a question dropped in the third', () => {
    const third = round2019()
      .replaceAll('10 april 2019', '2 april 2020')
      .replace('date: 2019-04-10', 'date: 2020-04-02')
      .replace(/### 10\. Om ni gjort en aktualitetsprövning[\s\S]*$/, '');
    const comparison = rounds(exampleSurvey(), round2019(), third);
    expect(comparison.rounds.map((r) => r.label)).toEqual(['2018-04', '2019-04', '2020-04']);
    const q9 = comparison.questions.find((q) => q.key === '2018-04#9')!;
    expect(q9.changes).toEqual(['unchanged', 'dropped']);
    expect(comparison.summary.questionsDropped[1]).toEqual(['10. Om ni gjort en aktualitetsprövning av RUS - hur såg processen ut?']);
    expect(comparison.organisations.find((o) => o.name === 'Region Blekinge')!.answeredIn).toEqual([true, true, true]);
  });
});

describe('roundFromText', () => {
  it.each([
    ['Enkät inför RUS-nätverkets möte 24 april 2018', '2018-04'],
    ['Survey for the March 2021 meeting', '2021-03'],
    ['2019-10-03', '2019-10'],
    ['RUS-enkät 2022', '2022'],
    ['Enkät inför mötet', null],
  ])('%j → %j', (text, expected) => {
    expect(roundFromText(text)).toBe(expected);
  });
});

describe('isSameQuestionnaire', () => {
  const survey = (text: string) => parseSurvey(text).survey;
  it('takes a later round with a question added and one reworded as the same questionnaire', () => {
    expect(isSameQuestionnaire(survey(exampleSurvey()), survey(round2019()))).toBe(true);
  });
  it('does not take another survey with the same numbers as the same questionnaire', () => {
    const other = '# Annan enkät\n\n## Del\n\n### 1. Hur många anställda har ni?\n\n### 2. Vilken budget har ni för kultur?\n\n### 3. När antogs planen?\n';
    expect(isSameQuestionnaire(survey(exampleSurvey()), survey(other))).toBe(false);
  });
});

describe('answerInRound', () => {
  it('finds the organisation’s answer to the same question in the round before, through a renumbering and a new name', () => {
    const later = round2019();
    const comparison = rounds(exampleSurvey(), later);
    const offset = later.indexOf('| Region Stockholm | Under uppbyggnad') + 5;
    expect(offset).toBeGreaterThan(4);
    const found = answerInRound(comparison, 'file:///r1.survey.md', offset, -1)!;
    expect(found).toMatchObject({ organisation: 'Region Stockholm', round: '2018-04', question: { number: 8 } });
    expect(found.answer!.writtenAs).toBe('Stockholms läns landsting');
    expect(found.answer!.text.startsWith('Under uppbyggnad för genomförande av RUFSS 2050')).toBe(true);
    expect(answerInRound(comparison, 'file:///r0.survey.md', offset, -1)).toBeUndefined();
    expect(answerInRound(comparison, 'file:///r1.survey.md', later.indexOf('## Del två'), -1)).toBeUndefined();
  });
});
