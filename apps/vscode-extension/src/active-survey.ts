// Follows the active Markdown editor and keeps its compare matrix fresh, so the views, the status bar and the
// compare panel all show the same thing. Not a survey ⇔ the server answers no rows. While you type it asks again
// each time the server has validated the document (its diagnostics arrive): the server owns the debounce
// (rusSurvey.debounceMs), so the views update when the diagnostics do, and never for a version it skipped.
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
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const uri = this.editorDocument()?.uri.toString();
        if (uri && event.uris.some((changed) => changed.toString() === uri)) this.refresh();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('rusSurvey')) this.refresh();
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

  /** Re-asks the server soon; calls in the same turn ask once. */
  refresh(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), 0);
  }

  /** Tells the listeners about the current snapshot again, without asking the server (they render it anew, e.g. in another language). */
  replay(): void {
    this.changed.fire(this.current);
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
