// "Show This Organisation's Answer in the Previous Round": the server finds the other rounds of the survey in
// the workspace and the same organisation's answer to the same question there (rusSurvey/answerInRound); this
// opens it beside the current editor.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AnswerInRoundRequest } from '@rus-survey/protocol';
import { revealPosition } from '../reveal';
import type { UiLanguage } from '../ui-language';

export const PREVIOUS_ROUND_COMMAND = 'rusSurvey.previousRoundAnswer';

/** The editor the command acts on: the active one, else (focus in a panel, e.g. the Rounds view) a visible survey editor. */
const surveyEditor = (): vscode.TextEditor | undefined =>
  vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors.find((editor) => editor.document.languageId === 'markdown');

async function showPreviousRound(client: LanguageClient | undefined, language: UiLanguage): Promise<void> {
  const editor = surveyEditor();
  if (!editor || !client?.isRunning()) return;
  const found = await client.sendRequest(AnswerInRoundRequest, {
    textDocument: { uri: editor.document.uri.toString() },
    position: client.code2ProtocolConverter.asPosition(editor.selection.active),
    step: -1,
  });
  if (!found) {
    vscode.window.setStatusBarMessage(language.t('No earlier round of this answer in the workspace'), 3000);
    return;
  }
  if (!found.location) {
    void vscode.window.showInformationMessage(language.t('{0} has no answer to this question in round {1}.', found.organisation, found.round));
    return;
  }
  await revealPosition(vscode.Uri.parse(found.location.uri), client.protocol2CodeConverter.asPosition(found.location.range.start), vscode.ViewColumn.Beside);
}

export function registerPreviousRound(client: () => LanguageClient | undefined, language: UiLanguage): vscode.Disposable {
  return vscode.commands.registerCommand(PREVIOUS_ROUND_COMMAND, () => showPreviousRound(client(), language));
}
