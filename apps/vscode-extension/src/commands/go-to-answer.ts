// "Go to organisation's answer…": a quick pick of every answer in the active survey, filterable by organisation
// and question ("Skåne 4"). The server says which question and organisation the cursor is in
// (rusSurvey/position); that question comes first, and that organisation's answer is the one selected.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SurveyPositionRequest, type SurveyPosition } from '@rus-survey/protocol';
import type { ActiveSurvey } from '../active-survey';
import type { AnswerLocation } from '../locations';
import { revealAnswer } from '../reveal';
import type { UiLanguage } from '../ui-language';
import { answerPicks } from '../views/answer-picks';

interface AnswerPickItem extends vscode.QuickPickItem {
  location?: AnswerLocation;
}

/** Where the active editor's cursor is in `uri`'s survey; null when the editor shows something else or the server cannot say. */
async function cursorPosition(client: LanguageClient | undefined, uri: vscode.Uri): Promise<SurveyPosition | null> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.uri.toString() !== uri.toString() || !client?.isRunning()) return null;
  try {
    return await client.sendRequest(SurveyPositionRequest, {
      textDocument: { uri: uri.toString() },
      position: client.code2ProtocolConverter.asPosition(editor.selection.active),
    });
  } catch {
    return null;
  }
}

export function registerGoToAnswer(survey: ActiveSurvey, client: () => LanguageClient | undefined, language: UiLanguage): vscode.Disposable {
  return vscode.commands.registerCommand('rusSurvey.goToAnswer', async () => {
    const t = language.t;
    const snapshot = await survey.update();
    if (!snapshot) {
      void vscode.window.showInformationMessage(t('Open a survey to go to its answers.'));
      return;
    }
    const groups = answerPicks(snapshot.matrix, await cursorPosition(client(), snapshot.uri), t);
    const items: AnswerPickItem[] = groups.flatMap((group) => [{ label: group.label, kind: vscode.QuickPickItemKind.Separator }, ...group.answers]);
    const picked = await vscode.window.showQuickPick(items, { placeHolder: t("Go to an organisation's answer"), matchOnDescription: true });
    if (picked?.location) await revealAnswer(picked.location);
  });
}
