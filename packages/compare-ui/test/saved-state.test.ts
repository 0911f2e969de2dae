import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { mountCompareView } from '../src/mount.js';
import { restoreState, type SavedState } from '../src/saved-state.js';
import { initialState } from '../src/state.js';
import { exampleMatrix } from './fixtures.js';

// The example survey: 9 questions, 10 organisations, 2 parts (checked below, so the cases mean what they say).
const EXTENT = { questions: 9, organisations: 10, parts: 2 };

function mount(state?: unknown) {
  const window = new Window({ url: 'file:///webview.html' });
  const element = window.document.createElement('div');
  window.document.body.appendChild(element);
  const root = element as unknown as HTMLElement;
  const saved: SavedState[] = [];
  mountCompareView(root, { matrix: exampleMatrix(), locale: 'en', host: { reveal: () => undefined }, state, onState: (s) => saved.push(s) });
  return { window, root, saved };
}

describe('the compare view opens where the user left it (webview getState/setState)', () => {
  it('reports each change the user makes, and a page mounted with the last report shows the same view and filters', () => {
    const first = mount();
    const query = first.root.querySelector('[data-action="query"]') as unknown as HTMLInputElement;
    query.value = 'Skåne';
    query.dispatchEvent(new first.window.Event('input', { bubbles: true }) as unknown as Event);
    (first.root.querySelector('[data-key="tab:compare"]') as HTMLElement).click();
    expect(first.saved.at(-1)).toMatchObject({ view: 'compare', filters: { query: 'Skåne', part: null, organisation: null } });

    // What a reload does: a new page, mounted with what setState kept (through JSON, as VS Code stores it).
    const again = mount(JSON.parse(JSON.stringify(first.saved.at(-1))));
    expect((again.root.querySelector('[data-action="query"]') as unknown as HTMLInputElement).value).toBe('Skåne');
    expect(again.root.dataset['view']).toBe('compare');
    expect(again.root.querySelector('[data-key="tab:compare"]')!.getAttribute('aria-current')).toBe('page');
    expect(again.root.querySelector('.rsc-filter-status')!.textContent).toMatch(/^Showing \d+ of 9 questions/);
  });

  it('a fresh view without a saved state, and nothing reported until the user acts', () => {
    const { root, saved } = mount(undefined);
    expect(root.dataset['view']).toBe('overview');
    expect(saved).toEqual([]);
  });

  it('ignores what is not a state of this view, field by field, and fits indexes to the matrix', () => {
    expect(exampleMatrix().rows).toHaveLength(EXTENT.questions);
    expect(exampleMatrix().organisations).toHaveLength(EXTENT.organisations);
    const fresh = initialState(EXTENT);
    for (const junk of [null, 'compare', 42, [], { view: 'nowhere', question: -1, organisation: 1.5, compare: 'x', filters: 7 }]) {
      expect(restoreState(junk, EXTENT)).toEqual(fresh);
    }
    const restored = restoreState(
      { view: 'question', question: 4, organisation: 99, compare: [3, 1, 3, 12, 2, 5, 6], filters: { query: 42, part: 1, organisation: 100 }, gridKey: '<img>' },
      EXTENT,
    );
    expect(restored).toEqual({
      ...fresh,
      view: 'question',
      question: 4,
      // Beyond the matrix: back to the first, as when a new matrix comes in.
      organisation: 0,
      compare: [1, 2, 3, 5],
      filters: { query: '', part: 1, organisation: null },
    });
  });
});
