import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { mountCompareView } from '../src/mount.js';
import type { CompareHost, ExportFormat } from '../src/types.js';
import { exampleMatrix } from './fixtures.js';

function setup(host: Partial<CompareHost> = {}) {
  const window = new Window({ url: 'file:///report.html' });
  const document = window.document;
  const element = document.createElement('div');
  document.body.appendChild(element);
  const root = element as unknown as HTMLElement;
  const view = mountCompareView(root, { matrix: exampleMatrix(), locale: 'en', host: { reveal: () => undefined, ...host } });
  const el = (selector: string) => root.querySelector(selector) as HTMLElement;
  const active = () => (document.activeElement as unknown as HTMLElement | null)?.dataset.key ?? document.activeElement?.tagName;
  const key = (target: HTMLElement, name: string, init: { ctrlKey?: boolean } = {}) =>
    target.dispatchEvent(new window.KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true, ...init }) as unknown as Event);
  return { window, document, root, view, el, active, key };
}

const exportButtons = (root: HTMLElement) => Array.from(root.querySelectorAll<HTMLElement>('[data-action="export"]')).map((b) => [b.dataset.format, b.textContent]);

describe('export buttons', () => {
  it('one per format the host offers, in its order; Excel only where offered', () => {
    const exported: ExportFormat[] = [];
    const { root } = setup({ export: (format) => exported.push(format), exportFormats: ['csv', 'html', 'xlsx'] });
    expect(exportButtons(root)).toEqual([
      ['csv', 'Download CSV'],
      ['html', 'Export HTML'],
      ['xlsx', 'Excel (.xlsx)'],
    ]);
    expect(root.querySelector('[data-format="xlsx"]')!.getAttribute('aria-label')).toBe('Export Excel (.xlsx)');
    (root.querySelector('[data-format="xlsx"]') as HTMLElement).click();
    (root.querySelector('[data-format="html"]') as HTMLElement).click();
    expect(exported).toEqual(['xlsx', 'html']);
  });

  it('CSV and HTML when the host exports without naming formats; none when it cannot export', () => {
    expect(exportButtons(setup({ export: () => undefined }).root).map(([format]) => format)).toEqual(['csv', 'html']);
    expect(exportButtons(setup({ exportFormats: ['csv'] }).root)).toEqual([]);
  });

  it('a button for a format the host did not offer does nothing', () => {
    const exported: ExportFormat[] = [];
    const { root } = setup({ export: (format) => exported.push(format), exportFormats: ['csv'] });
    const forged = root.querySelector('[data-format="csv"]') as HTMLElement;
    forged.dataset.format = 'xlsx';
    forged.click();
    expect(exported).toEqual([]);
  });
});

describe('focus and keyboard', () => {
  it('a cell opens its question with focus on that organisation\'s card; Escape returns to the same cell', () => {
    const { document, el, active, key } = setup();
    el('[data-key="cell:3:8"]').focus();
    el('[data-key="cell:3:8"]').click();
    expect(el('.rsc-card-current')?.dataset.key).toBe('card:3:8');
    expect((document.activeElement as unknown) === el('[data-key="card:3:8"] .rsc-card-title')).toBe(true);
    key(el('.rsc-card-current .rsc-card-title'), 'Escape');
    expect(el('.rsc-view-overview')).not.toBeNull();
    expect(active()).toBe('cell:3:8');
    expect(el('[data-key="cell:3:8"]').tabIndex).toBe(0);
  });

  it('Ctrl+End and Ctrl+Home reach the last and first cell of the heat map; one tab stop follows focus', () => {
    const { root, el, active, key } = setup();
    el('[data-key="cell:0:0"]').focus();
    key(el('[data-key="cell:0:0"]'), 'End', { ctrlKey: true });
    expect(active()).toBe('cell:8:9');
    key(el('[data-key="cell:8:9"]'), 'Home', { ctrlKey: true });
    expect(active()).toBe('org:0');
    expect(Array.from(root.querySelectorAll<HTMLElement>('[data-grid][tabindex="0"]')).map((e) => e.dataset.key)).toEqual(['org:0']);
  });

  it('a keyboard user\'s focus stays on the filter box while the heat map re-renders', () => {
    const { window, el, active } = setup();
    const input = el('input[type="search"]') as HTMLInputElement;
    input.focus();
    input.value = 'skåne';
    input.dispatchEvent(new window.Event('input', { bubbles: true }) as unknown as Event);
    expect(active()).toBe('INPUT');
    expect(el('.rsc-filter-status').hidden).toBe(false);
    (el('[data-action="clear"]') as HTMLButtonElement).click();
    expect(input.value).toBe('');
    expect(active()).toBe('INPUT');
    expect(el('.rsc-filter-status').hidden).toBe(true);
  });

  it('the pager walks the questions and the organisation view follows its chooser', () => {
    const { window, el } = setup();
    el('[data-key="q:0"]').click();
    expect(el('.rsc-view-question h2').textContent).toMatch(/^1 /);
    el('[data-key="next"]').click();
    expect(el('.rsc-view-question h2').textContent).toMatch(/^2 /);
    expect((el('[data-key="prev"]') as HTMLButtonElement).disabled).toBe(false);
    el('[data-view="organisation"]').click();
    const chooser = el('select[data-action="org-select"]') as HTMLSelectElement;
    chooser.value = '8';
    chooser.dispatchEvent(new window.Event('change', { bubbles: true }) as unknown as Event);
    expect(el('.rsc-view-organisation h2').textContent).toBe('Region Skåne');
  });

  it('announces the view shown in the live region', async () => {
    const { el } = setup();
    el('[data-key="q:5"]').click();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(el('[role="status"][aria-live="polite"]').textContent).toBe('Question 6 shown: 6 of 10 organisations answered.');
  });
});
