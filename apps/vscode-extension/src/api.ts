// What activate() returns: used by the end-to-end tests to reach the views and the survey state, and by other
// extensions that want the compare matrix. Not a place for logic.
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ActiveSurvey } from './active-survey';
import type { ComparePanel } from './compare-panel';
import type { RoundsPanel } from './rounds-panel';
import type { SurveyTreeProvider } from './views/survey-tree';

export interface RusSurveyApi {
  /** Resolves once the language server is up. */
  readonly ready: Promise<void>;
  readonly client: LanguageClient;
  readonly survey: ActiveSurvey;
  readonly questions: SurveyTreeProvider;
  readonly organisations: SurveyTreeProvider;
  readonly comparePanel: ComparePanel;
  readonly roundsPanel: RoundsPanel;
}
