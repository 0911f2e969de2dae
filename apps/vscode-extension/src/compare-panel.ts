// The compare view: a webview panel hosting the shared compare UI (packages/compare-ui, copied into media/).
// Survey text is untrusted, so: a nonce-only CSP, no inline script or style, resources from media/ only, and
// the matrix passed as a message (the UI escapes it), never spliced into HTML.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { CompareMatrix } from '@rus-survey/protocol';
import type { ActiveSurvey, SurveySnapshot } from './active-survey';
import type { AnswerLocation } from './locations';
import { revealAnswer } from './reveal';
import type { UiLanguage } from './ui-language';
import { webviewHtml } from './webview-html';

export type ExportFormat = 'csv' | 'html' | 'xlsx';

export const isExportFormat = (value: unknown): value is ExportFormat => value === 'csv' || value === 'html' || value === 'xlsx';

export interface ComparePanelHost {
  export(format: ExportFormat): Thenable<unknown>;
}

export function isAnswerLocation(value: unknown): value is AnswerLocation {
  const location = value as AnswerLocation | null | undefined;
  const point = (p: unknown) => typeof p === 'object' && p !== null && Number.isInteger((p as { line: unknown }).line) && Number.isInteger((p as { column: unknown }).column);
  return typeof location?.uri === 'string' && typeof location.range === 'object' && location.range !== null && point(location.range.start) && point(location.range.end);
}

export class ComparePanel implements vscode.Disposable {
  static readonly viewType = 'rusSurvey.compare';
  private panel: vscode.WebviewPanel | undefined;
  private ready = false;
  private question: number | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly survey: ActiveSurvey,
    private readonly host: ComparePanelHost,
    private readonly language: UiLanguage,
  ) {
    this.subscription = vscode.Disposable.from(
      // The panel follows the active survey, like the views.
      survey.onDidChange((snapshot) => {
        if (!snapshot) return;
        this.post(snapshot.matrix);
        if (this.panel) this.panel.title = this.title(snapshot);
      }),
      // The compare UI takes its language when it mounts: load it again (it asks for the matrix when ready).
      language.onDidChange(() => {
        if (!this.panel) return;
        this.ready = false;
        this.panel.webview.html = this.html(this.panel.webview, vscode.Uri.joinPath(this.extensionUri, 'media'));
        if (this.survey.snapshot) this.panel.title = this.title(this.survey.snapshot);
      }),
    );
  }

  get webviewPanel(): vscode.WebviewPanel | undefined {
    return this.panel;
  }

  /** Opens (or brings forward) the panel for the active survey, optionally on one question. */
  async show(question?: number): Promise<boolean> {
    const snapshot = this.survey.snapshot ?? (await this.survey.update());
    if (!snapshot) {
      void vscode.window.showInformationMessage(this.language.t('Open a survey to compare its regions.'));
      return false;
    }
    this.question = question;
    if (this.panel) {
      this.panel.reveal(undefined, false);
      this.post(snapshot.matrix);
      return true;
    }
    const panel = vscode.window.createWebviewPanel(ComparePanel.viewType, this.title(snapshot), vscode.ViewColumn.Beside, this.options());
    this.adopt(panel);
    return true;
  }

  /** After a window reload VS Code hands back the panel it had; give it its content again. */
  registerSerializer(): vscode.Disposable {
    return vscode.window.registerWebviewPanelSerializer(ComparePanel.viewType, {
      deserializeWebviewPanel: async (panel) => {
        if (this.panel) return panel.dispose();
        panel.webview.options = this.options();
        this.adopt(panel);
        await this.survey.update();
      },
    });
  }

  private options(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return { enableScripts: true, retainContextWhenHidden: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')] };
  }

  private adopt(panel: vscode.WebviewPanel): void {
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    panel.iconPath = vscode.Uri.joinPath(media, 'activity-bar.svg');
    this.panel = panel;
    this.ready = false;
    panel.webview.onDidReceiveMessage((message: unknown) => this.received(message));
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
      this.ready = false;
    });
    panel.webview.html = this.html(panel.webview, media);
  }

  private title(snapshot: SurveySnapshot): string {
    return this.language.t('Compare: {0}', snapshot.matrix.title ?? vscode.workspace.asRelativePath(snapshot.uri));
  }

  private post(matrix: CompareMatrix): void {
    if (!this.panel || !this.ready) return;
    void this.panel.webview.postMessage({ type: 'matrix', matrix, question: this.question });
    this.question = undefined;
  }

  private received(message: unknown): void {
    const { type } = (message ?? {}) as { type?: unknown };
    if (type === 'ready') {
      this.ready = true;
      const snapshot = this.survey.snapshot;
      if (snapshot) {
        this.post(snapshot.matrix);
        if (this.panel) this.panel.title = this.title(snapshot);
      }
    } else if (type === 'reveal') {
      const { location } = message as { location?: unknown };
      // Only answers of the survey on show: the webview is not trusted to name arbitrary files.
      if (isAnswerLocation(location) && location.uri === this.survey.snapshot?.uri.toString()) void revealAnswer(location, vscode.ViewColumn.One);
    } else if (type === 'export') {
      const { format } = message as { format?: unknown };
      if (isExportFormat(format)) void this.host.export(format);
    }
  }

  private html(webview: vscode.Webview, media: vscode.Uri): string {
    const t = this.language.t;
    return webviewHtml({
      cspSource: webview.cspSource,
      asset: (name) => webview.asWebviewUri(vscode.Uri.joinPath(media, name)).toString(),
      nonce: randomBytes(16).toString('base64'),
      locale: this.language.locale,
      title: t('Compare regions'),
      missingText: t('The compare view is not built into this copy of the extension (media/compare-ui.js is missing).'),
    });
  }

  dispose(): void {
    this.subscription.dispose();
    this.panel?.dispose();
  }
}
