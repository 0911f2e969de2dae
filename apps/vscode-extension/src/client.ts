// Starts the bundled language server (dist/server.js) over Node IPC. Every Markdown file goes to the server;
// the server decides what is a survey and answers nothing for other Markdown.
import * as vscode from 'vscode';
import { COMPARE_REGIONS_COMMAND, type InitializationOptions } from '@rus-survey/protocol';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export const CLIENT_ID = 'rusSurvey';

export function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    // The server pulls `rusSurvey` settings per document; this makes changes reach it.
    synchronize: { configurationSection: 'rusSurvey' },
    outputChannelName: 'RUS Survey',
    // The server offers the "Compare" code lens only to clients that run this command (other editors cannot).
    initializationOptions: { clientCommands: [COMPARE_REGIONS_COMMAND] } satisfies InitializationOptions,
  };
  // The client id makes `rusSurvey.trace.server` work without further code.
  return new LanguageClient(CLIENT_ID, 'RUS Survey', serverOptions, clientOptions);
}
