// What activate() returns: used by the end-to-end tests to reach the views and the survey state, and by other
// extensions that want the compare matrix. Not a place for logic.
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ActiveSurvey } from './active-survey';
import type { ComparePanel } from './compare-panel';
import type { RoundsPanel } from './rounds-panel';
import type { UiLanguage } from './ui-language';
import type { SurveyTreeProvider } from './views/survey-tree';

export interface RusSurveyApi {
  /** Resolves once the language server is up. */
  readonly ready: Promise<void>;
  readonly client: LanguageClient;
  readonly survey: ActiveSurvey;
  /** The language of the views and webviews (rusSurvey.locale, else VS Code's). */
  readonly language: UiLanguage;
  readonly questions: SurveyTreeProvider;
  readonly organisations: SurveyTreeProvider;
  readonly comparePanel: ComparePanel;
  readonly roundsPanel: RoundsPanel;
}
