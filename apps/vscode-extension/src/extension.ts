// Activation: build the pieces and wire them together; each piece lives in its own file.
import * as vscode from 'vscode';
import { ActiveSurvey } from './active-survey';
import type { RusSurveyApi } from './api';
import { createClient } from './client';
import { registerCompareCommands, exporter } from './commands/compare';
import { registerGoToAnswer } from './commands/go-to-answer';
import { registerNavigationCommands } from './commands/navigate';
import { registerPreviousRound } from './commands/previous-round';
import { COMPARE_ROUNDS_COMMAND, RoundsPanel } from './rounds-panel';
import { registerRestartServer } from './commands/restart-server';
import { ComparePanel, isAnswerLocation } from './compare-panel';
import { revealAnswer } from './reveal';
import { createStatusBar } from './status-bar';
import { UiLanguage } from './ui-language';
import { REVEAL_COMMAND, SurveyTreeProvider } from './views/survey-tree';
import { organisationsTree, questionsTree } from './views/tree-model';

export function activate(context: vscode.ExtensionContext): RusSurveyApi {
  const client = createClient(context);
  const survey = new ActiveSurvey(() => client);
  const language = new UiLanguage(() => survey.uri);
  const questions = new SurveyTreeProvider('rusSurvey.questions', questionsTree, survey, true, true, language);
  const organisations = new SurveyTreeProvider('rusSurvey.organisations', organisationsTree, survey, false, false, language);
  const exportCompare = exporter(survey, language);
  const comparePanel = new ComparePanel(context.extensionUri, survey, { export: (format) => exportCompare(format) }, language);
  const roundsPanel = new RoundsPanel(context.extensionUri, survey, () => client, language);

  context.subscriptions.push(
    client,
    survey,
    language,
    // The views and the status bar render again in the new language (the server need not be asked: focus may
    // be in the Settings editor, where there is no survey editor to ask about).
    language.onDidChange(() => survey.replay()),
    questions,
    organisations,
    comparePanel,
    comparePanel.registerSerializer(),
    roundsPanel,
    vscode.commands.registerCommand(COMPARE_ROUNDS_COMMAND, (organisation?: unknown) => roundsPanel.show(typeof organisation === 'string' ? organisation : undefined)),
    createStatusBar(survey, language),
    ...registerNavigationCommands(() => client, language),
    registerPreviousRound(() => client, language),
    registerGoToAnswer(survey, () => client, language),
    ...registerCompareCommands(() => comparePanel, exportCompare),
    registerRestartServer(() => client, () => survey.refresh()),
    vscode.commands.registerCommand('rusSurvey.refreshViews', () => survey.update()),
    vscode.commands.registerCommand(REVEAL_COMMAND, (location: unknown) => (isAnswerLocation(location) ? revealAnswer(location) : undefined)),
  );

  const ready = client.start().then(() => survey.refresh());
  return { ready, client, survey, language, questions, organisations, comparePanel, roundsPanel };
}

export function deactivate(): void {
  // The client is in context.subscriptions; disposing it stops the server.
}
