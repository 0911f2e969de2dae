// The rounds report in a real browser: two rounds of the seed, the built CLI writes the report, headless
// Chromium opens it from a file:// URL, axe-core checks WCAG 2.1 A/AA, the keyboard switches views.
/// <reference lib="dom" />
import { AxeBuilder } from '@axe-core/playwright';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, run, tempDir } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

describe('compare --by organisation --format html in Chromium', () => {
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    // A missing browser fails here, in CI as anywhere: this test is about what a person sees.
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y --no-install-recommends chromium`).toBe(true);
    const dir = tempDir();
    const y2018 = readFileSync(EXAMPLE, 'utf8');
    writeFileSync(join(dir, '2018.survey.md'), y2018);
    writeFileSync(
      join(dir, '2019.survey.md'),
      y2018
        .replace('möte 24 april 2018', 'möte 10 april 2019')
        .replace('| Region Blekinge | Den styr prioriteringar av aktiviteter och finansieringar. |', '| Region Blekinge | Den styr prioriteringar av aktiviteter, projekt och finansieringar. |')
        .replace(/\| Svenska ESF-rådet \| Finns på regional nivå \|\n/, ''),
    );
    const result = run(['compare', '2018.survey.md', '2019.survey.md', '--by', 'organisation', '--format', 'html', '-o', 'rounds.html'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    url = pathToFileURL(join(dir, 'rounds.html')).href;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-dev-shm-usage'] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, colorScheme });
    const page = await context.newPage();
    page.on('close', () => {
      context.close().catch(() => undefined);
    });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    await page.locator('.rsc-rounds h2').waitFor();
    return { page, errors };
  }

  it('shows the summary and Blekinge’s edited answer with the added words marked, with no console error', async () => {
    const { page, errors } = await open();
    await expect(page.locator('.rsc-rounds-pair p').textContent()).resolves.toBe('0 new · 1 removed · 1 edited · 76 unchanged');
    const first = page.locator('.rsc-rounds-question').first();
    await expect(first.locator('tbody tr').nth(1).locator('ins').allTextContents()).resolves.toEqual([',', 'projekt ']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has no axe-core WCAG 2.1 A/AA violations in either view, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, errors } = await open(colorScheme);
      for (const mode of ['organisation', 'question'] as const) {
        if (mode === 'question') await page.getByLabel('One question, every organisation').check();
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(results.violations.map((v) => `${mode}/${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
      expect(errors).toEqual([]);
      await page.close();
    }
  }, 180_000);

  it('works from the keyboard: arrow keys switch the view, the focus stays on the control', async () => {
    const { page } = await open();
    await page.getByLabel('One organisation, every question').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).value)).resolves.toBe('question');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-action'))).resolves.toBe('question');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('.rsc-rounds-body h3').textContent()).resolves.toBe('2. Hur ser kopplingen ut mellan er RUS och er VP?');
    await expect(page.locator('.rsc-rounds-table tbody tr').count()).resolves.toBe(10);
    await page.close();
  }, 60_000);
});
