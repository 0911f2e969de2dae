// The language of the extension's views, status bar, quick picks, messages and webviews, kept current: it changes
// when `rusSurvey.locale` does (a resource setting, read for the active survey) or when the active survey moves
// to a folder with another setting. The webviews re-render on `onDidChange`; the rest reads `t` when it renders.
import * as vscode from 'vscode';
import { translator, type Translate } from './translate';
import { uiLocale, type Locale } from './ui-locale';

export class UiLanguage implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Locale>();
  readonly onDidChange = this.changed.event;
  private current: Locale;
  private readonly subscriptions: vscode.Disposable[];

  /** `scope`: the survey whose folder's setting applies (the active survey). */
  constructor(private readonly scope: () => vscode.Uri | undefined) {
    this.current = this.read();
    this.subscriptions = [
      this.changed,
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('rusSurvey.locale')) this.check();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.check()),
    ];
  }

  get locale(): Locale {
    return this.current;
  }

  /** Translates into the current language; take it anew for each render. */
  get t(): Translate {
    return translator(this.current);
  }

  private read(): Locale {
    return uiLocale(vscode.workspace.getConfiguration('rusSurvey', this.scope()).get<string>('locale'), vscode.env.language);
  }

  private check(): void {
    const next = this.read();
    if (next === this.current) return;
    this.current = next;
    this.changed.fire(next);
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
