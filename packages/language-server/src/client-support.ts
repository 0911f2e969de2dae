// What the client said it can do at initialize, read once so features offer only what works in that client
// (Neovim, Emacs, Helix and Sublime declare less than VS Code).
import type { InitializationOptions } from '@rus-survey/protocol';
import type { InitializeParams } from 'vscode-languageserver';

export interface ClientSupport {
  locale: string | undefined;
  /** workspace/configuration: settings are pulled per document. */
  pullsConfiguration: boolean;
  /** didChangeConfiguration may be registered dynamically (eglot warns about a registration it did not allow). */
  registersConfigurationDynamically: boolean;
  watchesFilesDynamically: boolean;
  nestsSymbols: boolean;
  /** textDocument/diagnostic: the client pulls diagnostics. */
  pullsDiagnostics: boolean;
  /** window/showDocument: "Show documentation" can open a page. */
  showsDocuments: boolean;
  /** codeAction/resolve can fill in an action's edit. */
  resolvesCodeActionEdits: boolean;
  /** Client-side commands from initializationOptions.clientCommands. */
  clientCommands: ReadonlySet<string>;
}

export function clientSupportOf(params: InitializeParams): ClientSupport {
  const capabilities = params.capabilities ?? {};
  const options = (typeof params.initializationOptions === 'object' && params.initializationOptions !== null ? params.initializationOptions : {}) as InitializationOptions;
  const commands = Array.isArray(options.clientCommands) ? options.clientCommands.filter((command): command is string => typeof command === 'string') : [];
  return {
    locale: params.locale ?? undefined,
    pullsConfiguration: capabilities.workspace?.configuration === true,
    registersConfigurationDynamically: capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    watchesFilesDynamically: capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    nestsSymbols: capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true,
    pullsDiagnostics: capabilities.textDocument?.diagnostic !== undefined,
    showsDocuments: capabilities.window?.showDocument?.support === true,
    resolvesCodeActionEdits: capabilities.textDocument?.codeAction?.resolveSupport?.properties?.includes('edit') === true,
    clientCommands: new Set(commands),
  };
}
