// A server that never blocks: validation waits while requests are queued, pulls are debounced like pushes and
// superseded by edits, and fix-all is computed only when chosen. Order is asserted through the protocol
// (what arrived before what), never by the clock.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  CodeActionResolveRequest,
  ConfigurationRequest,
  DocumentDiagnosticRequest,
  HoverRequest,
  LSPErrorCodes,
  type CodeAction,
  type DocumentDiagnosticReport,
  type Hover,
} from 'vscode-languageserver-protocol/node.js';
import { lintSurvey } from '@rus-survey/core';
import { applyEdits, EXAMPLE, LspClient, SMALL_SURVEY } from './lsp-client.js';

let client: LspClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

/** A survey whose validation takes a while: many organisations answering many questions. */
function bigSurvey(organisations: number, questions: number): string {
  const names = Array.from({ length: organisations }, (_, i) => `Kommun ${i + 1}`);
  const blocks = Array.from({ length: questions }, (_, q) => {
    const rows = names.map((name, i) => `| ${name} | Svar ${q + 1}.${i + 1}: vi arbetar med frågan genom samverkan. |`);
    return `### ${q + 1}. Fråga nummer ${q + 1}?\n\n| Organisation | Svar |\n| --- | --- |\n${rows.join('\n')}\n`;
  });
  return `---\nrus-survey: true\n---\n\n# Stor enkät\n\n> Tänk på att detta är ett diskussionsunderlag för nätverket.\n\n## Del ett\n\n${blocks.join('\n')}`;
}

describe('validation of one document does not hold up requests about another', () => {
  it("answers a hover on B before publishing the diagnostics of a big A opened just before it", async () => {
    // A client that pushes its settings (Helix, Sublime): nothing else delays A's validation.
    client = await LspClient.start({ capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } } });
    const small = await client.open('b.survey.md', SMALL_SURVEY);
    await client.diagnostics(small);
    const line = SMALL_SURVEY.split('\n').indexOf('### 1. Första frågan?');

    const big = client.open('a.survey.md', bigSurvey(150, 30));
    let publishedForABeforeHover = -1;
    const hover = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: small }, position: { line, character: 5 } }).then((result) => {
      publishedForABeforeHover = client!.allPublished(client!.uri('a.survey.md')).length;
      return result as Hover | null;
    });
    const bigUri = await big;
    expect(JSON.stringify((await hover)?.contents)).toContain('answered 2/3');
    expect(publishedForABeforeHover).toBe(0);
    const diagnostics = await client.diagnostics(bigUri, () => true, 120000);
    expect(Array.isArray(diagnostics)).toBe(true);
  }, 180000);
});

describe('requests read while a validation runs are answered before its diagnostics are sent', () => {
  it("answers a hover on B that arrives during A's lint before publishing A's diagnostics", async () => {
    client = await LspClient.start();
    const small = await client.open('b.survey.md', SMALL_SURVEY);
    await client.diagnostics(small);
    const line = SMALL_SURVEY.split('\n').indexOf('### 1. Första frågan?');
    const bigUri = client.uri('a.survey.md');

    // A's validation asks for A's settings first; the hover on B is sent right behind the answer, so it is read
    // while A is linted. This assumes the client gets to send it within that lint (an 800 KB survey: hundreds of
    // milliseconds even on an idle machine); sending it before the answer would be deterministic but could not
    // fail, since the server would then read the hover before the lint starts.
    let hover: Promise<Hover | null> | undefined;
    let publishedForABeforeHover = -1;
    client.connection.onRequest(ConfigurationRequest.type, (params) => {
      if (!hover && params.items.some((item) => item.scopeUri === bigUri)) {
        let answered: (result: Hover | null) => void = () => undefined;
        hover = new Promise((resolve) => (answered = resolve));
        // Sent after the answer is written: both go through the connection's one writer, in order.
        setImmediate(() => {
          void client!.connection.sendRequest(HoverRequest.type, { textDocument: { uri: small }, position: { line, character: 5 } }).then((result) => {
            publishedForABeforeHover = client!.allPublished(bigUri).length;
            answered(result as Hover | null);
          });
        });
      }
      return params.items.map(() => ({}));
    });
    await client.open('a.survey.md', bigSurvey(290, 40));
    const diagnostics = await client.diagnostics(bigUri, () => true, 120000);

    expect(Array.isArray(diagnostics)).toBe(true);
    expect(hover).toBeDefined();
    expect(JSON.stringify((await hover)?.contents)).toContain('answered 2/3');
    expect(publishedForABeforeHover).toBe(0);
  }, 180000);
});

describe('pulled diagnostics', () => {
  it('wait for typing to pause (rusSurvey.debounceMs), and a pull an edit superseded is cancelled for the newer one', async () => {
    client = await LspClient.start({
      settings: { debounceMs: 3000 },
      capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false } } },
    });
    const uri = await client.open('a.survey.md', SMALL_SURVEY, { writeToDisk: false });
    const pull = () => client!.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }) as Promise<DocumentDiagnosticReport>;
    const end = { line: SMALL_SURVEY.split('\n').length - 1, character: 0 };

    await client.change(uri, [{ range: { start: end, end }, text: '\n### 3. Tredje frågan?\n' }]);
    const first = pull().then(
      () => ({ code: undefined, data: undefined }),
      (error: { code: number; data: unknown }) => ({ code: error.code, data: error.data }),
    );
    // The edit is undone before the pause is over.
    await client.change(uri, [{ range: { start: end, end: { line: end.line + 2, character: 0 } }, text: '' }]);
    const second = await pull();

    expect(await first).toEqual({ code: LSPErrorCodes.ServerCancelled, data: { retriggerRequest: true } });
    expect(second.kind).toBe('full');
    const items = second.kind === 'full' ? second.items : [];
    // Validated on the text after the second edit: the question the first edit added is gone.
    expect(items.map((item) => item.code).sort()).toEqual(lintSurvey(SMALL_SURVEY).diagnostics.map((d) => d.ruleId).sort());
  }, 60000);
});

describe('fix-all', () => {
  const exampleText = readFileSync(EXAMPLE, 'utf8');

  it('is offered without its edit to a client that resolves, and the edit comes with codeAction/resolve', async () => {
    client = await LspClient.start({
      withExample: 'example.survey.md',
      capabilities: {
        workspace: { configuration: true },
        textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: { resolveSupport: { properties: ['edit'] } } },
      },
    });
    const uri = await client.open('example.survey.md', exampleText);
    await client.diagnostics(uri);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    })) as CodeAction[];
    const fixAll = actions.find((action) => action.kind === 'source.fixAll.rusSurvey');
    expect(fixAll).toBeDefined();
    expect(fixAll!.edit).toBeUndefined();
    const resolved = (await client.connection.sendRequest(CodeActionResolveRequest.type, fixAll!)) as CodeAction;
    const fixed = applyEdits(exampleText, resolved.edit!.changes![uri]!);
    expect(lintSurvey(fixed).diagnostics.filter((d) => d.fix)).toHaveLength(0);
    expect(fixed).toContain('Den styr prioriteringar av aktiviteter och finansieringar.');
  });

  it('is not computed for a plain lightbulb request from a client that cannot resolve', async () => {
    client = await LspClient.start({ withExample: 'example.survey.md', capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } } });
    const uri = await client.open('example.survey.md', exampleText);
    const diagnostics = await client.diagnostics(uri);
    expect(diagnostics.some((d) => (d.data as { fix?: unknown } | undefined)?.fix)).toBe(true);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    })) as CodeAction[];
    expect(actions.filter((action) => action.kind === 'source.fixAll.rusSurvey')).toEqual([]);
  });
});
