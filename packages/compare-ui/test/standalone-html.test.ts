import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../src/escape.js';
import { mountCompareView } from '../src/mount.js';
import { DATA_ELEMENT_ID, randomNonce, renderStandaloneHtml } from '../src/standalone-html.js';
import type { CompareHost } from '../src/types.js';
import { exampleMatrix, maliciousMatrix, XSS_IMG, XSS_SCRIPT } from './fixtures.js';

/** The <script> elements' opening tags and the text between them, as an HTML tokenizer would see them. */
function scriptElements(html: string): Array<{ open: string; body: string }> {
  const out: Array<{ open: string; body: string }> = [];
  const pattern = /<script\b[^>]*>/gi;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    const start = match.index + match[0].length;
    const end = html.toLowerCase().indexOf('</script', start);
    out.push({ open: match[0], body: html.slice(start, end) });
    pattern.lastIndex = end;
  }
  return out;
}

describe('jsonForScript', () => {
  it('escapes <, >, &, U+2028 and U+2029 and still parses to the same value', () => {
    const value = { a: `${XSS_SCRIPT} ${XSS_IMG} & \u2028\u2029 <!--` };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('renderStandaloneHtml', () => {
  it('is one offline page: CSP with a nonce, lang, inlined script and style, no external resources', () => {
    const html = renderStandaloneHtml(exampleMatrix(), { locale: 'sv', nonce: 'dGVzdG5vbmNl' });
    expect(html).toMatch(/^<!doctype html>\n<html lang="sv">/);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-dGVzdG5vbmNl'; style-src 'nonce-dGVzdG5vbmNl'; img-src data:;`,
    );
    expect(html).toContain('<style nonce="dGVzdG5vbmNl">');
    expect(html).not.toMatch(/<(script|img|link|iframe)\b[^>]*\bsrc=/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/\sstyle\s*=/i);
    const scripts = scriptElements(html);
    expect(scripts.map((s) => s.open)).toEqual([
      `<script type="application/json" id="${DATA_ELEMENT_ID}" data-locale="sv">`,
      '<script nonce="dGVzdG5vbmNl">',
      '<script nonce="dGVzdG5vbmNl">',
    ]);
    expect(JSON.parse(scripts[0]!.body)).toEqual(exampleMatrix());
  });

  it('a random nonce per file', () => {
    const a = renderStandaloneHtml(exampleMatrix(), { locale: 'en' });
    const b = renderStandaloneHtml(exampleMatrix(), { locale: 'en' });
    const nonce = (html: string) => /'nonce-([^']+)'/.exec(html)![1];
    expect(nonce(a)).not.toBe(nonce(b));
    expect(nonce(a)).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(randomNonce()).not.toBe(randomNonce());
  });

  it('hostile answers stay inside the JSON data element, escaped', () => {
    const html = renderStandaloneHtml(maliciousMatrix(), { locale: 'en', nonce: 'abc' });
    expect(html).not.toContain(XSS_IMG);
    expect(html).not.toContain(XSS_SCRIPT);
    expect(html).not.toContain('\u2028');
    const scripts = scriptElements(html);
    expect(scripts).toHaveLength(3);
    expect(JSON.parse(scripts[0]!.body)).toEqual(maliciousMatrix());
    // The title is escaped as text.
    expect(html).toContain('<title>RUS survey comparison: Evil &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
  });

  it('in a DOM, the page holds the hostile text only as text', async () => {
    const window = new Window({ url: 'file:///report.html', settings: { disableJavaScriptEvaluation: true } });
    const document = window.document;
    document.write(renderStandaloneHtml(maliciousMatrix(), { locale: 'en', nonce: 'abc' }));
    expect(document.querySelectorAll('img, iframe, object, embed').length).toBe(0);
    expect(document.querySelectorAll('script').length).toBe(3);
    const data = document.getElementById(DATA_ELEMENT_ID)!;
    expect(JSON.parse(data.textContent!)).toEqual(maliciousMatrix());
    await window.happyDOM.close();
  });
});

describe('mountCompareView (happy-dom)', () => {
  const setup = (matrix = exampleMatrix(), locale: 'en' | 'sv' = 'en') => {
    const window = new Window({ url: 'file:///report.html' });
    const document = window.document;
    const root = document.createElement('div');
    document.body.appendChild(root);
    const revealed: unknown[] = [];
    const exported: string[] = [];
    const host: CompareHost = { reveal: (l) => revealed.push(l), export: (f) => exported.push(f), exportFormats: ['csv'] };
    const view = mountCompareView(root as unknown as HTMLElement, { matrix, locale, host });
    return { window, document, root, view, revealed, exported };
  };

  it('renders the header, a captioned heat map with scoped headers and named cells', () => {
    const { root } = setup();
    expect(root.querySelector('h1')!.textContent).toBe('Enkät inför RUS-nätverkets möte 24 april 2018');
    expect(root.querySelector('.rsc-kpi-value')!.textContent).toBe('78 of 90 answered · 87\u00a0%');
    const table = root.querySelector('table.rsc-heatmap')!;
    expect(table.querySelector('caption')!.textContent).toBe('Coverage: questions × organisations');
    expect(table.querySelectorAll('thead th[scope="col"]').length).toBe(12);
    expect(table.querySelectorAll('tbody th[scope="row"]').length).toBe(9);
    expect(table.querySelectorAll('tbody th[scope="rowgroup"]').length).toBe(2);
    const cells = table.querySelectorAll('button.rsc-cell');
    expect(cells.length).toBe(90);
    expect(table.querySelector('[data-key="cell:3:8"]')!.getAttribute('aria-label')).toBe('Region Skåne, question 4: answered, 44 words');
    expect(table.querySelector('[data-key="cell:3:1"]')!.getAttribute('aria-label')).toBe('Svenska ESF-rådet, question 4: missing');
    expect(table.querySelector('[data-key="cell:3:1"]')!.textContent).toBe('✕');
    // Roving tabindex: one tab stop in the heat map.
    expect(table.querySelectorAll('[data-grid][tabindex="0"]').length).toBe(1);
  });

  it('showQuestion opens a question by its number (the editor\'s Compare lens)', () => {
    const { root, view } = setup();
    view.showQuestion(6);
    expect(root.querySelector('.rsc-view-question h2')!.textContent).toContain('Om ni gjort förändringar i RUS');
    expect(root.querySelectorAll('.rsc-view-question article.rsc-card').length).toBe(10);
    view.showQuestion(99);
    expect(root.querySelector('.rsc-view-question h2')!.textContent).toContain('Om ni gjort förändringar i RUS');
  });

  it('Swedish texts', () => {
    const { root } = setup(exampleMatrix(), 'sv');
    expect(root.querySelector('.rsc-kpi-value')!.textContent).toBe('78 av 90 besvarade · 87\u00a0%');
    expect(root.querySelector('[data-key="cell:3:1"]')!.getAttribute('aria-label')).toBe('Svenska ESF-rådet, fråga 4: saknas');
  });

  it('a cell opens the question with every answer side by side; an answer reveals its location', () => {
    const { root, revealed } = setup();
    (root.querySelector('[data-key="cell:3:8"]') as unknown as HTMLElement).click();
    expect(root.querySelectorAll('.rsc-view-question article.rsc-card').length).toBe(10);
    expect(root.querySelector('.rsc-view-question h2')!.textContent).toContain('Vilka spår ser ni av RUSen');
    (root.querySelector('[data-key="reveal:3:8"]') as unknown as HTMLElement).click();
    expect(revealed).toEqual([{ uri: 'rus-natverket-2018.survey.md', range: exampleMatrix().rows[3]!.cells[8]!.location!.range }]);
  });

  it('arrow keys move the heat map focus', () => {
    const { root, window } = setup();
    const start = root.querySelector('[data-key="cell:0:0"]') as unknown as HTMLElement;
    start.focus();
    start.dispatchEvent(new window.KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }) as unknown as Event);
    expect((root.ownerDocument.activeElement as unknown as HTMLElement).dataset.key).toBe('cell:0:1');
    (root.ownerDocument.activeElement as unknown as HTMLElement).dispatchEvent(new window.KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }) as unknown as Event);
    expect((root.ownerDocument.activeElement as unknown as HTMLElement).dataset.key).toBe('cell:1:1');
    (root.ownerDocument.activeElement as unknown as HTMLElement).dispatchEvent(new window.KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }) as unknown as Event);
    (root.ownerDocument.activeElement as unknown as HTMLElement).dispatchEvent(new window.KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }) as unknown as Event);
    expect((root.ownerDocument.activeElement as unknown as HTMLElement).dataset.key).toBe('org:1');
  });

  it('hostile answers show as text: no element made from survey text', () => {
    const { root } = setup(maliciousMatrix());
    const all = () => root.querySelectorAll('img, script, b, i, iframe');
    expect(all().length).toBe(0);
    expect(root.querySelector('h1')!.textContent).toBe(`Evil ${XSS_SCRIPT}`);
    expect(root.querySelector('thead')!.textContent).toContain('Region <b>Bold</b>');
    (root.querySelector('[data-key="cell:0:0"]') as unknown as HTMLElement).click();
    expect(all().length).toBe(0);
    const answers = Array.from(root.querySelectorAll('.rsc-answer')).map((a) => a.textContent);
    expect(answers[0]).toBe(`Hello ${XSS_IMG} world`);
    expect(answers[1]).toContain(XSS_SCRIPT);
    // <br> became a line break element built by the view, not parsed markup.
    expect(root.querySelectorAll('.rsc-answer br').length).toBe(1);
    expect(root.querySelectorAll('[style]').length).toBe(0);
    expect(Array.from(root.querySelectorAll('*')).some((el) => Array.from(el.attributes).some((a) => /^on/i.test(a.name)))).toBe(false);
  });

  it('the filter box filters the heat map and update() keeps the view', () => {
    const { root, window, view } = setup();
    const input = root.querySelector('input[type="search"]') as unknown as HTMLInputElement;
    expect(root.querySelector(`label[for="${input.id}"]`)!.textContent).toBe('Filter');
    input.value = 'Svenska ESF';
    input.dispatchEvent(new window.Event('input', { bubbles: true }) as unknown as Event);
    expect(root.querySelectorAll('thead .rsc-orghead').length).toBe(1);
    expect(root.querySelector('.rsc-filter-status')!.textContent).toBe('Showing 9 of 9 questions and 1 of 10 organisations.');
    view.update(exampleMatrix());
    expect(root.querySelectorAll('thead .rsc-orghead').length).toBe(1);
    expect(input.value).toBe('Svenska ESF');
  });

  it('compare: checkboxes choose 2–4 organisations, at most four', () => {
    const { root, window } = setup();
    (root.querySelector('[data-view="compare"]') as unknown as HTMLElement).click();
    expect(root.querySelectorAll('.rsc-view-compare .rsc-compare-row').length).toBe(9);
    for (const o of [2, 3]) {
      const box = root.querySelector(`[data-key="cmp:${o}"]`) as unknown as HTMLInputElement;
      box.checked = true;
      box.dispatchEvent(new window.Event('change', { bubbles: true }) as unknown as Event);
    }
    expect(root.querySelectorAll('.rsc-view-compare .rsc-compare-row')[0]!.querySelectorAll('article').length).toBe(4);
    expect((root.querySelector('[data-key="cmp:5"]') as unknown as HTMLInputElement).disabled).toBe(true);
  });

  it('export buttons call the host', () => {
    const { root, exported } = setup();
    (root.querySelector('[data-action="export"]') as unknown as HTMLElement).click();
    expect(exported).toEqual(['csv']);
  });
});
