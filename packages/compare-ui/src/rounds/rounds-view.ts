// The Rounds view: a survey's answers across rounds of one questionnaire, organisation by organisation or
// question by question, with what changed and the word diff of edited answers. Survey text goes into text
// nodes only (see dom.ts).
import type { AnswerChange, RoundAnswer, RoundQuestion, RoundsCell, RoundsComparison, RoundsQuestion } from '@rus-survey/core';
import { answerPlainText } from '../answer-text.js';
import { builder, type Builder } from '../dom.js';
import type { Locale } from '../i18n.js';
import { initialRoundsState, reduceRounds, restoreRoundsState, type RoundsAction, type RoundsState } from './rounds-state.js';
import { roundsText, type RoundsTextId } from './rounds-text.js';

export interface RoundsViewOptions {
  comparison: RoundsComparison;
  locale: Locale;
  /** Show an answer in its source. */
  reveal?(location: RoundAnswer['location']): void;
  /** A state `onState` reported earlier (the webview's `getState()`), to open where the user left off; checked
   * field by field. */
  state?: unknown;
  /** Called with the state whenever the user changes what is shown. */
  onState?(state: RoundsState): void;
}

export interface RoundsView {
  update(comparison: RoundsComparison): void;
  /** Show this organisation's answers (the editor's "previous round" command and the views use it). */
  showOrganisation(name: string): void;
}

const questionLabel = (question: RoundQuestion): string => `${question.number !== null ? `${question.number}. ` : ''}${question.text}`;
const latest = (question: RoundsQuestion): RoundQuestion => [...question.rounds].reverse().find((q) => q !== null)!;
const changed = (cell: RoundsCell): boolean => cell.changes.some((change) => change.kind !== 'unchanged' && change.kind !== 'unanswered');

let instances = 0;

export function mountRoundsView(root: HTMLElement, options: RoundsViewOptions): RoundsView {
  const doc = root.ownerDocument;
  const h: Builder = builder(doc);
  const tr = (id: RoundsTextId, params?: Record<string, string | number>): string => roundsText(options.locale, id, params);
  const id = `rsc-rounds-${++instances}`;
  let comparison = options.comparison;
  let state: RoundsState = options.state === undefined ? initialRoundsState(comparison) : restoreRoundsState(options.state, comparison);

  const section = h('section', { class: 'rsc-rounds', 'aria-labelledby': `${id}-title` });
  root.append(section);

  const dispatch = (action: RoundsAction): void => {
    state = reduceRounds(state, action);
    options.onState?.(state);
    render();
  };

  section.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const action = target.dataset['action'];
    if (action === 'mode') dispatch({ type: 'mode', mode: target.value === 'question' ? 'question' : 'organisation' });
    else if (action === 'organisation') dispatch({ type: 'organisation', organisation: target.value });
    else if (action === 'question') dispatch({ type: 'question', questionKey: target.value });
    else if (action === 'only-changed') dispatch({ type: 'onlyChanged', onlyChanged: (target as HTMLInputElement).checked });
  });
  section.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-reveal]');
    if (!button || !options.reveal) return;
    const [round, cell] = button.dataset['reveal']!.split(':').map(Number) as [number, number];
    const location = comparison.cells[cell]?.answers[round]?.location;
    if (location) options.reveal(location);
  });

  function summary(): HTMLElement {
    const { rounds, summary } = comparison;
    const list = (items: readonly string[]): string => (items.length ? items.join('; ') : tr('none'));
    return h(
      'div',
      { class: 'rsc-rounds-summary' },
      rounds.slice(1).map((round, i) =>
        h(
          'div',
          { class: 'rsc-rounds-pair' },
          h('h3', {}, tr('pair', { from: rounds[i]!.label, to: round.label })),
          h('p', {}, tr('changes', summary.answerChanges[i]!)),
          h(
            'dl',
            {},
            h('dt', {}, tr('questionsAdded')),
            h('dd', {}, list(summary.questionsAdded[i]!)),
            h('dt', {}, tr('questionsDropped')),
            h('dd', {}, list(summary.questionsDropped[i]!)),
            h('dt', {}, tr('joined')),
            h('dd', {}, list(summary.organisationsJoined[i]!)),
            h('dt', {}, tr('left')),
            h('dd', {}, list(summary.organisationsLeft[i]!)),
          ),
        ),
      ),
    );
  }

  function controls(): HTMLElement {
    const radio = (value: RoundsState['mode'], label: RoundsTextId) =>
      h('label', { class: 'rsc-rounds-radio' }, h('input', { type: 'radio', name: `${id}-mode`, value, 'data-action': 'mode', checked: state.mode === value }), ' ', tr(label));
    const chooser =
      state.mode === 'organisation'
        ? h(
            'label',
            { class: 'rsc-rounds-choose' },
            tr('organisation'),
            ' ',
            h('select', { 'data-action': 'organisation' }, comparison.organisations.map((o) => h('option', { value: o.name, selected: o.name === state.organisation }, o.name))),
          )
        : h(
            'label',
            { class: 'rsc-rounds-choose' },
            tr('question'),
            ' ',
            h('select', { 'data-action': 'question' }, comparison.questions.map((q) => h('option', { value: q.key, selected: q.key === state.questionKey }, questionLabel(latest(q))))),
          );
    return h(
      'div',
      { class: 'rsc-rounds-controls' },
      h('fieldset', {}, h('legend', {}, tr('by')), radio('organisation', 'byOrganisation'), radio('question', 'byQuestion')),
      chooser,
      h('label', { class: 'rsc-rounds-radio' }, h('input', { type: 'checkbox', 'data-action': 'only-changed', checked: state.onlyChanged }), ' ', tr('onlyChanged')),
    );
  }

  /** The answer in one round: its text, or the edited text with the words added and removed marked. */
  function answerCell(cellIndex: number, round: number): HTMLElement {
    const cell = comparison.cells[cellIndex]!;
    const answer = cell.answers[round];
    const change: AnswerChange | null = round === 0 ? null : cell.changes[round - 1]!;
    const question = comparison.questions.find((q) => q.key === cell.questionKey)!.rounds[round];
    const td = h('td', { class: 'rsc-rounds-answer' });
    if (!question) td.append(h('span', { class: 'rsc-muted' }, tr('notAsked')));
    else if (!answer) td.append(h('span', { class: 'rsc-muted' }, tr('noAnswer')));
    else if (change?.kind === 'edited' && change.diff) {
      td.append(
        h(
          'p',
          { class: 'rsc-diff' },
          change.diff.map((part) =>
            part.kind === 'same'
              ? part.text
              : h(part.kind === 'added' ? 'ins' : 'del', { title: tr(part.kind === 'added' ? 'added' : 'removedText') }, part.text),
          ),
        ),
      );
    } else td.append(h('p', {}, answerPlainText(answer.text)));
    if (answer && options.reveal) td.append(h('button', { type: 'button', class: 'rsc-link', 'data-reveal': `${round}:${cellIndex}` }, answer.location.uri.split('/').pop() ?? ''));
    return td;
  }

  const changeBadge = (change: AnswerChange | null): HTMLElement =>
    change ? h('span', { class: `rsc-change rsc-change-${change.kind}` }, tr(`change_${change.kind}`)) : h('span', {}, '');

  function byOrganisation(): HTMLElement {
    const out = h('div', { class: 'rsc-rounds-body' });
    comparison.cells.forEach((cell, index) => {
      if (cell.organisation !== state.organisation || (state.onlyChanged && !changed(cell))) return;
      const question = comparison.questions.find((q) => q.key === cell.questionKey)!;
      const label = questionLabel(latest(question));
      out.append(
        h(
          'article',
          { class: 'rsc-rounds-question' },
          h('h3', {}, label),
          h(
            'table',
            { class: 'rsc-rounds-table' },
            h('caption', { class: 'rsc-sr-only' }, tr('roundsTable', { organisation: cell.organisation, question: latest(question).number ?? label })),
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, tr('round')), h('th', { scope: 'col' }, tr('change')), h('th', { scope: 'col' }, tr('answer')))),
            h(
              'tbody',
              {},
              comparison.rounds.map((round, r) =>
                h('tr', {}, h('th', { scope: 'row' }, round.label), h('td', {}, changeBadge(r === 0 ? null : cell.changes[r - 1]!)), answerCell(index, r)),
              ),
            ),
          ),
        ),
      );
    });
    if (!out.firstChild) out.append(h('p', { class: 'rsc-muted' }, tr('nothingChanged')));
    return out;
  }

  function byQuestion(): HTMLElement {
    const question = comparison.questions.find((q) => q.key === state.questionKey);
    const out = h('div', { class: 'rsc-rounds-body' });
    if (!question) return out;
    const rows: HTMLElement[] = [];
    comparison.cells.forEach((cell, index) => {
      if (cell.questionKey !== question.key || (state.onlyChanged && !changed(cell))) return;
      rows.push(
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, cell.organisation),
          comparison.rounds.map((_, r) => answerCell(index, r)),
          h('td', {}, changeBadge(cell.changes.at(-1) ?? null)),
        ),
      );
    });
    if (rows.length === 0) {
      out.append(h('p', { class: 'rsc-muted' }, tr('nothingChanged')));
      return out;
    }
    out.append(
      h('h3', {}, questionLabel(latest(question))),
      h(
        'table',
        { class: 'rsc-rounds-table' },
        h('caption', { class: 'rsc-sr-only' }, tr('organisationsTable', { question: latest(question).number ?? questionLabel(latest(question)) })),
        h(
          'thead',
          {},
          h('tr', {}, h('th', { scope: 'col' }, tr('organisation')), comparison.rounds.map((round) => h('th', { scope: 'col' }, round.label)), h('th', { scope: 'col' }, tr('change'))),
        ),
        h('tbody', {}, rows),
      ),
    );
    return out;
  }

  function render(): void {
    const active = doc.activeElement as HTMLElement | null;
    const focused = active && section.contains(active) ? active.dataset?.['action'] : undefined;
    section.replaceChildren(h('h2', { id: `${id}-title` }, tr('title')), summary(), controls(), state.mode === 'organisation' ? byOrganisation() : byQuestion());
    // Re-rendering replaces the controls: keep the keyboard where it was.
    if (focused) section.querySelector<HTMLElement>(`[data-action="${focused}"]${focused === 'mode' ? ':checked' : ''}`)?.focus();
  }

  render();
  return {
    update(next) {
      comparison = next;
      dispatch({ type: 'comparison', comparison: next });
    },
    showOrganisation(name) {
      dispatch({ type: 'mode', mode: 'organisation' });
      dispatch({ type: 'organisation', organisation: name });
    },
  };
}
