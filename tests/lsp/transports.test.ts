import { fork } from 'node:child_process';
import { expect, it } from 'vitest';
import { createProtocolConnection, InitializeRequest, IPCMessageReader, IPCMessageWriter, ShutdownRequest, ExitNotification } from 'vscode-languageserver-protocol/node.js';
import { SERVER_BIN } from './lsp-client.js';

it('also speaks over --node-ipc', async () => {
  const child = fork(SERVER_BIN, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
  const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  connection.listen();
  try {
    const result = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
    expect(result.capabilities.documentSymbolProvider).toBe(true);
    expect(result.serverInfo?.name).toBe('rus-survey-language-server');
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
  } finally {
    connection.dispose();
    if (child.exitCode === null) child.kill();
  }
});

it('declares the capabilities of every feature', async () => {
  const { LspClient } = await import('./lsp-client.js');
  const client = await LspClient.start();
  try {
    const capabilities = client.initializeResult.capabilities;
    expect(capabilities.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
    expect(capabilities.codeActionProvider).toMatchObject({ codeActionKinds: ['quickfix', 'source.fixAll.rusSurvey'] });
    expect(capabilities.renameProvider).toEqual({ prepareProvider: true });
    for (const provider of ['documentSymbolProvider', 'workspaceSymbolProvider', 'hoverProvider', 'definitionProvider', 'referencesProvider', 'foldingRangeProvider'] as const)
      expect(capabilities[provider]).toBe(true);
    expect(capabilities.codeLensProvider).toBeDefined();
    expect(capabilities.completionProvider?.triggerCharacters).toContain('#');
    // Push clients get no diagnosticProvider (they are sent publishDiagnostics instead).
    expect(capabilities.diagnosticProvider).toBeUndefined();
  } finally {
    await client.stop();
  }
});
