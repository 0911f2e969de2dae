// The composition root: declares capabilities and binds LSP requests to the language service. No survey
// knowledge lives here; every handler is "call the service, map its errors, never throw".
import { AnswerInRoundRequest, CompareMatrixRequest, NavigateRequest, NAVIGATE_DIRECTIONS, RoundsRequest, SHOW_COVERAGE_COMMAND, SHOW_DOCUMENTATION_COMMAND, SurveyPositionRequest } from '@rus-survey/protocol';
import { isConfigFileName, RULE_DOCS_BASE_URL } from '@rus-survey/core';
import { createLanguageService, FIX_ALL_KIND } from '@rus-survey/language-service';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type Position,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigResolver } from '@rus-survey/node';
import { ClientActivity } from './client-activity.js';
import { clientSupportOf, type ClientSupport } from './client-support.js';
import { cancelled, responseErrorOf } from './features/cancellation.js';
import { DiagnosticsFeature } from './features/diagnostics-feature.js';
import { filePathOf } from './file-uri.js';
import { NodeWorkspace } from './node-workspace.js';
import { SettingsStore } from './settings.js';
import { ValidationQueue } from './validation-queue.js';
import { WorkspaceIndex } from './workspace-index.js';

const describe = (error: unknown): string => (error instanceof Error ? (error.stack ?? error.message) : String(error));

export interface ServerOptions {
  /** Counts the client's messages so validation waits while requests are queued (the bin passes it). */
  activity?: ClientActivity;
  /** Told when validations start (true) and when the validations queued so far are done (false). */
  onValidating?: (busy: boolean) => void;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const log = (message: string): void => connection.console.log(message);
  let client: ClientSupport = clientSupportOf({ processId: null, rootUri: null, capabilities: {} });
  let workspaceFolderUris: string[] = [];

  const configs = new ConfigResolver();
  const settings = new SettingsStore(connection, () => client.pullsConfiguration);
  const documents = new TextDocuments(TextDocument);
  const index = new WorkspaceIndex(configs, documents, settings, log);
  const workspace = new NodeWorkspace(documents, index, configs, settings);
  const queue = new ValidationQueue(
    options.activity ?? new ClientActivity(),
    (uri, error) => connection.console.error(`Validating ${uri} failed: ${describe(error)}`),
    options.onValidating,
  );
  // The service's long jobs pause until every client message read meanwhile has been handled.
  const service = createLanguageService({ workspace, clientLocale: () => client.locale, pause: () => queue.turn() });
  const diagnostics = new DiagnosticsFeature(connection, documents, service, settings, queue);

  /**
   * Answers a request with the service's result. A cancelled request answers RequestCancelled; any other
   * failure is logged and answers `fallback`, so one bad document never breaks the editor's features.
   */
  async function answer<T>(what: string, token: CancellationToken, fallback: T, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (token.isCancellationRequested) throw cancelled();
      connection.console.error(`${what} failed: ${describe(error)}`);
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
  documents.onDidOpen((event) => {
    justOpened.add(event.document.uri);
    diagnostics.opened(event.document.uri);
  });
  documents.onDidChangeContent((event) => {
    // TextDocuments fires a content change right after open; that version was just validated.
    if (justOpened.delete(event.document.uri)) return;
    diagnostics.changed(event.document.uri);
  });
  documents.onDidClose((event) => {
    justOpened.delete(event.document.uri);
    service.documentClosed(event.document.uri);
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
      workspace.configChanged();
      index.configChanged();
      diagnostics.revalidateAll();
    }
  });

  connection.languages.diagnostics.on((params, token) => diagnostics.pull(params, token));

  connection.onDocumentSymbol((params, token) =>
    answer(`Symbols of ${params.textDocument?.uri}`, token, [], () => service.getDocumentSymbols(params.textDocument?.uri, { hierarchical: client.nestsSymbols }, token)),
  );
  connection.onFoldingRanges((params, token) => answer(`Folding ${params.textDocument?.uri}`, token, [], () => service.getFoldingRanges(params.textDocument?.uri, token)));
  connection.onCodeLens((params, token) =>
    answer(`Code lenses of ${params.textDocument?.uri}`, token, [], () => service.getCodeLenses(params.textDocument?.uri, { clientCommands: client.clientCommands }, token)),
  );
  connection.onCodeAction((params, token) =>
    answer(`Code actions on ${params.textDocument?.uri}`, token, [], () =>
      service.getCodeActions(params.textDocument?.uri, params.context, { showsDocuments: client.showsDocuments, resolvesEdits: client.resolvesCodeActionEdits }, token),
    ),
  );
  connection.onCodeActionResolve((action, token) => answer('Resolving a code action', token, action, () => service.resolveCodeAction(action, token)));
  connection.onHover((params, token) => answer(`Hover on ${params.textDocument?.uri}`, token, null, () => service.getHover(params.textDocument?.uri, params.position, token)));
  connection.onCompletion((params, token) => answer(`Completion on ${params.textDocument?.uri}`, token, [], () => service.getCompletions(params.textDocument?.uri, params.position, token)));
  connection.onDefinition((params, token) => answer(`Definition on ${params.textDocument?.uri}`, token, null, () => service.getDefinition(params.textDocument?.uri, params.position, token)));
  connection.onReferences((params, token) =>
    answer(`References on ${params.textDocument?.uri}`, token, null, () =>
      service.getReferences(params.textDocument?.uri, params.position, { includeDeclaration: params.context?.includeDeclaration === true }, token),
    ),
  );
  connection.onPrepareRename((params, token) => answer(`Prepare rename on ${params.textDocument?.uri}`, token, null, () => service.prepareRename(params.textDocument?.uri, params.position, token)));
  connection.onRenameRequest(async (params, token) => {
    // Rename's refusals are reported to the user (InvalidParams with the reason), not swallowed like other failures.
    try {
      return await service.getRenameEdit(params.textDocument?.uri, params.position, params.newName, token);
    } catch (error) {
      throw responseErrorOf(error) ?? error;
    }
  });
  connection.onWorkspaceSymbol((params, token) => answer('Workspace symbols', token, [], () => service.getWorkspaceSymbols(params.query, token)));

  connection.onExecuteCommand(async (params, token) => {
    // A command's arguments come from the client and are not trusted.
    const [first, second] = params.arguments ?? [];
    if (params.command === SHOW_COVERAGE_COMMAND) {
      if (!Number.isInteger(second)) return null;
      const message = await answer(`Coverage of ${String(first)}`, token, null, () => service.getCoverageMessage(first as string, second as number, token));
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

  connection.onRequest(CompareMatrixRequest, (params, token) =>
    answer('Compare', token, undefined, () => service.getCompareMatrix(params ?? { uris: [] }, token)).then((matrix) => matrix ?? service.getCompareMatrix({ uris: [] })),
  );
  connection.onRequest(RoundsRequest, (params, token) => answer('Rounds', token, null, () => service.getRounds(params?.uri, token)));
  connection.onRequest(AnswerInRoundRequest, (params, token) => {
    const step = params?.step === undefined ? -1 : params.step;
    return answer('Answer in round', token, null, () => service.getAnswerInRound(params?.textDocument?.uri, params?.position as Position, step, token));
  });
  connection.onRequest(NavigateRequest, (params, token) => {
    const direction = params?.direction;
    if (!(NAVIGATE_DIRECTIONS as readonly string[]).includes(direction)) return null;
    return answer('Navigate', token, null, () => service.navigate(params.textDocument?.uri, params.position as Position, direction, token));
  });
  connection.onRequest(SurveyPositionRequest, (params, token) =>
    answer('Survey position', token, null, () => service.getSurveyPosition(params?.textDocument?.uri, params?.position as Position, token)),
  );
}
