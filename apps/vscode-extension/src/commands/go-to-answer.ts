// "Go to organisation's answer…": a quick pick of every answer in the active survey, the current question's
// first, filterable by organisation and question ("Skåne 4").
import * as vscode from 'vscode';
import type { ActiveSurvey } from '../active-survey';
import { statusLabel, questionLabel } from '../views/tree-model';
import type { AnswerLocation } from '../locations';
import { revealAnswer } from '../reveal';

interface AnswerPick extends vscode.QuickPickItem {
  location?: AnswerLocation;
}

export function registerGoToAnswer(survey: ActiveSurvey): vscode.Disposable {
  return vscode.commands.registerCommand('rusSurvey.goToAnswer', async () => {
    const snapshot = await survey.update();
    if (!snapshot) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a survey to go to its answers.'));
      return;
    }
    const line = vscode.window.activeTextEditor?.selection.active.line ?? 0;
    const rows = snapshot.matrix.rows;
    // The current question: the last one whose first located answer starts at or above the cursor.
    const starts = rows.map((row) => Math.min(...row.cells.flatMap((cell) => (cell.location ? [cell.location.range.start.line - 1] : []))));
    const current = starts.reduce((found, start, index) => (start <= line ? index : found), 0);
    const order = [current, ...rows.keys()].filter((index, position, all) => all.indexOf(index) === position);
    const items: AnswerPick[] = order.flatMap((index) => {
      const row = rows[index]!;
      return [
        { label: questionLabel(row), kind: vscode.QuickPickItemKind.Separator },
        ...row.cells.map((cell) => ({
          label: `$(${cell.status === 'answered' ? 'pass' : cell.status === 'missing' ? 'error' : 'circle-slash'}) ${cell.organisation}`,
          description: `${row.number ?? ''} · ${statusLabel(cell.status, vscode.l10n.t)}`,
          detail: cell.text.replace(/\s+/g, ' ').slice(0, 160) || undefined,
          ...(cell.location ? { location: cell.location } : {}),
        })),
      ];
    });
    const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t("Go to an organisation's answer"), matchOnDescription: true });
    if (picked?.location) await revealAnswer(picked.location);
  });
}
