// The standalone HTML report in a real browser: the built CLI writes it, headless Chromium opens it from a
// file:// URL (no server), axe-core checks WCAG 2.1 A/AA, the keyboard drives it, hostile answers stay text.
/// <reference lib="dom" />
import { AxeBuilder } from '@axe-core/playwright';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, tempDir, withExample } from './helpers.js';

const CHROMIUM = process.env.RUS_SURVEY_CHROMIUM || '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
// On a developer's machine without Chromium the browser tests are skipped with a warning; in CI they run and fail.
const RUN_BROWSER_TESTS = HAVE_CHROMIUM || Boolean(process.env.CI);
const OUTPUT = resolve(dirname(fileURLToPath(import.meta.url)), '../test-output');
const REGIONS = [
  'Region Blekinge',
  'Svenska ESF-rådet',
  'Region Kronoberg',
  'Västra Götalandsregionen',
  'Region Västernorrland',
  'Stockholms läns landsting',
  'Region Örebro län',
  'Region Dalarna',
  'Region Skåne',
  'Region Västerbotten',
];
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const INSTALL_HINT = 'apt-get install -y --no-install-recommends chromium fonts-dejavu-core, or set RUS_SURVEY_CHROMIUM';
if (!RUN_BROWSER_TESTS) console.warn(`compare-html: skipping the browser tests: ${CHROMIUM} does not exist (${INSTALL_HINT})`);

const HOSTILE_SURVEY = `---
rus-survey: true
---

# Enkät <img src=x onerror="window.__pwned='title'">

> Tänk på att detta är ett diskussionsunderlag för nätverket.

## Del ett

### 1. Hur styr RUSen? <script>window.__pwned='question'</script>

| Organisation | Svar |
| --- | --- |
| Region Blekinge | Den styr. <img src=x onerror="window.__pwned='img';alert(1)"> Slut. |
| Region Dalarna | </script><script>window.__pwned='script';alert(2)</script> |
| Region Skåne | <svg onload="window.__pwned='svg'"></svg><iframe src="javascript:alert(3)"></iframe><br>andra raden |
`;

interface Watch {
  errors: string[];
  dialogs: string[];
}

function watch(page: Page): Watch {
  const found: Watch = { errors: [], dialogs: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') found.errors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => found.errors.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    found.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return found;
}

function report(dir: string, file: string, out: string, extra: string[] = []): string {
  const result = run(['compare', file, '--format', 'html', '-o', out, ...extra], { cwd: dir });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return pathToFileURL(join(dir, out)).href;
}

describe.skipIf(!RUN_BROWSER_TESTS)('compare --format html in Chromium', () => {
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`CI runs the browser tests, and ${CHROMIUM} does not exist (${INSTALL_HINT})`);
    mkdirSync(OUTPUT, { recursive: true });
    url = report(withExample(), 'rus-natverket-2018.survey.md', 'report.html');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(options: { colorScheme?: 'light' | 'dark'; target?: string } = {}): Promise<{ page: Page; found: Watch }> {
    // A context of its own (axe-core/playwright needs one): closing the page closes it.
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, colorScheme: options.colorScheme ?? 'light', acceptDownloads: true });
    const page = await context.newPage();
    page.on('close', () => {
      context.close().catch(() => undefined);
    });
    const found = watch(page);
    await page.goto(options.target ?? url);
    await page.locator('.rsc-main table.rsc-heatmap').waitFor();
    return { page, found };
  }

  it('shows the header, the heat map and all ten organisations, with no console error or CSP violation', async () => {
    const { page, found } = await open();
    await expect(page.locator('h1').textContent()).resolves.toBe('Enkät inför RUS-nätverkets möte 24 april 2018');
    await expect(page.locator('.rsc-kpi-value').textContent()).resolves.toBe('78 of 90 answered · 87\u00a0%');
    const heatmap = page.locator('.rsc-main table.rsc-heatmap');
    expect(await heatmap.isVisible()).toBe(true);
    for (const region of REGIONS) expect(await heatmap.locator('thead').getByText(region, { exact: true }).isVisible()).toBe(true);
    expect(await heatmap.locator('button.rsc-cell').count()).toBe(90);
    expect(await heatmap.getByRole('button', { name: 'Region Skåne, question 4: answered, 44 words' }).isVisible()).toBe(true);
    await page.screenshot({ path: join(OUTPUT, 'compare-html-heatmap.png'), fullPage: true });
    expect(found.errors).toEqual([]);
    await page.close();
  });

  it('has no axe-core WCAG 2.1 A/AA violations: heat map (light and dark), question, compare and organisation views', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, found } = await open({ colorScheme });
      const views: Array<[string, () => Promise<void>]> = [
        ['heatmap', async () => {}],
        ['question', () => page.getByRole('button', { name: 'Region Skåne, question 4: answered, 44 words' }).click()],
        ['compare', () => page.getByRole('button', { name: 'Compare organisations' }).click()],
        ['organisation', () => page.getByRole('button', { name: 'Organisation', exact: true }).click()],
      ];
      for (const [name, show] of views) {
        await show();
        await page.locator('.rsc-main .rsc-view').waitFor();
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const violations = results.violations.map((v) => `${name}/${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(violations).toEqual([]);
        if (colorScheme === 'dark' && name === 'heatmap') await page.screenshot({ path: join(OUTPUT, 'compare-html-dark.png'), fullPage: true });
        if (colorScheme === 'light' && name === 'question') await page.screenshot({ path: join(OUTPUT, 'compare-html-question.png'), fullPage: true });
      }
      expect(found.errors).toEqual([]);
      await page.close();
    }
  }, 180_000);

  it('works by keyboard alone: Tab into the heat map, arrows move, Enter opens the question; Tab to the filter and type', async () => {
    const { page, found } = await open();
    const focusedKey = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key ?? document.activeElement?.tagName ?? null);
    let presses = 0;
    while (!(await page.evaluate(() => document.activeElement?.hasAttribute('data-grid') ?? false))) {
      await page.keyboard.press('Tab');
      expect(++presses).toBeLessThan(30);
    }
    expect(await focusedKey()).toBe('cell:0:0');
    // A visible focus indicator.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('ArrowRight');
    expect(await focusedKey()).toBe('cell:0:1');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focusedKey()).toBe('cell:3:1');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedKey()).toBe('q:3');
    // One tab stop: Tab leaves the heat map.
    await page.keyboard.press('Enter');
    await page.locator('.rsc-view-question').waitFor();
    expect(await page.locator('.rsc-view-question h2').textContent()).toContain('Vilka spår ser ni av RUSen i viktiga samarbetsaktörers styrning?');
    expect(await page.locator('.rsc-view-question article').count()).toBe(10);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await expect.poll(() => page.locator('[role="status"][aria-live="polite"]').first().textContent()).toContain('Question 4 shown');
    // Escape goes back to the heat map, focus on the cell we came from.
    await page.keyboard.press('Escape');
    await page.locator('.rsc-main table.rsc-heatmap').waitFor();
    expect(await focusedKey()).toBe('q:3');

    // Shift+Tab back to the filter box, then type.
    presses = 0;
    while ((await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)) !== 'search') {
      await page.keyboard.press('Shift+Tab');
      expect(++presses).toBeLessThan(30);
    }
    await page.keyboard.type('Svenska ESF');
    await expect.poll(() => page.locator('.rsc-main table.rsc-heatmap thead .rsc-orghead').count()).toBe(1);
    expect(await page.locator('.rsc-filter-status').textContent()).toBe('Showing 9 of 9 questions and 1 of 10 organisations.');
    await page.screenshot({ path: join(OUTPUT, 'compare-html-filtered.png'), fullPage: true });
    expect(found.errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('an answer reveals its file and line in the standalone report, and Download CSV downloads the CSV', async () => {
    const { page, found } = await open();
    await page.getByRole('button', { name: 'Region Skåne, question 4: answered, 44 words' }).click();
    await page.getByRole('button', { name: 'Show the answer of Region Skåne in the source, line 69' }).click();
    expect(await page.locator('.rsc-toast').textContent()).toBe('Source: rus-natverket-2018.survey.md, line 69');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('enkat-infor-rus-natverkets-mote-24-april-2018.csv');
    expect(found.errors).toEqual([]);
    await page.close();
  });

  it('a hostile survey: no script runs, no element is made from it, the markup shows as text', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'evil.survey.md'), HOSTILE_SURVEY);
    const target = report(dir, 'evil.survey.md', 'evil.html');
    const { page, found } = await open({ target });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('.rsc img, .rsc svg:not(.rsc-bar), .rsc iframe, .rsc script').count()).toBe(0);
    expect(await page.locator('h1').textContent()).toContain(`<img src=x onerror="window.__pwned='title'">`);
    await page.getByRole('button', { name: /^Region Blekinge, question 1/ }).click();
    const answers = page.locator('.rsc-view-question .rsc-answer');
    await expect.poll(() => answers.count()).toBe(3);
    expect(await answers.nth(0).innerText()).toBe(`Den styr. <img src=x onerror="window.__pwned='img';alert(1)"> Slut.`);
    expect(await answers.nth(1).innerText()).toBe(`</script><script>window.__pwned='script';alert(2)</script>`);
    expect(await answers.nth(2).innerText()).toBe(`<svg onload="window.__pwned='svg'"></svg><iframe src="javascript:alert(3)"></iframe>\nandra raden`);
    expect(await page.getByText(`<img src=x onerror="window.__pwned='img';alert(1)">`, { exact: false }).first().isVisible()).toBe(true);
    await page.screenshot({ path: join(OUTPUT, 'compare-html-hostile.png'), fullPage: true });
    expect(await page.locator('.rsc img, .rsc iframe, .rsc script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(found.dialogs).toEqual([]);
    expect(found.errors).toEqual([]);
    await page.close();
  });
});
