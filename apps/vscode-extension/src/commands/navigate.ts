// Next / previous organisation's answer and the same organisation's next / previous question: the server
// knows where (rusSurvey/navigate); this moves the cursor there and reveals the line.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { NavigateRequest, NAVIGATE_DIRECTIONS, type NavigateDirection } from '@rus-survey/protocol';
import { revealPosition } from '../reveal';
import type { UiLanguage } from '../ui-language';

async function navigate(client: LanguageClient | undefined, direction: NavigateDirection, language: UiLanguage): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client?.isRunning()) return;
  const target = await client.sendRequest(NavigateRequest, {
    textDocument: { uri: editor.document.uri.toString() },
    position: client.code2ProtocolConverter.asPosition(editor.selection.active),
    direction,
  });
  if (!target) {
    vscode.window.setStatusBarMessage(language.t('No answer to go to'), 2000);
    return;
  }
  const position = client.protocol2CodeConverter.asPosition(target.range.start);
  await revealPosition(vscode.Uri.parse(target.uri), position, editor.viewColumn);
}

export function registerNavigationCommands(client: () => LanguageClient | undefined, language: UiLanguage): vscode.Disposable[] {
  return NAVIGATE_DIRECTIONS.map((direction) => vscode.commands.registerCommand(`rusSurvey.${direction}`, () => navigate(client(), direction, language)));
}
