// The composition root: declares capabilities and wires LSP requests to the feature functions. No survey
// knowledge lives here; every handler is "find the analysis, call a feature, never throw".
import { AnswerInRoundRequest, CompareMatrixRequest, NavigateRequest, NAVIGATE_DIRECTIONS, RoundsRequest, SHOW_COVERAGE_COMMAND, SHOW_DOCUMENTATION_COMMAND, SurveyPositionRequest } from '@rus-survey/protocol';
import { isConfigFileName, RULE_DOCS_BASE_URL } from '@rus-survey/core';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type Position,
} from 'vscode-languageserver';
import { ConfigResolver } from '@rus-survey/node';
import { ClientActivity } from './client-activity.js';
import { clientSupportOf, type ClientSupport } from './client-support.js';
import { SurveyDocuments } from './documents.js';
import { codeActions, fixAllUri, FIX_ALL_KIND, resolveCodeAction } from './features/code-actions.js';
import { codeLenses } from './features/code-lens.js';
import { coverageMessage } from './features/coverage-message.js';
import { compare } from './features/compare.js';
import { completions } from './features/completion.js';
import { definition } from './features/definition.js';
import { DiagnosticsFeature } from './features/diagnostics.js';
import { foldingRanges } from './features/folding.js';
import { hover } from './features/hover.js';
import { navigate } from './features/navigate.js';
import { references } from './features/references.js';
import { prepareRename, rename } from './features/rename.js';
import { documentSymbols, flatSymbols } from './features/symbols.js';
import { workspaceSymbols } from './features/workspace-symbols.js';
import { cancelled } from './features/cancellation.js';
import { isValidPosition } from './positions.js';
import { SettingsStore } from './settings.js';
import { filePathOf } from './survey-analysis.js';
import { answerInOtherRound, rounds } from './features/rounds.js';
import { surveyPosition } from './features/survey-position.js';
import { validated, type ValidatedSurvey } from './survey-lookup.js';
import { ValidationQueue } from './validation-queue.js';
import { WorkspaceIndex } from './workspace-index.js';

const describe = (error: unknown): string => (error instanceof Error ? (error.stack ?? error.message) : String(error));

export interface ServerOptions {
  /** Counts the client's messages so validation waits while requests are queued (the bin passes it). */
  activity?: ClientActivity;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const log = (message: string): void => connection.console.log(message);
  let client: ClientSupport = clientSupportOf({ processId: null, rootUri: null, capabilities: {} });
  let workspaceFolderUris: string[] = [];

  const configs = new ConfigResolver();
  const settings = new SettingsStore(connection, () => client.pullsConfiguration);
  const documents = new SurveyDocuments(configs, settings, () => client.locale);
  const index = new WorkspaceIndex(configs, documents, settings, () => client.locale, log);
  const queue = new ValidationQueue(options.activity ?? new ClientActivity(), (uri, error) => connection.console.error(`Validating ${uri} failed: ${describe(error)}`));
  const diagnostics = new DiagnosticsFeature(connection, documents, settings, queue);

  /** Runs a handler on a validated survey; anything else (not a survey, unknown, bad position) answers `fallback`. */
  async function onSurvey<T>(
    uri: unknown,
    token: CancellationToken,
    fallback: T,
    handler: (survey: ValidatedSurvey) => T | Promise<T>,
    position?: unknown,
  ): Promise<T> {
    if (typeof uri !== 'string' || (position !== undefined && !isValidPosition(position))) return fallback;
    try {
      const survey = validated(await index.analysis(uri));
      if (token.isCancellationRequested) throw cancelled();
      return survey ? await handler(survey) : fallback;
    } catch (error) {
      if (token.isCancellationRequested) throw cancelled();
      connection.console.error(`Request on ${uri} failed: ${describe(error)}`);
      return fallback;
    }
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    client = clientSupportOf(params);
    diagnostics.pullMode = client.pullsDiagnostics;
    workspaceFolderUris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        completionProvider: { triggerCharacters: ['#', '|', ' '] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
        codeLensProvider: { resolveProvider: false },
        foldingRangeProvider: true,
        executeCommandProvider: { commands: [SHOW_DOCUMENTATION_COMMAND, SHOW_COVERAGE_COMMAND] },
        ...(diagnostics.pullMode ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        workspace: { workspaceFolders: { supported: true } },
      },
      serverInfo: { name: 'rus-survey-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (client.watchesFilesDynamically) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.md' }, { globPattern: '**/.rus-survey.{json,jsonc,yaml,yml}' }],
      });
    }
    // Only where allowed: eglot, for one, warns about a registration it did not declare support for.
    if (client.pullsConfiguration && client.registersConfigurationDynamically) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'rusSurvey' });
    // The scan needs the workspace-wide `rusSurvey.files`; a client that does not answer leaves the defaults.
    index
      .scanAfter(settings.refreshGlobal(), workspaceFolderUris)
      .catch((error: unknown) => connection.console.error(`Scanning the workspace failed: ${describe(error)}`));
  });

  // Open documents: validate at once on open, debounced on change.
  const justOpened = new Set<string>();
  documents.documents.onDidOpen((event) => {
    justOpened.add(event.document.uri);
    diagnostics.opened(event.document.uri);
  });
  documents.documents.onDidChangeContent((event) => {
    // TextDocuments fires a content change right after open; that version was just validated.
    if (justOpened.delete(event.document.uri)) return;
    diagnostics.changed(event.document.uri);
  });
  documents.documents.onDidClose((event) => {
    justOpened.delete(event.document.uri);
    settings.forget(event.document.uri);
    diagnostics.closed(event.document.uri);
  });
  documents.listen(connection);

  connection.onDidChangeConfiguration((params) => {
    settings.changed(params?.settings);
    diagnostics.revalidateAll();
    // `rusSurvey.files` may make other files surveys: re-read the workspace-wide settings and re-index.
    void settings
      .refreshGlobal()
      .then(() => index.configChanged())
      .catch((error: unknown) => connection.console.error(`Re-indexing after a settings change failed: ${describe(error)}`));
  });

  connection.onDidChangeWatchedFiles((params) => {
    let configChanged = false;
    const knownConfigFiles = configs.knownFiles();
    for (const change of params?.changes ?? []) {
      const path = filePathOf(change.uri);
      if (!path) continue;
      if (isConfigFileName(path) || knownConfigFiles.has(path)) configChanged = true;
      else index.fileChanged(change);
    }
    if (configChanged) {
      documents.configChanged();
      index.configChanged();
      diagnostics.revalidateAll();
    }
  });

  connection.languages.diagnostics.on((params, token) => diagnostics.pull(params, token));

  connection.onDocumentSymbol((params, token) =>
    onSurvey(params.textDocument?.uri, token, [], (survey) => {
      const symbols = documentSymbols(survey);
      return client.nestsSymbols ? symbols : flatSymbols(survey.uri, symbols);
    }),
  );
  connection.onFoldingRanges((params, token) => onSurvey(params.textDocument?.uri, token, [], foldingRanges));
  connection.onCodeLens((params, token) => onSurvey(params.textDocument?.uri, token, [], (survey) => codeLenses(survey, client.clientCommands)));
  connection.onCodeAction((params, token) =>
    onSurvey(params.textDocument?.uri, token, [], (survey) => codeActions(survey, params, { showsDocuments: client.showsDocuments, resolvesEdits: client.resolvesCodeActionEdits })),
  );
  connection.onCodeActionResolve((action, token) => onSurvey(fixAllUri(action), token, action, (survey) => resolveCodeAction(survey, action)));
  connection.onHover((params, token) => onSurvey(params.textDocument?.uri, token, null, (survey) => hover(survey, params.position), params.position));
  connection.onCompletion((params, token) => onSurvey(params.textDocument?.uri, token, [], (survey) => completions(survey, params.position), params.position));
  connection.onDefinition((params, token) => onSurvey(params.textDocument?.uri, token, null, (survey) => definition(survey, params.position), params.position));
  connection.onReferences((params, token) =>
    onSurvey(params.textDocument?.uri, token, null, (survey) => references(survey, params.position, params.context?.includeDeclaration === true, index, token), params.position),
  );
  connection.onPrepareRename((params, token) => onSurvey(params.textDocument?.uri, token, null, (survey) => prepareRename(survey, params.position), params.position));
  connection.onRenameRequest(async (params, token) => {
    if (typeof params.newName !== 'string') return null;
    // Rename's input errors are reported to the user, so they are not swallowed like other failures.
    const survey = typeof params.textDocument?.uri === 'string' && isValidPosition(params.position) ? validated(await index.analysis(params.textDocument.uri)) : undefined;
    return survey ? rename(survey, params.position, params.newName, index, token) : null;
  });
  connection.onWorkspaceSymbol(async (params, token) => {
    try {
      return await workspaceSymbols(params.query, index, token);
    } catch (error) {
      if (token.isCancellationRequested) throw cancelled();
      connection.console.error(`Workspace symbols failed: ${describe(error)}`);
      return [];
    }
  });

  connection.onExecuteCommand(async (params, token) => {
    // A command's arguments come from the client and are not trusted.
    const [first, second] = params.arguments ?? [];
    if (params.command === SHOW_COVERAGE_COMMAND) {
      if (!Number.isInteger(second)) return null;
      const message = await onSurvey(first, token, null, (survey) => coverageMessage(survey, second as number));
      // The notification, not window/showMessageRequest: every client shows it and none has to answer.
      if (message) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message });
      return null;
    }
    // Only our own docs pages.
    if (params.command !== SHOW_DOCUMENTATION_COMMAND || typeof first !== 'string' || !first.startsWith(RULE_DOCS_BASE_URL)) return null;
    try {
      await connection.window.showDocument({ uri: first, external: true });
    } catch (error) {
      connection.console.error(`Opening ${first} failed: ${describe(error)}`);
    }
    return null;
  });

  connection.onRequest(CompareMatrixRequest, async (params, token) => {
    try {
      return await compare(index, params ?? { uris: [] }, token);
    } catch (error) {
      if (token.isCancellationRequested) throw cancelled();
      connection.console.error(`Compare failed: ${describe(error)}`);
      return compare(index, { uris: [] }, token);
    }
  });
  connection.onRequest(RoundsRequest, async (params, token) => {
    if (typeof params?.uri !== 'string') return null;
    try {
      return await rounds(index, params.uri, token);
    } catch (error) {
      if (token.isCancellationRequested) throw cancelled();
      connection.console.error(`Rounds failed: ${describe(error)}`);
      return null;
    }
  });
  connection.onRequest(AnswerInRoundRequest, (params, token) => {
    const step = params?.step === undefined ? -1 : params.step;
    if (!Number.isInteger(step)) return null;
    return onSurvey(params.textDocument?.uri, token, null, (survey) => answerInOtherRound(index, survey, params.position as Position, step, token), params.position);
  });
  connection.onRequest(NavigateRequest, (params, token) => {
    const direction = params?.direction;
    if (!(NAVIGATE_DIRECTIONS as readonly string[]).includes(direction)) return null;
    return onSurvey(params.textDocument?.uri, token, null, (survey) => navigate(survey, params.position as Position, direction), params.position);
  });
  connection.onRequest(SurveyPositionRequest, (params, token) =>
    onSurvey(params?.textDocument?.uri, token, null, (survey) => surveyPosition(survey, params.position), params?.position),
  );
}
