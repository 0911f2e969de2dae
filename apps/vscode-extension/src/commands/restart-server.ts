// "Restart Language Server": for when the server is stuck or a config change did not take.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export function registerRestartServer(client: () => LanguageClient | undefined, restarted: () => void): vscode.Disposable {
  return vscode.commands.registerCommand('rusSurvey.restartServer', async () => {
    const current = client();
    if (!current) return;
    await current.restart();
    restarted();
  });
}
