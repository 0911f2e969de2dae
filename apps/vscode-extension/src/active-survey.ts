// Follows the active Markdown editor and keeps its compare matrix fresh (debounced while typing), so the
// views, the status bar and the compare panel all show the same thing. Not a survey ⇔ the server answers no rows.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CompareMatrixRequest, type CompareMatrix } from '@rus-survey/protocol';

export interface SurveySnapshot {
  uri: vscode.Uri;
  matrix: CompareMatrix;
}

export class ActiveSurvey implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SurveySnapshot | undefined>();
  readonly onDidChange = this.changed.event;
  private current: SurveySnapshot | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.subscriptions.push(
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh(0)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.editorDocument()) this.refresh(this.debounceMs());
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('rusSurvey')) this.refresh(this.debounceMs());
      }),
    );
  }

  get snapshot(): SurveySnapshot | undefined {
    return this.current;
  }

  /** The survey to act on: the active editor's, else the last survey shown (e.g. while the compare panel has focus). */
  get uri(): vscode.Uri | undefined {
    return this.editorDocument()?.uri ?? this.current?.uri;
  }

  private editorDocument(): vscode.TextDocument | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document?.languageId === 'markdown' ? document : undefined;
  }

  private debounceMs(): number {
    return vscode.workspace.getConfiguration('rusSurvey').get<number>('debounceMs', 150);
  }

  /** Re-asks the server after `delay` ms; later calls supersede earlier ones. */
  refresh(delay = 0): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  /** Asks now and resolves when the snapshot is current (used by commands and tests). */
  async update(): Promise<SurveySnapshot | undefined> {
    const generation = ++this.generation;
    const client = this.client();
    const document = this.editorDocument();
    // Focus moved to a non-editor (the compare panel, a view): keep showing the last survey.
    if (!document && !vscode.window.activeTextEditor && this.current) return this.current;
    let next: SurveySnapshot | undefined;
    if (client?.isRunning() && document) {
      try {
        const matrix = await client.sendRequest(CompareMatrixRequest, { uris: [document.uri.toString()] });
        next = matrix.rows.length > 0 ? { uri: document.uri, matrix } : undefined;
      } catch {
        next = undefined;
      }
    }
    if (generation !== this.generation) return this.current;
    this.current = next;
    void vscode.commands.executeCommand('setContext', 'rusSurvey.activeSurvey', next !== undefined);
    this.changed.fire(next);
    return next;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
