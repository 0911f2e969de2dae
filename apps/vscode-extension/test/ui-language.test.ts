// One language for the extension: rusSurvey.locale when set, else VS Code's display language (as the server
// resolves it for diagnostics), and the views' strings translated into it from the Swedish bundle.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareMatrix, parseSurvey } from '@rus-survey/core';
import { statusModel } from '../src/status-model';
import { translator } from '../src/translate';
import { uiLocale } from '../src/ui-locale';
import { answerPicks } from '../src/views/answer-picks';
import { organisationsTree, questionsTree } from '../src/views/tree-model';

const text = readFileSync(fileURLToPath(new URL('../../../examples/rus-natverket-2018.survey.md', import.meta.url)), 'utf8');
const matrix = compareMatrix([{ uri: 'file:///work/example.survey.md', survey: parseSurvey(text).survey }]);

describe('the UI locale', () => {
  it('is the setting when it is set, whatever VS Code speaks', () => {
    expect(uiLocale('sv', 'en')).toBe('sv');
    expect(uiLocale('en', 'sv')).toBe('en');
    expect(uiLocale('sv-FI', 'de')).toBe('sv');
  });
  it("is VS Code's display language when the setting is empty or not a string", () => {
    expect(uiLocale('', 'sv')).toBe('sv');
    expect(uiLocale('  ', 'sv')).toBe('sv');
    expect(uiLocale(undefined, 'sv')).toBe('sv');
    expect(uiLocale(42, 'sv')).toBe('sv');
    expect(uiLocale('', 'en-us')).toBe('en');
  });
  it('reads the language part of a tag, Swedish or else English, as the server does', () => {
    expect(uiLocale('SV_se', 'en')).toBe('sv');
    expect(uiLocale('', 'sv-SE')).toBe('sv');
    expect(uiLocale('nb', 'sv')).toBe('en');
    expect(uiLocale('', 'zh-cn')).toBe('en');
    expect(uiLocale('svenska', 'en')).toBe('en');
  });
});

describe('translation', () => {
  it('puts Swedish in from the bundle, with the placeholders filled', () => {
    const sv = translator('sv');
    expect(sv('{0} words', 12)).toBe('12 ord');
    expect(sv('{0}/{1} answered ({2}%)', 7, 9, 78)).toBe('7/9 besvarade (78 %)');
    expect(sv('Compare: {0}', 'Enkät')).toBe('Jämför: Enkät');
  });
  it('keeps English for English, and for a message the bundle lacks', () => {
    expect(translator('en')('{0} words', 12)).toBe('12 words');
    expect(translator('sv')('Not in the bundle {0}', 'x')).toBe('Not in the bundle x');
  });
  it('makes the views Swedish when the setting says sv under an English VS Code', () => {
    const t = translator(uiLocale('sv', 'en'));
    expect(statusModel(matrix, t).text).toBe('✓ 78/90 besvarade');
    expect(statusModel(matrix, t).tooltip.split('\n').at(-1)).toBe('12 saknas, 0 utan svar, 0 tomma');
    expect(questionsTree(matrix, t)[0]!.description).toBe('38/40 besvarade');
    expect(organisationsTree(matrix, t)[0]!.children![0]!.description).toMatch(/^\d+ ord$/);
    expect(answerPicks(matrix, null, t)[0]!.answers[0]!.description).toBe('1 · besvarad');
  });
});
