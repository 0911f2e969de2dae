// pnpm bench: rus-survey against baselines measured in the same run, on seeded synthetic surveys. Prints one
// table of ratios and writes the figures as JSON to bench/results/ (ignored by git). Not part of pnpm test.
//
//   node --expose-gc src/run.mjs [--only=a,b,c,d,e] [--quick] [--files=1000 (d)] [--server=<bin.js> (c)]
//
// (a) lintSurvey vs the bare unified + remark-parse + remark-gfm + remark-frontmatter parse, S · M · L · L-sections
// (b) the incremental linter vs a full lint after a one-character edit, a row insertion, a question insertion in L
// (c) the language server over stdio: edit → diagnostics, hover during revalidation, memory
// (d) `rus-survey lint` vs markdownlint-cli2 on 1,000 S files, whole processes
// (e) bundle and .vsix sizes, when built
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createIncrementalLinter, lintSurvey } from '@rus-survey/core';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { surveyTreeSettings } from '../../packages/core/dist/parse/survey-tree.js';
import { startServer } from './lsp-client.mjs';
import { interleaved, median, percentile, range, summary } from './measure.mjs';
import { manySmall, sizes } from './surveys.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const only = args.find((arg) => arg.startsWith('--only='))?.slice(7).split(',') ?? ['a', 'b', 'c', 'd', 'e'];
const quick = args.includes('--quick');
const rows = [];
const results = { machine: machine(), startedAt: new Date().toISOString(), quick, sections: {} };

function machine() {
  return { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform };
}

/** One line of the printed table: what, measured, baseline, their ratio and the target it is held to. */
function row(section, what, measured, baseline, target) {
  const ratio = measured.median / baseline.median;
  const met = target === undefined ? '' : ratio <= target ? 'yes' : 'NO';
  rows.push({ section, what, measured: range(measured), baseline: range(baseline), ratio: ratio.toFixed(3), target: target === undefined ? '' : `≤ ${target}`, met });
  return ratio;
}

const sleep = (millis) => new Promise((resolve) => setTimeout(resolve, millis));

const bare = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();
const texts = Object.fromEntries(Object.entries(sizes).map(([name, make]) => [name, make()]));
const fullLint = {};

// (a) --------------------------------------------------------------------------------------------------------
if (only.includes('a') || only.includes('c')) {
  const runs = { S: quick ? 10 : 40, M: quick ? 5 : 20, L: quick ? 2 : 5, 'L-sections': quick ? 2 : 5 };
  results.sections.a = {};
  for (const [name, text] of Object.entries(texts)) {
    // (c) alone needs only the full lints of S and L as its baselines.
    if (!only.includes('a') && !['S', 'L'].includes(name)) continue;
    const timed = interleaved(
      {
        lint: () => lintSurvey(text),
        bare: () => bare.parse(text),
        // The same lint with every block through micromark (core's internal switch): the parse before issue 10's
        // plain-block path, measured in the same run.
        'lint, all micromark': () => {
          surveyTreeSettings.plainBlocks = false;
          try {
            return lintSurvey(text);
          } finally {
            surveyTreeSettings.plainBlocks = true;
          }
        },
        // A fresh incremental linter's first update: the same result, parsed block by block.
        blocks: () => createIncrementalLinter().update(text),
      },
      { runs: runs[name], warmup: name.startsWith('L') ? (quick ? 0 : 1) : 3 },
    );
    fullLint[name] = timed.lint;
    results.sections.a[name] = { bytes: text.length, ...timed };
    if (only.includes('a')) {
      row('a', `lintSurvey / bare remark parse, ${name} (${Math.round(text.length / 1024)} KB)`, timed.lint, timed.bare, name.startsWith('L') ? 0.5 : undefined);
      row('a', `cold lint block by block / bare remark parse, ${name}`, timed.blocks, timed.bare, name.startsWith('L') ? 0.5 : undefined);
      row('a', `lintSurvey, all micromark (before) / bare remark parse, ${name}`, timed['lint, all micromark'], timed.bare);
    }
  }
}

// (b) --------------------------------------------------------------------------------------------------------
if (only.includes('b')) {
  const L = texts.L;
  const middle = L.indexOf('### 21.');
  const rowStart = L.indexOf('\n| ', L.indexOf('| --- |', middle)) + 1;
  const answerAt = L.indexOf(' | ', rowStart) + 8;
  const nextQuestion = L.indexOf('### 22.');
  const edits = {
    'one-character edit': (text, on) => (on ? `${text.slice(0, answerAt)}x${text.slice(answerAt)}` : L),
    'row insertion': (text, on) => (on ? `${L.slice(0, rowStart)}| Ny kommun | Ett nytt svar på frågan. |\n${L.slice(rowStart)}` : L),
    'question insertion': (text, on) =>
      on ? `${L.slice(0, nextQuestion)}### 99. En ny fråga?\n\n| Organisation | Svar |\n| --- | --- |\n| Ale kommun | Svar. |\n\n${L.slice(nextQuestion)}` : L,
  };
  const rounds = quick ? 2 : 7;
  results.sections.b = {};
  for (const [name, edit] of Object.entries(edits)) {
    const linter = createIncrementalLinter();
    linter.update(L);
    const incremental = [];
    const full = [];
    let on = false;
    let text = L;
    for (let round = 0; round < rounds + 1; round++) {
      // Several incremental updates per full lint: the edit and its undo, each a change the linter has not seen.
      for (let i = 0; i < 4; i++) {
        on = !on;
        text = edit(text, on);
        globalThis.gc?.();
        const start = performance.now();
        linter.update(text);
        if (round > 0) incremental.push(performance.now() - start);
      }
      globalThis.gc?.();
      const start = performance.now();
      lintSurvey(text);
      if (round > 0) full.push(performance.now() - start);
    }
    const stats = linter.lastUpdate;
    results.sections.b[name] = { incremental: summary(incremental), p95: percentile(incremental, 95), full: summary(full), last: stats };
    row('b', `incremental / full lint after a ${name} in L (p50)`, summary(incremental), summary(full), name === 'one-character edit' ? 0.03 : undefined);
    if (name === 'one-character edit') {
      const p95 = { median: percentile(incremental, 95), min: percentile(incremental, 95), max: percentile(incremental, 95) };
      row('b', `incremental / full lint after a ${name} in L (p95)`, p95, summary(full), 0.06);
    }
  }
}

// (c) --------------------------------------------------------------------------------------------------------
if (only.includes('c')) {
  // Another build of the server (an older commit's, say) to measure against this one's.
  const serverPath = args.find((arg) => arg.startsWith('--server='))?.slice(9) ?? join(root, 'packages/language-server/dist/bin.js');
  if (!existsSync(serverPath)) console.error(`(c) skipped: ${serverPath} is not built (pnpm build)`);
  else results.sections.c = await serverBench(serverPath);
}

async function serverBench(serverPath) {
  const dir = mkdtempSync(join(tmpdir(), 'rus-bench-'));
  const server = startServer(serverPath, { settings: { debounceMs: 0 } });
  const out = {};
  try {
    await server.request('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: { textDocument: { publishDiagnostics: {}, hover: { contentFormat: ['markdown'] } }, workspace: { configuration: true } },
    });
    server.notify('initialized', {});
    const open = async (name, text) => {
      const uri = pathToFileURL(join(dir, name)).href;
      const published = server.waitFor('textDocument/publishDiagnostics', (params) => params.uri === uri && params.version === 1);
      server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      await published;
      return uri;
    };
    /** Edits the document `count` times (insert a letter, remove it), timing each edit → its diagnostics. */
    const editLoop = async (uri, text, count, hoverAt) => {
      const at = text.indexOf(' | ', text.indexOf('| --- |', text.indexOf('### 2.')) + 10) + 8;
      const position = positionOf(text, at);
      const latencies = [];
      const hovers = [];
      for (let version = 2; version < count + 2; version++) {
        const insert = version % 2 === 0;
        const published = server.waitFor('textDocument/publishDiagnostics', (params) => params.uri === uri && params.version === version);
        const start = performance.now();
        server.notify('textDocument/didChange', {
          textDocument: { uri, version },
          contentChanges: [insert ? { range: { start: position, end: position }, text: 'x' } : { range: { start: position, end: { ...position, character: position.character + 1 } }, text: '' }],
        });
        let hover;
        if (hoverAt) {
          await sleep(50);
          const hoverStart = performance.now();
          hover = server.request('textDocument/hover', { textDocument: { uri }, position: positionOf(text, hoverAt) }).then(() => hovers.push(performance.now() - hoverStart));
        }
        await published;
        latencies.push(performance.now() - start);
        await hover;
        await sleep(20);
      }
      return { latencies, hovers };
    };

    const S = texts.S;
    const sUri = await open('s-edit.survey.md', S);
    const sRun = await editLoop(sUri, S, quick ? 10 : 30);
    out.S = { p50: median(sRun.latencies), p95: percentile(sRun.latencies, 95) };

    const L = texts.L;
    const lUri = await open('l.survey.md', L);
    out.afterOpenL = server.memory();
    const lRun = await editLoop(lUri, L, quick ? 10 : 30);
    out.L = { p50: median(lRun.latencies), p95: percentile(lRun.latencies, 95) };
    out.peakAfterEditsL = server.memory();
    const hoverTarget = L.indexOf('| Ale kommun |', L.indexOf('### 30.')) + 3;
    const hRun = await editLoop(lUri, L, quick ? 4 : 10, hoverTarget);
    out.hover = { p50: median(hRun.hovers), p95: percentile(hRun.hovers, 95) };

    for (let i = 0; i < 200; i++) await open(`s-${i}.survey.md`, manySmall(200)[i]);
    await sleep(3000);
    out.withL200S = server.memory();
    out.symbols = await documentSymbolSize(server, lUri);

    const fullL = fullLint.L;
    const fullS = fullLint.S;
    const point = (value) => ({ median: value, min: value, max: value });
    row('c', 'server: edit → diagnostics, L, p50 / full lint of L', point(out.L.p50), fullL, 0.03);
    row('c', 'server: edit → diagnostics, L, p95 / full lint of L', point(out.L.p95), fullL, 0.06);
    row('c', 'server: hover 50 ms after an edit in L / full lint of L', point(out.hover.p50), fullL, 0.02);
    row('c', 'server: edit → diagnostics, S, p50 / full lint of S', point(out.S.p50), fullS);
    rows.push({ section: 'c', what: 'server peak RSS, L open + edits (MiB)', measured: out.peakAfterEditsL.peak.toFixed(0), baseline: '', ratio: '', target: '≤ 400', met: out.peakAfterEditsL.peak <= 400 ? 'yes' : 'NO' });
    rows.push({ section: 'c', what: 'server steady RSS, L + 200 S open (MiB)', measured: out.withL200S.rss.toFixed(0), baseline: '', ratio: '', target: '≤ 150', met: out.withL200S.rss <= 150 ? 'yes' : 'NO' });
    rows.push({ section: 'c', what: 'documentSymbol on L (KB of JSON)', measured: (out.symbols / 1024).toFixed(0), baseline: '', ratio: '', target: '< 1024', met: out.symbols < 1024 * 1024 ? 'yes' : 'NO' });
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

async function documentSymbolSize(server, uri) {
  const response = await server.request('textDocument/documentSymbol', { textDocument: { uri } });
  return JSON.stringify(response.result).length;
}

function positionOf(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}


// (d) --------------------------------------------------------------------------------------------------------
if (only.includes('d')) {
  const cli = join(root, 'packages/cli/dist/rus-survey.js');
  const markdownlint = join(root, 'bench/node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
  const markdownlintBin = existsSync(markdownlint) ? markdownlint : join(root, 'bench/node_modules/.bin/markdownlint-cli2');
  if (!existsSync(cli)) console.error(`(d) skipped: ${cli} is not built (pnpm build)`);
  else {
    const dir = mkdtempSync(join(tmpdir(), 'rus-bench-cli-'));
    const count = Number(args.find((arg) => arg.startsWith('--files='))?.slice(8) ?? 1000);
    manySmall(count).forEach((text, i) => writeFileSync(join(dir, `enkat-${String(i).padStart(4, '0')}.survey.md`), text));
    const runProcess = (command, commandArgs, env = {}) => () => spawnSync(command, commandArgs, { cwd: dir, stdio: 'ignore', env: { ...process.env, ...env } });
    const variants = {
      'rus-survey lint': runProcess(process.execPath, [cli, 'lint', '.']),
      // Without worker threads (an internal switch): the CLI's lint loop before issue 10's workers.
      'rus-survey lint, one thread': runProcess(process.execPath, [cli, 'lint', '.'], { RUS_SURVEY_LINT_WORKERS: '0' }),
      'markdownlint-cli2': markdownlintBin.endsWith('.mjs') ? runProcess(process.execPath, [markdownlintBin, '**/*.md']) : runProcess(markdownlintBin, ['**/*.md']),
      'node -e 0': runProcess(process.execPath, ['-e', '0']),
    };
    const timed = interleaved(variants, { runs: quick ? 1 : 3, warmup: quick ? 0 : 1 });
    results.sections.d = timed;
    row('d', `rus-survey lint / markdownlint-cli2, ${count} S files`, timed['rus-survey lint'], timed['markdownlint-cli2'], 0.25);
    row('d', `rus-survey lint on one thread / markdownlint-cli2, ${count} S files`, timed['rus-survey lint, one thread'], timed['markdownlint-cli2']);
    rmSync(dir, { recursive: true, force: true });
  }
}

// (e) --------------------------------------------------------------------------------------------------------
if (only.includes('e')) {
  const files = {
    'CLI (published files)': join(root, 'packages/cli'),
    'language server (published files)': join(root, 'packages/language-server'),
    'VS Code extension bundle (extension.js)': join(root, 'apps/vscode-extension/dist/extension.js'),
    'VS Code extension bundle (server.js)': join(root, 'apps/vscode-extension/dist/server.js'),
    '.vsix': join(root, 'apps/vscode-extension/rus-survey-vscode.vsix'),
  };
  results.sections.e = {};
  for (const [what, path] of Object.entries(files)) {
    if (!existsSync(path)) continue;
    const bytes = sizeOf(path);
    results.sections.e[what] = bytes;
    rows.push({ section: 'e', what: `${what} (KB)`, measured: (bytes / 1024).toFixed(0), baseline: '', ratio: '', target: '', met: '' });
  }
}

/** A file's size, or a package's: the files its package.json `files` ships (paths, or `dir/*.ext`), as in its tarball. */
function sizeOf(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  const { files } = JSON.parse(readFileSync(join(path, 'package.json'), 'utf8'));
  return files.reduce((sum, entry) => {
    const star = entry.indexOf('*');
    if (star < 0) return sum + (existsSync(join(path, entry)) ? statSync(join(path, entry)).size : 0);
    const dir = join(path, entry.slice(0, entry.lastIndexOf('/', star)));
    const suffix = entry.slice(star + 1);
    if (!existsSync(dir)) return sum;
    return sum + readdirSync(dir).filter((name) => name.endsWith(suffix)).reduce((total, name) => total + statSync(join(dir, name)).size, 0);
  }, 0);
}

// The table and the JSON ---------------------------------------------------------------------------------------
const header = ['', 'what', 'measured', 'baseline', 'ratio', 'target', 'met'];
const table = [header, ...rows.map((r) => [r.section, r.what, r.measured, r.baseline, r.ratio, r.target, r.met])];
const widths = header.map((_, column) => Math.max(...table.map((line) => String(line[column]).length)));
console.log(`\nrus-survey bench — ${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}${quick ? ' (quick)' : ''}\n`);
for (const line of table) console.log(line.map((cell, column) => String(cell).padEnd(widths[column])).join('  '));
results.rows = rows;
const resultsDir = join(root, 'bench/results');
mkdirSync(resultsDir, { recursive: true });
const file = join(resultsDir, `bench-${results.startedAt.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nJSON: ${file}`);
