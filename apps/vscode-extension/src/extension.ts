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
import { REVEAL_COMMAND, SurveyTreeProvider } from './views/survey-tree';
import { organisationsTree, questionsTree } from './views/tree-model';

export function activate(context: vscode.ExtensionContext): RusSurveyApi {
  const client = createClient(context);
  const survey = new ActiveSurvey(() => client);
  const questions = new SurveyTreeProvider('rusSurvey.questions', questionsTree, survey, true, true);
  const organisations = new SurveyTreeProvider('rusSurvey.organisations', organisationsTree, survey, false, false);
  const exportCompare = exporter(survey);
  const comparePanel = new ComparePanel(context.extensionUri, survey, { export: (format) => exportCompare(format) });
  const roundsPanel = new RoundsPanel(context.extensionUri, survey, () => client);

  context.subscriptions.push(
    client,
    survey,
    questions,
    organisations,
    comparePanel,
    comparePanel.registerSerializer(),
    roundsPanel,
    vscode.commands.registerCommand(COMPARE_ROUNDS_COMMAND, (organisation?: unknown) => roundsPanel.show(typeof organisation === 'string' ? organisation : undefined)),
    createStatusBar(survey),
    ...registerNavigationCommands(() => client),
    registerPreviousRound(() => client),
    registerGoToAnswer(survey, () => client),
    ...registerCompareCommands(() => comparePanel, exportCompare),
    registerRestartServer(() => client, () => survey.refresh()),
    vscode.commands.registerCommand('rusSurvey.refreshViews', () => survey.update()),
    vscode.commands.registerCommand(REVEAL_COMMAND, (location: unknown) => (isAnswerLocation(location) ? revealAnswer(location) : undefined)),
  );

  const ready = client.start().then(() => survey.refresh());
  return { ready, client, survey, questions, organisations, comparePanel, roundsPanel };
}

export function deactivate(): void {
  // The client is in context.subscriptions; disposing it stops the server.
}
