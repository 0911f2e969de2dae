// Clients that declare less than VS Code (Neovim, Emacs/eglot, Helix, Sublime) get only what works in them.
import { afterEach, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  CodeLensRequest,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  ShowMessageNotification,
  type ClientCapabilities,
  type CodeAction,
  type CodeLens,
  type ShowMessageParams,
} from 'vscode-languageserver-protocol/node.js';
import { COMPARE_REGIONS_COMMAND, SHOW_COVERAGE_COMMAND, SHOW_DOCUMENTATION_COMMAND } from '@rus-survey/protocol';
import { LspClient, SMALL_SURVEY } from './lsp-client.js';

/** What eglot and Neovim declare: configuration pulled, no dynamic registration of didChangeConfiguration, no showDocument. */
const plainCapabilities: ClientCapabilities = {
  workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
  textDocument: { publishDiagnostics: { versionSupport: true } },
};

let client: LspClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

/** Waits until the file watchers are registered (the server registers them first), then one round trip more. */
async function registrationsSettled(current: LspClient, uri: string): Promise<string[]> {
  while (!current.registrations.some((registration) => registration.method === 'workspace/didChangeWatchedFiles')) await new Promise((resolve) => setTimeout(resolve, 20));
  await current.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
  return current.registrations.map((registration) => registration.method);
}

describe('dynamic registration of didChangeConfiguration', () => {
  it('is not asked of a client that did not declare it', async () => {
    client = await LspClient.start({ capabilities: plainCapabilities });
    const uri = await client.open('a.survey.md', SMALL_SURVEY);
    expect(await registrationsSettled(client, uri)).not.toContain('workspace/didChangeConfiguration');
  });

  it('is asked of a client that declared it', async () => {
    client = await LspClient.start({
      capabilities: { ...plainCapabilities, workspace: { ...plainCapabilities.workspace, didChangeConfiguration: { dynamicRegistration: true } } },
    });
    const uri = await client.open('a.survey.md', SMALL_SURVEY);
    expect(await registrationsSettled(client, uri)).toContain('workspace/didChangeConfiguration');
  });
});

async function quickFixes(current: LspClient): Promise<CodeAction[]> {
  const uri = await current.open('a.survey.md', SMALL_SURVEY);
  const diagnostics = await current.diagnostics(uri);
  const missing = diagnostics.filter((diagnostic) => diagnostic.code === 'RUS002');
  expect(missing.length).toBeGreaterThan(0);
  return (await current.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: missing[0]!.range,
    context: { diagnostics: missing },
  })) as CodeAction[];
}

describe('"Show documentation"', () => {
  it('is not offered to a client without window/showDocument', async () => {
    client = await LspClient.start({ capabilities: plainCapabilities });
    const actions = await quickFixes(client);
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.filter((action) => action.command?.command === SHOW_DOCUMENTATION_COMMAND)).toEqual([]);
  });

  it('is offered to a client with window/showDocument', async () => {
    client = await LspClient.start({ capabilities: { ...plainCapabilities, window: { showDocument: { support: true } } } });
    const actions = await quickFixes(client);
    expect(actions.filter((action) => action.command?.command === SHOW_DOCUMENTATION_COMMAND)).toHaveLength(1);
  });
});

describe('code lenses', () => {
  it('run a server command that shows who is missing, in any client; no lens needs a client command it did not declare', async () => {
    client = await LspClient.start({ capabilities: plainCapabilities });
    const messages: ShowMessageParams[] = [];
    client.connection.onNotification(ShowMessageNotification.type, (params) => messages.push(params));
    const uri = await client.open('a.survey.md', SMALL_SURVEY);
    const lenses = (await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) as CodeLens[];
    expect(lenses.length).toBeGreaterThan(0);
    const serverCommands = (client.initializeResult.capabilities.executeCommandProvider?.commands ?? []) as string[];
    for (const lens of lenses) expect(serverCommands).toContain(lens.command?.command);

    const first = lenses.find((lens) => lens.range.start.line === SMALL_SURVEY.split('\n').indexOf('### 1. Första frågan?'));
    expect(first?.command?.title).toBe('2/3 answered');
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: first!.command!.command, arguments: first!.command!.arguments ?? [] });
    while (messages.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(messages[0]!.message).toBe('Question 1: 2/3 answered. Missing: Region Gotland');
  });

  it('include "Compare" for a client that runs rusSurvey.compareRegions (the VS Code extension)', async () => {
    client = await LspClient.start({ capabilities: plainCapabilities, initializationOptions: { clientCommands: [COMPARE_REGIONS_COMMAND] } });
    const uri = await client.open('a.survey.md', SMALL_SURVEY);
    const lenses = (await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) as CodeLens[];
    expect(lenses.filter((lens) => lens.command?.command === COMPARE_REGIONS_COMMAND).map((lens) => lens.command?.arguments)).toEqual([[1], [2]]);
    expect(lenses.filter((lens) => lens.command?.command === SHOW_COVERAGE_COMMAND)).toHaveLength(2);
  });

  it('refuses a coverage command with arguments that are not a survey and a line', async () => {
    client = await LspClient.start({ capabilities: plainCapabilities });
    const uri = await client.open('a.survey.md', SMALL_SURVEY);
    for (const args of [[], [uri], [uri, 'x'], [42, 3], [uri, 9999]])
      expect(await client.connection.sendRequest(ExecuteCommandRequest.type, { command: SHOW_COVERAGE_COMMAND, arguments: args })).toBeNull();
  });
});
