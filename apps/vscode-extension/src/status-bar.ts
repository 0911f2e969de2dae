// "✓ 78/90 answered" for the active survey, a tooltip per part; a click opens the compare view.
import * as vscode from 'vscode';
import type { ActiveSurvey } from './active-survey';
import { statusModel } from './status-model';
import type { UiLanguage } from './ui-language';

export function createStatusBar(survey: ActiveSurvey, language: UiLanguage): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('rusSurvey.status', vscode.StatusBarAlignment.Left, 100);
  item.command = 'rusSurvey.compareRegions';
  const subscription = survey.onDidChange((snapshot) => {
    const t = language.t;
    item.name = t('RUS Survey answers');
    if (!snapshot) return item.hide();
    const model = statusModel(snapshot.matrix, t);
    item.text = model.text;
    item.tooltip = `${model.tooltip}\n\n${t('Click to compare regions')}`;
    item.show();
  });
  return vscode.Disposable.from(item, subscription);
}
