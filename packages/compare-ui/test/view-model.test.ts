import { describe, expect, it } from 'vitest';
import { answerParagraphs, answerPlainText, findMatches } from '../src/answer-text.js';
import { compareMatrix, parseSurvey } from '@rus-survey/core';
import { matrixToCsv } from '../src/csv.js';
import { formatPercent, t } from '../src/i18n.js';
import { applyFilters, buildViewModel, NO_FILTERS, STATUS_SYMBOL, wordLevel } from '../src/view-model.js';
import { exampleMatrix } from './fixtures.js';

describe('buildViewModel on the example', () => {
  const model = buildViewModel(exampleMatrix());

  it('has 9 questions in 2 parts, 10 organisations, 78 of 90 answered (87 %)', () => {
    expect(model.questions).toHaveLength(9);
    expect(model.parts.map((p) => p.questions.length)).toEqual([4, 5]);
    expect(model.organisations).toHaveLength(10);
    expect(model.totals).toMatchObject({ cells: 90, answered: 78, missing: 12, percent: 87 });
    expect(t('en', 'summary', { answered: 78, cells: 90, percent: formatPercent(78, 90) })).toBe('78 of 90 answered · 87\u00a0%');
    expect(t('sv', 'summary', { answered: 78, cells: 90, percent: formatPercent(78, 90) })).toBe('78 av 90 besvarade · 87\u00a0%');
  });

  it('counts coverage per question and per organisation', () => {
    expect(model.questions.map((q) => q.answered)).toEqual([10, 10, 10, 8, 10, 6, 8, 9, 7]);
    expect(model.questions[5]!.percent).toBe(60);
    const esf = model.organisations.find((o) => o.name === 'Svenska ESF-rådet')!;
    expect(esf).toMatchObject({ answered: 4, total: 9, percent: 44 });
    expect(model.organisations.reduce((sum, o) => sum + o.answered, 0)).toBe(78);
  });

  it('shows core\'s counts (matrix.coverage), not sums of its own', () => {
    const matrix = exampleMatrix();
    matrix.coverage.questions[3]!.answered = 2;
    matrix.coverage.organisations[1]!.words = 1234;
    matrix.coverage.totals.answered = 45;
    const edited = buildViewModel(matrix);
    expect(edited.questions[3]).toMatchObject({ answered: 2, total: 10, percent: 20 });
    expect(edited.organisations[1]!.words).toBe(1234);
    expect(edited.totals).toMatchObject({ answered: 45, cells: 90, percent: 50 });
  });

  it('counts words per organisation (Region Blekinge: 137 words in its nine answers, as the view showed before core counted them)', () => {
    expect(model.organisations[0]).toMatchObject({ name: 'Region Blekinge', answered: 9, total: 9, words: 137 });
  });

  it('gives each cell a status symbol and a shade by length', () => {
    const cell = model.questions[3]!.cells[1]!;
    expect(cell).toMatchObject({ status: 'missing', level: 0, location: null, plain: '' });
    expect(STATUS_SYMBOL.missing).toBe('✕');
    expect([wordLevel('answered', 3), wordLevel('answered', 20), wordLevel('answered', 57), wordLevel('missing', 99)]).toEqual([1, 2, 3, 0]);
    expect(model.questions[2]!.cells.every((c) => c.location?.uri === 'rus-natverket-2018.survey.md')).toBe(true);
  });

  it('drops <p> markup from answers (Region Skåne, question 3) and keeps the paragraphs', () => {
    const skane = model.questions[2]!.cells[8]!;
    expect(skane.source).toContain('<p>');
    expect(skane.plain).not.toContain('<p>');
    expect(answerParagraphs(skane.source).length).toBeGreaterThan(1);
  });
});

describe('filters', () => {
  const model = buildViewModel(exampleMatrix());

  it('without filters shows everything and matches every cell', () => {
    const result = applyFilters(model, NO_FILTERS);
    expect(result.active).toBe(false);
    expect(result.questions).toHaveLength(9);
    expect(result.organisations).toHaveLength(10);
    expect(result.cellMatches(0, 0)).toBe(true);
  });

  it('by part and organisation', () => {
    const result = applyFilters(model, { query: '', part: 1, organisation: 1 });
    expect(result.questions).toEqual([4, 5, 6, 7, 8]);
    expect(result.organisations).toEqual([1]);
  });

  it('text matching an organisation keeps its column, accents and case ignored', () => {
    const result = applyFilters(model, { query: 'skane', part: null, organisation: null });
    expect(result.organisations).toContain(8);
    expect(result.questions).toHaveLength(9);
    expect(result.cellMatches(0, 8)).toBe(true);
  });

  it('text matching a question keeps its row with every organisation', () => {
    const result = applyFilters(model, { query: 'aktualitetsprövning', part: null, organisation: null });
    expect(result.questions).toContain(8);
    expect(result.questions).not.toContain(0);
    expect(result.organisations).toHaveLength(10);
    for (let o = 0; o < 10; o++) expect(result.cellMatches(8, o)).toBe(true);
  });

  it('text matching answers keeps only the rows and columns with a match', () => {
    const result = applyFilters(model, { query: 'Smart specialisering', part: null, organisation: null });
    expect(result.questions.length).toBeGreaterThan(0);
    expect(result.organisations.length).toBeLessThan(10);
    for (const q of result.questions) expect(result.organisations.some((o) => result.cellMatches(q, o))).toBe(true);
  });

  it('nothing matches', () => {
    const result = applyFilters(model, { query: 'zzzqqq', part: null, organisation: null });
    expect(result).toMatchObject({ active: true, questions: [], organisations: [] });
  });
});

describe('answer text', () => {
  it('reads <br> and <p> as structure, everything else as text', () => {
    expect(answerParagraphs('a<br>b<br/>c')).toEqual([['a', 'b', 'c']]);
    expect(answerParagraphs('<p>one</p><p>two</p>')).toEqual([['one'], ['two']]);
    expect(answerPlainText('x <img src=x onerror=alert(1)> y')).toBe('x <img src=x onerror=alert(1)> y');
    expect(answerPlainText('a \\| b')).toBe('a | b');
  });

  it('finds matches ignoring case and accents, at the original offsets', () => {
    expect(findMatches('Region Skåne och SKANE', 'skane')).toEqual([
      [7, 12],
      [17, 22],
    ]);
    expect(findMatches('abc', '  ')).toEqual([]);
  });
});

describe('csv', () => {
  it('is the CLI format: BOM, header, one row per cell, RFC 4180 quoting', () => {
    const csv = matrixToCsv(exampleMatrix());
    expect(csv.startsWith('\uFEFFquestion,question text,part,organisation,status,words,answer\r\n')).toBe(true);
    expect(csv.match(/\r\n(?=\d,)/g)!.length).toBeGreaterThanOrEqual(90);
  });

  it('writes an answer a spreadsheet would run as a formula as text', () => {
    const survey = parseSurvey(
      '# Enkät\n\n### 1. Fråga?\n\n| Organisation | Svar |\n| --- | --- |\n| Region Skåne | =HYPERLINK("http://x","klick") |\n| @Region | -3 |\n',
    );
    const csv = matrixToCsv(compareMatrix([{ uri: 'file:///s.survey.md', survey: survey.survey }]));
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""klick"")"`);
    expect(csv).toContain(",'@Region,");
    expect(csv).toContain(',-3\r\n');
  });
});
