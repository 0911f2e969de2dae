// "Compare Regions" (also the code lens "Compare" with a question number) and "Export Comparison…".
import * as vscode from 'vscode';
import type { ActiveSurvey } from '../active-survey';
import type { UiLanguage } from '../ui-language';
import { isExportFormat, type ComparePanel, type ExportFormat } from '../compare-panel';
import { matrixToCsv, renderStandaloneHtml } from '@rus-survey/compare-ui';

export function registerCompareCommands(panel: () => ComparePanel, exportCompare: (format?: ExportFormat, target?: vscode.Uri) => Promise<vscode.Uri | undefined>): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('rusSurvey.compareRegions', (question?: unknown) => panel().show(typeof question === 'number' ? question : undefined)),
    vscode.commands.registerCommand('rusSurvey.exportCompare', (format?: unknown, target?: unknown) =>
      exportCompare(isExportFormat(format) ? format : undefined, target instanceof vscode.Uri ? target : undefined),
    ),
  ];
}

/** Asks for a format and a file (unless given: tests and the webview's buttons), then writes the export. */
export function exporter(survey: ActiveSurvey, language: UiLanguage) {
  return async (format?: ExportFormat, target?: vscode.Uri): Promise<vscode.Uri | undefined> => {
    const t = language.t;
    const snapshot = survey.snapshot ?? (await survey.update());
    if (!snapshot) {
      void vscode.window.showInformationMessage(t('Open a survey to export its comparison.'));
      return undefined;
    }
    const chosen =
      format ??
      (
        await vscode.window.showQuickPick(
          [
            { label: 'CSV', description: t('One row per question and organisation'), format: 'csv' as const },
            { label: 'HTML', description: t('A standalone report with the compare view'), format: 'html' as const },
            { label: 'Excel', description: t('A sheet of questions × organisations, one per part, and the coverage'), format: 'xlsx' as const },
          ],
          { placeHolder: t('Export the comparison as') },
        )
      )?.format;
    if (!chosen) return undefined;
    const base = snapshot.uri.path.replace(/\.survey\.md$|\.md$/, '');
    const file =
      target ??
      (await vscode.window.showSaveDialog({
        defaultUri: snapshot.uri.with({ path: `${base}.compare.${chosen}` }),
        filters: chosen === 'csv' ? { CSV: ['csv'] } : chosen === 'xlsx' ? { Excel: ['xlsx'] } : { HTML: ['html'] },
      }));
    if (!file) return undefined;
    // The same CSV and standalone report as `rus-survey compare`: both come from the shared compare UI.
    const locale = language.locale;
    // Excel through @rus-survey/office, as `rus-survey compare --format xlsx`; exceljs loads only when asked for.
    const content =
      chosen === 'xlsx'
        ? await (await import('@rus-survey/office')).matrixWorkbook(snapshot.matrix, { locale })
        : new TextEncoder().encode(chosen === 'csv' ? matrixToCsv(snapshot.matrix) : renderStandaloneHtml(snapshot.matrix, { locale }));
    await vscode.workspace.fs.writeFile(file, content);
    void vscode.window.showInformationMessage(t('Exported the comparison to {0}', vscode.workspace.asRelativePath(file)));
    return file;
  };
}
