import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { compareRounds, parseSurvey, type RoundsComparison } from '@rus-survey/core';
import { reduceRounds, initialRoundsState, restoreRoundsState, type RoundsState } from '../src/rounds/rounds-state.js';
import { mountRoundsView } from '../src/rounds/rounds-view.js';
import { XSS_IMG } from './fixtures.js';

const y2018 = readFileSync(fileURLToPath(new URL('../../../examples/rus-natverket-2018.survey.md', import.meta.url)), 'utf8');
/** A year on: Blekinge's first answer rewritten, ESF-rådet's second gone, Dalarna's first answer hostile markup. */
const y2019 = y2018
  .replace('date: 2018-04-24', 'date: 2019-04-10')
  .replace('möte 24 april 2018', 'möte 10 april 2019')
  .replace('| Region Blekinge | Den styr prioriteringar av aktiviteter och finansieringar. |', '| Region Blekinge | Den styr prioriteringar av aktiviteter, projekt och finansieringar. |')
  .replace(/\| Svenska ESF-rådet \| Finns på regional nivå \|\n/, '')
  .replace(/\| Region Dalarna \| I praktiken[^\n]*\|/, `| Region Dalarna | Nytt svar ${XSS_IMG} |`);

const comparison = (): RoundsComparison =>
  compareRounds([
    { uri: 'file:///rounds/2018.survey.md', survey: parseSurvey(y2018).survey },
    { uri: 'file:///rounds/2019.survey.md', survey: parseSurvey(y2019).survey },
  ]);

function setup(locale: 'en' | 'sv' = 'en', saved?: { state?: unknown; onState?: (state: RoundsState) => void }) {
  const window = new Window({ url: 'file:///report.html' });
  const root = window.document.createElement('div');
  window.document.body.appendChild(root);
  const revealed: unknown[] = [];
  const view = mountRoundsView(root as unknown as HTMLElement, { comparison: comparison(), locale, reveal: (location) => revealed.push(location), ...saved });
  const change = (selector: string, value: string | boolean) => {
    const input = root.querySelector(selector) as unknown as HTMLInputElement;
    if (typeof value === 'boolean') input.checked = value;
    else input.value = value;
    input.dispatchEvent(new window.Event('change', { bubbles: true }) as unknown as Event);
  };
  return { window, root, view, revealed, change };
}

describe('the Rounds view', () => {
  it('sums up what changed between the rounds', () => {
    const { root } = setup();
    expect(root.querySelector('h2')!.textContent).toBe('Rounds');
    const pair = root.querySelector('.rsc-rounds-pair')!;
    expect(pair.querySelector('h3')!.textContent).toBe('2018-04 → 2019-04');
    expect(pair.querySelector('p')!.textContent).toBe('0 new · 1 removed · 2 edited · 75 unchanged');
  });

  it('shows one organisation’s answers round by round, the edited one with its added words marked', () => {
    const { root } = setup();
    const first = root.querySelector('.rsc-rounds-question')!;
    expect(first.querySelector('h3')!.textContent).toBe('1. På vilka sätt är RUSen styrande för er egen verksamhet inom regional utveckling?');
    const rows = first.querySelectorAll('tbody tr');
    expect(rows.length).toBe(2);
    expect(rows[1]!.querySelector('.rsc-change')!.textContent).toBe('edited');
    expect([...rows[1]!.querySelectorAll('ins')].map((ins) => ins.textContent)).toEqual([',', 'projekt ']);
    expect(rows[1]!.querySelector('.rsc-diff')!.textContent).toBe('Den styr prioriteringar av aktiviteter, projekt och finansieringar.');
    expect(root.querySelectorAll('.rsc-rounds-question').length).toBe(9);
  });

  it('narrows to what changed, and switches to one question across every organisation', () => {
    const { root, change } = setup();
    change('[data-action="only-changed"]', true);
    expect([...root.querySelectorAll('.rsc-rounds-question h3')].map((h) => h.textContent)).toEqual([
      '1. På vilka sätt är RUSen styrande för er egen verksamhet inom regional utveckling?',
    ]);
    change('input[value="question"]', true);
    change('[data-action="question"]', '2018-04#2');
    const rows = [...root.querySelectorAll('.rsc-rounds-table tbody tr')];
    expect(rows.map((row) => row.querySelector('th')!.textContent)).toEqual(['Svenska ESF-rådet']);
    expect(rows[0]!.querySelectorAll('td')[1]!.textContent).toBe('no answer');
    expect(rows[0]!.querySelector('.rsc-change')!.textContent).toBe('removed');
  });

  it('keeps hostile answer text as text, and reveals an answer in its file', () => {
    const { root, change, revealed } = setup();
    change('[data-action="organisation"]', 'Region Dalarna');
    expect(root.querySelector('img')).toBeNull();
    const diff = root.querySelector('.rsc-rounds-question .rsc-diff')!.cloneNode(true) as unknown as HTMLElement;
    diff.querySelectorAll('del').forEach((del) => del.remove());
    expect(diff.textContent).toBe(`Nytt svar ${XSS_IMG}`);
    const button = root.querySelector('button[data-reveal]') as unknown as HTMLButtonElement;
    button.click();
    expect(revealed).toHaveLength(1);
    expect(revealed[0]).toMatchObject({ uri: 'file:///rounds/2018.survey.md' });
  });

  it('speaks Swedish', () => {
    const { root } = setup('sv');
    expect(root.querySelector('h2')!.textContent).toBe('Omgångar');
    expect(root.querySelector('.rsc-rounds-pair p')!.textContent).toBe('0 nya · 1 borttagna · 2 ändrade · 75 oförändrade');
  });

  it('keeps the chosen organisation and question when a new comparison comes in, else falls back to the first', () => {
    const state = { ...initialRoundsState(comparison()), organisation: 'Region Skåne', questionKey: '2018-04#4' };
    expect(reduceRounds(state, { type: 'comparison', comparison: comparison() })).toEqual(state);
    const without = { ...comparison(), organisations: comparison().organisations.filter((o) => o.name !== 'Region Skåne') };
    expect(reduceRounds(state, { type: 'comparison', comparison: without }).organisation).toBe('Region Blekinge');
  });

  it('reports what the user chose, and a page mounted with it opens there again (webview getState/setState)', () => {
    const reported: RoundsState[] = [];
    const first = setup('en', { onState: (state) => reported.push(state) });
    first.change('input[value="question"]', true);
    first.change('input[data-action="only-changed"]', true);
    expect(reported.at(-1)).toMatchObject({ mode: 'question', onlyChanged: true });
    const again = setup('en', { state: JSON.parse(JSON.stringify(reported.at(-1))) });
    expect(again.root.querySelectorAll('select[data-action="question"]')).toHaveLength(1);
    expect((again.root.querySelector('input[data-action="only-changed"]') as unknown as HTMLInputElement).checked).toBe(true);
  });

  it('restores only valid fields, and an organisation no longer in the comparison falls back to the first', () => {
    const fresh = initialRoundsState(comparison());
    expect(restoreRoundsState(null, comparison())).toEqual(fresh);
    expect(restoreRoundsState({ mode: 'everything', organisation: 7, onlyChanged: 'yes' }, comparison())).toEqual(fresh);
    expect(restoreRoundsState({ mode: 'question', organisation: 'Region Atlantis', questionKey: '2018-04#4', onlyChanged: true }, comparison())).toEqual({
      mode: 'question',
      organisation: fresh.organisation,
      questionKey: '2018-04#4',
      onlyChanged: true,
    });
  });
});
