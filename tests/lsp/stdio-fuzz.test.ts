// Issue 11: the built server over stdio, sent seeded random requests — type-valid and type-invalid (wrong
// params, positions out of range, unknown URIs, huge numbers, nulls), cancelled ones, unknown methods — between
// edits of a survey, some with invalid ranges. It must never exit, must answer every request (a result or a
// JSON-RPC error), and must still validate the survey right at the end. FUZZ_LSP_STEPS (default 120) and
// FUZZ_LSP_SEED make a longer or different run.
import { describe, expect, it } from 'vitest';
import { CancellationTokenSource, DocumentSymbolRequest, ResponseError, type DocumentSymbol } from 'vscode-languageserver-protocol/node.js';
import { LspClient, SMALL_SURVEY } from './lsp-client.js';

const STEPS = Number(process.env['FUZZ_LSP_STEPS'] ?? 120);
const SEED = Number(process.env['FUZZ_LSP_SEED'] ?? 20261202);

/** mulberry32: a run is its seed alone. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const METHODS = [
  'textDocument/hover',
  'textDocument/completion',
  'textDocument/codeAction',
  'textDocument/documentSymbol',
  'textDocument/definition',
  'textDocument/references',
  'textDocument/rename',
  'textDocument/prepareRename',
  'textDocument/foldingRange',
  'textDocument/codeLens',
  'textDocument/documentLink',
  'textDocument/diagnostic',
  'workspace/symbol',
  'workspace/executeCommand',
  'codeAction/resolve',
  'rusSurvey/navigate',
  'rusSurvey/position',
  'rusSurvey/compareMatrix',
  'rusSurvey/rounds',
  'rusSurvey/answerInRound',
  'rusSurvey/noSuchMethod',
];

describe('stdio fuzz', () => {
  it(`${STEPS} seeded random requests and edits: the server never exits, answers every request, and validates right at the end`, { timeout: Math.max(60_000, STEPS * 2_000) }, async () => {
    const rnd = random(SEED);
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
    const int = (max: number): number => Math.floor(rnd() * max);
    const client = await LspClient.start({ settings: { maxFileSize: 1_000_000 } });
    try {
      const uri = await client.open('fuzz.survey.md', SMALL_SURVEY);
      // Before any fuzzing: what the survey's findings are (its two missing answers), by message.
      const pristine = (await client.diagnostics(uri)).map((diagnostic) => `${diagnostic.code} ${diagnostic.message}`);
      expect(pristine.length).toBeGreaterThan(0);
      let lines = SMALL_SURVEY.split('\n').length;
      const number = (): unknown => pick([0, 1, int(lines), lines + 5, -1, 2 ** 31, Number.MAX_SAFE_INTEGER, 1.5, null, '3', NaN]);
      const position = (): unknown => pick([{ line: int(lines), character: int(40) }, { line: number(), character: number() }, null, {}, 'x', [1, 2]]);
      const documentUri = (): unknown => pick([uri, uri, uri, 'file:///nowhere/x.survey.md', 'not a uri', '', null, 42, `${uri}#frag`, 'untitled:Untitled-1']);
      const range = (): unknown => pick([{ start: position(), end: position() }, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, null]);
      const params = (): unknown =>
        pick([
          { textDocument: { uri: documentUri() }, position: position() },
          { textDocument: { uri: documentUri() }, position: position(), newName: pick(['Region Ny', '', null, 'a|b', '\u0000', 'x'.repeat(10_000)]) },
          { textDocument: { uri: documentUri() }, range: range(), context: pick([{ diagnostics: [] }, { diagnostics: null }, {}, null, { diagnostics: [{ range: range(), message: 'x', data: pick([null, {}, { fix: 1 }]) }] }]) },
          { textDocument: { uri: documentUri() }, position: position(), context: { includeDeclaration: pick([true, null]) } },
          { query: pick(['Skåne', '', null, 7, 'x'.repeat(5_000)]) },
          { command: pick(['rusSurvey.showDocumentation', 'rusSurvey.showCoverage', 'nope', null]), arguments: pick([[], null, ['https://evil.example'], [uri, number()], [{}]]) },
          { uri: documentUri(), line: number(), question: number(), organisation: pick(['Region Skåne', null, 3]) },
          { title: 'x', data: pick([null, { fixAll: { uri: documentUri() } }, { fixAll: null }, 'x']) },
          null,
          'string params',
          [1, 2, 3],
          {},
        ]);

      const pending: Promise<string>[] = [];
      for (let step = 0; step < STEPS; step++) {
        const roll = rnd();
        if (roll < 0.25) {
          // An edit: a valid one (insert or delete text at a real line), or a range the document does not have.
          const line = int(lines + 3);
          const change = pick<object>([
            { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: pick(['| Region Gotland | Ja. |\n', '### 9. Ny?\n', '<p>x</p>\n', '>'.repeat(100) + '\n', '\n', '| --- |\n']) },
            { range: { start: { line, character: 0 }, end: { line: line + int(3), character: 0 } }, text: '' },
            { range: { start: { line: -1, character: -5 }, end: { line: 2 ** 31, character: 9 } }, text: 'x' },
            { range: { start: { line: 5, character: 0 }, end: { line: 2, character: 0 } }, text: 'reversed' },
            { range: null, text: 'null range' },
            { text: SMALL_SURVEY },
          ]);
          await client.change(uri, [change as never]);
          if ('text' in change && (change as { text: string }).text === SMALL_SURVEY) lines = SMALL_SURVEY.split('\n').length;
          else lines += 1;
          continue;
        }
        const method = pick(METHODS);
        const body = params();
        const label = `step ${step}: ${method} ${JSON.stringify(body)?.slice(0, 200)}`;
        const source = new CancellationTokenSource();
        const request = client.connection.sendRequest(method, body, source.token).then(
          () => 'result',
          (error: unknown) => {
            // A JSON-RPC error answers the request; anything else (the connection gone) does not.
            if (error instanceof ResponseError) return `error ${error.code}`;
            throw new Error(`${label}: ${String(error)}`);
          },
        );
        if (rnd() < 0.15) source.cancel();
        pending.push(Promise.race([request, new Promise<string>((_, reject) => setTimeout(() => reject(new Error(`${label}: no answer in 20 s`)), 20_000))]));
        if (rnd() < 0.3) await Promise.all(pending.splice(0));
      }
      const answers = await Promise.all(pending);
      expect(answers.every((answer) => answer === 'result' || answer.startsWith('error '))).toBe(true);
      expect(client.child.exitCode).toBeNull();

      // Still validating right: the survey without its notice reports, for the latest version, what it did before
      // the fuzzing and RUS001 besides.
      const withoutNotice = SMALL_SURVEY.replace(/^> Tänk på.*\n\n/m, '');
      expect(withoutNotice).not.toBe(SMALL_SURVEY);
      await client.change(uri, [{ text: withoutNotice }]);
      const diagnostics = await client.diagnostics(uri, (published) => published.diagnostics.some((diagnostic) => diagnostic.code === 'RUS001'), 30_000);
      const found = diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.message}`);
      expect(found.filter((finding) => !finding.startsWith('RUS001'))).toEqual(pristine);
      expect(found.filter((finding) => finding.startsWith('RUS001'))).toHaveLength(1);
      const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
      expect(symbols[0]?.name).toBe('Liten enkät');
      expect(client.child.exitCode).toBeNull();
    } finally {
      await client.stop();
    }
  });
});
