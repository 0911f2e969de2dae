// The UI test: the workbench in Chromium with the extension under development. Opens the example survey, checks
// the status bar, opens the compare view through the command palette, and inside the webview frame checks the
// heat map, the ten organisations, keyboard use, a click that moves the editor, axe (WCAG 2.1 A/AA), and takes
// screenshots in the light and dark themes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { openBrowser, remoteUri, workbenchUrl } from './lib/browser.mjs';

const ORGANISATIONS = [
  'Region Blekinge', 'Svenska ESF-rådet', 'Region Kronoberg', 'Västra Götalandsregionen', 'Region Västernorrland',
  'Stockholms läns landsting', 'Region Örebro län', 'Region Dalarna', 'Region Skåne', 'Region Västerbotten',
];
const require = createRequire(import.meta.url);
const axeSource = () => readFileSync(createRequire(require.resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'), 'utf8');

export async function runUiTests({ server, run, extensionPath, outputDir }) {
  const results = [];
  const { browser, context } = await openBrowser(run.env);
  const page = await context.newPage();
  const consoleLines = [];
  page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
  const shot = (name) => page.screenshot({ path: join(outputDir, `${name}.png`) });
  async function step(name, body) {
    const started = Date.now();
    try {
      await body();
      results.push({ name, ok: true, ms: Date.now() - started });
      return true;
    } catch (error) {
      await shot(`failed-${name.replace(/\W+/g, '-').slice(0, 60)}`).catch(() => {});
      results.push({ name, ok: false, ms: Date.now() - started, error: error?.stack ?? String(error) });
      return false;
    }
  }
  const examplePath = join(run.workspace, 'rus-natverket-2018.survey.md');
  const exampleLines = readFileSync(examplePath, 'utf8').split('\n');
  const lineOf = (prefix, from = 0) => exampleLines.findIndex((line, index) => index >= from && line.startsWith(prefix)) + 1;
  // The editor's highlighted line number: the cursor's line, shown whether or not the editor has the focus.
  const cursorLine = async () => Number(await page.locator('.editor-instance .monaco-editor .line-numbers.active-line-number').first().textContent({ timeout: 2000 }).catch(() => NaN));
  const quickInput = () => page.locator('.quick-input-widget input');
  /** Opens the command palette afresh (closing a quick input left open) and runs the command titled `title`. */
  const runCommand = async (title) => {
    for (let attempt = 0; ; attempt++) {
      try {
        if (await quickInput().isVisible()) await page.keyboard.press('Escape');
        await page.keyboard.press('F1');
        await quickInput().fill(`>${title}`, { timeout: 5000 });
        // Click the row whose label is exactly the title (fuzzy matching puts look-alikes first).
        await page.locator('.quick-input-list .monaco-list-row .label-name').getByText(title, { exact: true }).first().click({ timeout: 5000 });
        return;
      } catch (error) {
        if (attempt === 2) throw error;
        await page.keyboard.press('Escape');
      }
    }
  };
  /** Puts the editor's cursor on a 1-based line and column (Go to Line). */
  const goToLine = async (line, column) => {
    await page.keyboard.press('Control+G');
    await quickInput().fill(`:${line}:${column}`, { timeout: 5000 });
    await page.keyboard.press('Enter');
    await waitFor(async () => (await cursorLine()) === line, `the cursor on line ${line} (is ${await cursorLine()})`);
  };
  let frame;
  const openSurveyViews = () => page.locator('.activitybar .action-item:has(a[aria-label^="RUS Survey"])').first().click();
  const heatmap = () => frame.locator('.rsc-view-overview .rsc-heatmap');
  /** The compare panel alone, as an analyst would look at it full screen. */
  const compareShot = async (name, tabTitle = 'Compare:') => {
    await page.locator(`.tabs-container .tab:has-text("${tabTitle}")`).first().click();
    await frame.evaluate(() => document.querySelector('.rsc-view-head, .rsc-header')?.scrollIntoView());
    await runCommand('View: Toggle Maximize Editor Group');
    await page.waitForTimeout(400);
    await shot(name);
    await runCommand('View: Toggle Maximize Editor Group');
  };

  try {
    const ok = await step('the workbench opens the survey and the status bar shows 78/90 answered', async () => {
      await page.goto(workbenchUrl(server, run.workspace, [['extensionDevelopmentPath', remoteUri(server, extensionPath)]]));
      await page.locator('.monaco-workbench').waitFor({ timeout: 30000 });
      await page.keyboard.press('Control+P');
      await page.locator('.quick-input-widget input').fill('rus-natverket-2018.survey.md');
      await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.monaco-editor .view-lines:has-text("Enkät inför RUS-nätverkets möte")').waitFor({ timeout: 20000 });
      await page.locator('.statusbar-item:has-text("78/90 answered")').waitFor({ timeout: 30000 });
    });
    if (!ok) return results;

    await step('the survey views show in their activity-bar container', async () => {
      await openSurveyViews();
      await page.locator('.pane-header:has-text("Questions")').waitFor();
      const badge = page.locator('.activitybar .action-item:has(a[aria-label^="RUS Survey"]) .badge-content');
      await waitFor(async () => (await badge.textContent())?.trim() === '12', 'the badge to count the 12 missing answers');
      await page.locator('.monaco-list-row:has-text("Del ett: RUSen som styrinstrument")').waitFor({ timeout: 10000 });
      await page.locator('.monaco-list-row:has-text("38/40 answered")').first().waitFor();
      // Question 4 has two missing answers: open it to show the status icons, and click it to reveal it.
      const q4 = page.locator('.pane-body .monaco-list-row:has-text("4. Vilka spår")').first();
      await q4.locator('.monaco-tl-twistie').click();
      await page.locator('.pane-body .monaco-list-row[aria-level="3"]:has-text("Region Västerbotten")').first().waitFor();
      await q4.click();
      const expected = lineOf('### 4.');
      await waitFor(async () => (await cursorLine()) > expected, `the editor on question 4's first answer (is ${await cursorLine()})`);
      await shot('workbench-views-light');
    });

    await step('"Go to Organisation\'s Answer…" starts at the cursor\'s question and organisation, and jumps to the one picked', async () => {
      const q4 = lineOf('### 4.');
      const skane4 = lineOf('| Region Skåne', q4);
      await page.locator('.monaco-editor .view-lines').first().click();
      await goToLine(skane4, 20);
      await runCommand("RUS Survey: Go to Organisation's Answer…");
      // In Skåne's answer to question 4: that answer is the one selected.
      const selected = page.locator('.quick-input-list .monaco-list-row.focused');
      await waitFor(async () => /Region Skåne/.test((await selected.textContent().catch(() => '')) ?? ''), `Region Skåne selected (is ${await selected.textContent().catch(() => '')})`);
      if (!((await selected.textContent()) ?? '').includes('4 · answered')) throw new Error(`the selected answer is not question 4's: ${await selected.textContent()}`);
      await page.keyboard.press('Escape');
      // On question 4's heading: its answers come first, so "Region Skåne" finds question 4's answer, not question 1's.
      await goToLine(q4, 1);
      await runCommand("RUS Survey: Go to Organisation's Answer…");
      await page.locator('.quick-input-widget input').fill('Region Skåne');
      await page.locator('.quick-input-list .monaco-list-row:has-text("Region Skåne")').first().waitFor();
      await page.keyboard.press('Enter');
      await waitFor(async () => (await cursorLine()) === skane4, `the editor cursor on line ${skane4} (is ${await cursorLine()})`);
    });

    await step('"RUS Survey: Compare Regions" opens the compare view with the heat map and all ten organisations', async () => {
      await runCommand('RUS Survey: Compare Regions');
      const deadline = Date.now() + 30000;
      while (!frame && Date.now() < deadline) {
        for (const candidate of page.frames()) {
          if (await candidate.$('.rsc-heatmap').catch(() => null)) frame = candidate;
        }
        if (!frame) await page.waitForTimeout(250);
      }
      if (!frame) throw new Error(`no webview frame with .rsc-heatmap among ${page.frames().length} frames`);
      const text = await heatmap().innerText();
      const missing = ORGANISATIONS.filter((name) => !text.includes(name));
      if (missing.length) throw new Error(`organisations not shown: ${missing.join(', ')}`);
      const cells = await heatmap().locator('[data-action="cell"]').count();
      if (cells !== 90) throw new Error(`expected 90 heat-map cells, saw ${cells}`);
      const formats = await frame.locator('[data-action="export"]').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-format')));
      if (formats.join() !== 'csv,html,xlsx') throw new Error(`export buttons for ${formats.join()}, expected csv,html,xlsx`);
      await compareShot('compare-light');
    });
    if (!frame) return results;

    await step('axe finds no WCAG 2.1 A/AA violation in the compare view (light)', () => axeCheck(frame));

    await step('the heat map works from the keyboard: arrows move, Enter opens the question, Tab + Enter reveals', async () => {
      await frame.locator('.rsc-input').first().focus();
      let key = null;
      for (let i = 0; i < 20 && !key; i++) {
        await page.keyboard.press('Tab');
        key = await frame.evaluate(() => (document.activeElement?.hasAttribute('data-grid') ? document.activeElement.getAttribute('data-key') : null));
      }
      if (!key) throw new Error('Tab never reached the heat map');
      const focusedKey = () => frame.evaluate(() => document.activeElement?.getAttribute('data-key'));
      // Down to question 2's row, then right until a cell; the row's cells are named cell:<q>:<org>.
      for (let i = 0; i < 12 && !(await focusedKey())?.startsWith('cell:1:'); i++) await page.keyboard.press((await focusedKey())?.startsWith('cell:') ? 'ArrowDown' : i < 2 ? 'ArrowDown' : 'ArrowRight');
      const at = await focusedKey();
      if (!at?.startsWith('cell:1:')) throw new Error(`arrows reached ${at}, not question 2's cells`);
      while ((await focusedKey()) !== 'cell:1:8') await page.keyboard.press((await focusedKey()) < 'cell:1:8' ? 'ArrowRight' : 'ArrowLeft');
      await page.keyboard.press('Enter');
      await frame.locator('.rsc-view-question').waitFor();
      await compareShot('compare-question-light');
      // The maximise command took the focus; start again from the question view's first control.
      await frame.locator('[data-key="back"]').first().focus();
      // From the chosen organisation's card, Tab to its "show in source" button.
      let reveal = false;
      for (let i = 0; i < 60 && !reveal; i++) {
        await page.keyboard.press('Tab');
        reveal = await frame.evaluate(() => document.activeElement?.getAttribute('data-key') === 'reveal:1:8');
      }
      if (!reveal) throw new Error('Tab never reached Region Skåne’s "show in source" button');
      await page.keyboard.press('Enter');
      const expected = lineOf('| Region Skåne', lineOf('### 2.'));
      await waitFor(async () => (await cursorLine()) === expected, `the editor cursor on line ${expected} (is ${await cursorLine()})`);
    });

    await step('clicking an answer moves the editor to it', async () => {
      await frame.locator('.rsc-reveal[data-key="reveal:1:0"]').click();
      const expected = lineOf('| Region Blekinge', lineOf('### 2.'));
      await waitFor(async () => (await cursorLine()) === expected, `the editor cursor on line ${expected} (is ${await cursorLine()})`);
    });

    await step('the compare view updates while the survey is edited', async () => {
      // The cursor is at the start of Region Blekinge's row of question 2 (12 words): add three words to the answer.
      const words = frame.locator('.rsc-card:has(.rsc-card-title:text-is("Region Blekinge")) .rsc-words').first();
      const wordCount = async () => Number(/\d+/.exec((await words.textContent()) ?? '')?.[0]);
      await waitFor(async () => (await wordCount()) === 12, 'Region Blekinge at 12 words');
      await page.keyboard.press('Home');
      for (let i = 0; i < '| Region Blekinge | '.length; i++) await page.keyboard.press('ArrowRight');
      await page.keyboard.type('ett två tre ');
      await waitFor(async () => (await wordCount()) === 15, `Region Blekinge at 15 words (shows ${await wordCount()})`);
      for (let i = 0; i < 20 && (await wordCount()) !== 12; i++) {
        await page.keyboard.press('Control+Z');
        await page.waitForTimeout(300);
      }
      await waitFor(async () => (await wordCount()) === 12, 'Region Blekinge back at 12 words after undo');
    });

    await step('dark theme: screenshots, and axe passes there too', async () => {
      await runCommand('Preferences: Color Theme');
      await page.locator('.quick-input-widget input').fill('Dark Modern');
      await page.locator('.quick-input-list .monaco-list-row .label-name').getByText('Dark Modern', { exact: true }).first().click();
      await page.locator('.monaco-workbench.vs-dark').waitFor({ timeout: 15000 });
      await frame.locator('[data-action="back"]').first().click();
      await heatmap().waitFor();
      await compareShot('compare-dark');
      await axeCheck(frame);
      await shot('workbench-views-dark');
    });

    await step('high contrast: axe passes, screenshot', async () => {
      await runCommand('Preferences: Color Theme');
      await page.locator('.quick-input-widget input').fill('Dark High Contrast');
      await page.locator('.quick-input-list .monaco-list-row .label-name').getByText('Dark High Contrast', { exact: true }).first().click();
      await page.locator('.monaco-workbench.hc-black').waitFor({ timeout: 15000 });
      await heatmap().waitFor();
      await compareShot('compare-high-contrast');
      await axeCheck(frame);
    });

    await step('"RUS Survey: Compare Rounds" shows the word diff against a second round; axe passes; the keyboard switches the view', async () => {
      // A second round next to the example: a year on, Blekinge's first answer rewritten, SLL under its new name.
      const y2019 = readFileSync(examplePath, 'utf8')
        .replace('möte 24 april 2018', 'möte 10 april 2019')
        .replace('date: 2018-04-24', 'date: 2019-04-10')
        .replace('| Region Blekinge | Den styr prioriteringar av aktiviteter och finansieringar. |', '| Region Blekinge | Den styr prioriteringar av aktiviteter, projekt och finansieringar. |')
        .replaceAll('Stockholms läns landsting', 'Region Stockholm');
      writeFileSync(join(run.workspace, 'rus-natverket-2019.survey.md'), y2019);
      await page.locator('.tabs-container .tab:has-text("rus-natverket-2018.survey.md")').first().click();
      let rounds;
      const deadline = Date.now() + 30000;
      while (!rounds && Date.now() < deadline) {
        // The server sees the new file through the file watcher; until then the command says there is no other round.
        await runCommand('RUS Survey: Compare Rounds');
        for (let i = 0; i < 8 && !rounds; i++) {
          for (const candidate of page.frames()) if (await candidate.$('.rsc-rounds').catch(() => null)) rounds = candidate;
          if (!rounds) await page.waitForTimeout(250);
        }
      }
      if (!rounds) throw new Error('no webview frame with .rsc-rounds');
      const added = await rounds.locator('.rsc-rounds-question').first().locator('ins').allTextContents();
      if (!added.includes('projekt ')) throw new Error(`the added words of Blekinge's answer: ${JSON.stringify(added)}`);
      await axeCheck(rounds);
      await rounds.locator('input[value="organisation"]').focus();
      await page.keyboard.press('ArrowRight');
      await waitFor(async () => (await rounds.locator('select[data-action="question"]').count()) === 1, 'the question chooser after ArrowRight');
      const focused = await rounds.evaluate(() => document.activeElement?.getAttribute('value'));
      if (focused !== 'question') throw new Error(`the focus after ArrowRight is on ${focused}`);
      await shot('rounds-high-contrast');
    });

    await step('with rusSurvey.locale = sv the compare and rounds views load again in Swedish, keeping the filter and the rounds view chosen; axe passes; screenshot', async () => {
      await runCommand('Preferences: Color Theme');
      await page.locator('.quick-input-widget input').fill('Light Modern');
      await page.locator('.quick-input-list .monaco-list-row .label-name').getByText('Light Modern', { exact: true }).first().click();
      await page.locator('.monaco-workbench.vs').waitFor({ timeout: 15000 });
      // A filter typed before the language changes must survive the page being loaded again. The rounds view
      // opened beside the survey, over the compare view: bring that back first.
      await page.locator('.tabs-container .tab:has-text("Compare:")').first().click();
      await frame.locator('[data-action="query"]').first().fill('Skåne');
      await waitFor(async () => /Showing \d+ of \d+ questions/.test(await frame.locator('.rsc-filter-status').first().innerText()), 'the filter applied');
      mkdirSync(join(run.workspace, '.vscode'), { recursive: true });
      writeFileSync(join(run.workspace, '.vscode', 'settings.json'), JSON.stringify({ 'rusSurvey.locale': 'sv' }, null, 2));
      const swedish = async (selector) => {
        for (const candidate of page.frames()) {
          const found = await candidate.evaluate((s) => document.body?.dataset.locale === 'sv' && document.documentElement.lang === 'sv' && document.querySelector(s) !== null, selector).catch(() => false);
          if (found) return candidate;
        }
        return undefined;
      };
      let sv;
      await waitFor(async () => (sv = await swedish('.rsc-heatmap')) !== undefined, 'a compare webview frame in Swedish with its heat map', 30000);
      frame = sv;
      const caption = await heatmap().innerText();
      if (!caption.includes('Täckning: frågor × organisationer')) throw new Error(`the heat map is not in Swedish: ${caption.slice(0, 200)}`);
      const kept = await frame.locator('[data-action="query"]').first().inputValue();
      if (kept !== 'Skåne') throw new Error(`the filter after the language change is ${JSON.stringify(kept)}, not "Skåne"`);
      await frame.locator('[data-action="clear"]').first().click();
      let roundsSv;
      await waitFor(async () => (roundsSv = await swedish('.rsc-rounds')) !== undefined, 'the rounds webview in Swedish', 30000);
      // The previous step switched the rounds view to one question across every organisation.
      if ((await roundsSv.locator('select[data-action="question"]').count()) !== 1) throw new Error('the rounds view lost its "one question" choice on reload');
      // The views and the status bar follow too, though the focus is in a webview (no survey editor is active).
      await page.locator('.statusbar-item:has-text("78/90 besvarade")').waitFor({ timeout: 30000 });
      await page.locator('.pane-body .monaco-list-row:has-text("38/40 besvarade")').first().waitFor({ timeout: 10000 });
      await axeCheck(frame);
      await compareShot('compare-sv-light', 'Jämför:');
    });

    await step('the webview breaks no Content-Security-Policy rule', async () => {
      const violations = consoleLines.filter((line) => /Content Security Policy|Refused to (load|apply|execute)/i.test(line));
      if (violations.length) throw new Error(violations.join('\n'));
    });
  } finally {
    writeFileSync(join(outputDir, 'ui-console.log'), consoleLines.join('\n'));
    await browser.close();
  }
  return results;
}

async function axeCheck(frame) {
  await frame.evaluate(axeSource());
  const result = await frame.evaluate(() =>
    globalThis.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] }),
  );
  const violations = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}\n    ${v.nodes[0]?.failureSummary?.replace(/\n/g, ' ') ?? ''}`,
  );
  if (violations.length) throw new Error(`axe violations:\n${violations.join('\n')}`);
}

async function waitFor(condition, what, timeoutMs = 10000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
