// "✓ 78/90 answered" for the active survey, a tooltip per part; a click opens the compare view.
import * as vscode from 'vscode';
import type { ActiveSurvey } from './active-survey';
import { statusModel } from './status-model';

export function createStatusBar(survey: ActiveSurvey): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('rusSurvey.status', vscode.StatusBarAlignment.Left, 100);
  item.name = vscode.l10n.t('RUS Survey answers');
  item.command = 'rusSurvey.compareRegions';
  const subscription = survey.onDidChange((snapshot) => {
    if (!snapshot) return item.hide();
    const model = statusModel(snapshot.matrix, vscode.l10n.t);
    item.text = model.text;
    item.tooltip = `${model.tooltip}\n\n${vscode.l10n.t('Click to compare regions')}`;
    item.show();
  });
  return vscode.Disposable.from(item, subscription);
}
