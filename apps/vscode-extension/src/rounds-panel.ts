// "RUS Survey: Compare Rounds": the active survey and its other rounds in the workspace (rusSurvey/rounds),
// shown with the shared Rounds view (packages/compare-ui). It follows the active survey while you type.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RoundsRequest, type RoundsComparison } from '@rus-survey/protocol';
import type { ActiveSurvey } from './active-survey';
import { isAnswerLocation } from './compare-panel';
import { revealAnswer } from './reveal';
import type { UiLanguage } from './ui-language';
import { webviewHtml } from './webview-html';

export const COMPARE_ROUNDS_COMMAND = 'rusSurvey.compareRounds';

export class RoundsPanel implements vscode.Disposable {
  static readonly viewType = 'rusSurvey.rounds';
  private panel: vscode.WebviewPanel | undefined;
  private ready = false;
  private comparison: RoundsComparison | null = null;
  private organisation: string | undefined;
  private generation = 0;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly survey: ActiveSurvey,
    private readonly client: () => LanguageClient | undefined,
    private readonly language: UiLanguage,
  ) {
    this.subscription = vscode.Disposable.from(
      survey.onDidChange((snapshot) => {
        if (snapshot && this.panel) void this.refresh(snapshot.uri);
      }),
      // The Rounds view takes its language when it mounts: load it again (it asks for the rounds when ready).
      language.onDidChange(() => {
        if (!this.panel) return;
        this.ready = false;
        this.panel.title = this.language.t('Rounds');
        this.panel.webview.html = this.html(this.panel.webview);
      }),
    );
  }

  get webviewPanel(): vscode.WebviewPanel | undefined {
    return this.panel;
  }

  /** Opens (or brings forward) the panel for the active survey, optionally on one organisation. */
  async show(organisation?: string): Promise<boolean> {
    const uri = this.survey.uri ?? (await this.survey.update())?.uri;
    const comparison = uri ? await this.request(uri) : null;
    if (!comparison || comparison.rounds.length < 2) {
      void vscode.window.showInformationMessage(this.language.t('No other round of this survey in the workspace: rounds are survey files that share most of their questions.'));
      return false;
    }
    this.comparison = comparison;
    this.organisation = organisation;
    if (this.panel) {
      this.panel.reveal(undefined, false);
      this.post();
      return true;
    }
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(RoundsPanel.viewType, this.language.t('Rounds'), vscode.ViewColumn.Beside, {
      enableScripts: true,
      retainContextWhenHidden: true,
      localResourceRoots: [media],
    });
    panel.iconPath = vscode.Uri.joinPath(media, 'activity-bar.svg');
    this.panel = panel;
    this.ready = false;
    panel.webview.onDidReceiveMessage((message: unknown) => this.received(message));
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
    });
    panel.webview.html = this.html(panel.webview);
    return true;
  }

  private html(webview: vscode.Webview): string {
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const t = this.language.t;
    return webviewHtml({
      cspSource: webview.cspSource,
      asset: (name) => webview.asWebviewUri(vscode.Uri.joinPath(media, name)).toString(),
      nonce: randomBytes(16).toString('base64'),
      locale: this.language.locale,
      title: t('Rounds'),
      missingText: t('The compare view is not built into this copy of the extension (media/compare-ui.js is missing).'),
      script: 'rounds-webview.js',
    });
  }

  private async request(uri: vscode.Uri): Promise<RoundsComparison | null> {
    const client = this.client();
    if (!client?.isRunning()) return null;
    try {
      return await client.sendRequest(RoundsRequest, { uri: uri.toString() });
    } catch {
      return null;
    }
  }

  private async refresh(uri: vscode.Uri): Promise<void> {
    const generation = ++this.generation;
    const comparison = await this.request(uri);
    if (generation !== this.generation || !comparison || comparison.rounds.length < 2) return;
    this.comparison = comparison;
    this.post();
  }

  private post(): void {
    if (!this.panel || !this.ready || !this.comparison) return;
    void this.panel.webview.postMessage({ type: 'rounds', comparison: this.comparison, organisation: this.organisation });
    this.organisation = undefined;
  }

  private received(message: unknown): void {
    const { type } = (message ?? {}) as { type?: unknown };
    if (type === 'ready') {
      this.ready = true;
      this.post();
    } else if (type === 'reveal') {
      const { location } = message as { location?: unknown };
      // Only the files of the rounds on show: the webview is not trusted to name arbitrary files.
      if (isAnswerLocation(location) && this.comparison?.rounds.some((round) => round.uri === location.uri)) void revealAnswer(location, vscode.ViewColumn.One);
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.panel?.dispose();
  }
}
