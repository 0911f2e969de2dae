// A real LSP client for the tests: spawns the built server over stdio and speaks the protocol to it.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type TextDocumentContentChangeEvent,
  type TextEdit,
} from 'vscode-languageserver-protocol/node.js';

const here = dirname(fileURLToPath(import.meta.url));
export const SERVER_BIN = resolve(here, '../../packages/language-server/dist/bin.js');
export const EXAMPLE = resolve(here, '../../examples/rus-natverket-2018.survey.md');

export interface StartOptions {
  /** Sent back for workspace/configuration requests (section rusSurvey). */
  settings?: Record<string, unknown>;
  locale?: string;
  capabilities?: ClientCapabilities;
  /** Files to create in the workspace before the server starts, by relative path. */
  files?: Record<string, string>;
  /** Copy the example survey into the workspace under this name. */
  withExample?: string;
  initializationOptions?: unknown;
}

export class LspClient {
  readonly logs: string[] = [];
  /** Every client/registerCapability registration the server asked for, in order. */
  readonly registrations: Registration[] = [];
  private readonly published = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  private versions = new Map<string, number>();
  settings: Record<string, unknown>;
  initializeResult!: InitializeResult;

  private constructor(
    readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
    readonly workspace: string,
    settings: Record<string, unknown>,
  ) {
    this.settings = settings;
  }

  static async start(options: StartOptions = {}): Promise<LspClient> {
    const workspace = mkdtempSync(join(tmpdir(), 'rus-lsp-'));
    for (const [path, text] of Object.entries(options.files ?? {})) {
      mkdirSync(dirname(join(workspace, path)), { recursive: true });
      writeFileSync(join(workspace, path), text);
    }
    if (options.withExample) copyFileSync(EXAMPLE, join(workspace, options.withExample));

    const child = spawn(process.execPath, [SERVER_BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection, workspace, options.settings ?? {});
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => client.onPublish(params));
    connection.onNotification(LogMessageNotification.type, (params) => client.logs.push(params.message));
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'rusSurvey' ? client.settings : null)));
    connection.onRequest(RegistrationRequest.type, (params) => {
      client.registrations.push(...params.registrations);
      return null;
    });
    connection.listen();

    // Without options the client declares what VS Code does (showDocument, the compare command); see other-editors.test.ts for less.
    const capabilities: ClientCapabilities = options.capabilities ?? {
      workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
      textDocument: { publishDiagnostics: { versionSupport: true }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
      window: { showDocument: { support: true } },
    };
    const initializationOptions = options.initializationOptions ?? (options.capabilities ? undefined : { clientCommands: ['rusSurvey.compareRegions'] });
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'workspace' }],
      capabilities,
      ...(options.locale ? { locale: options.locale } : {}),
      ...(initializationOptions !== undefined ? { initializationOptions } : {}),
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  uri(relativePath: string): string {
    return pathToFileURL(join(this.workspace, relativePath)).href;
  }

  write(relativePath: string, text: string): string {
    mkdirSync(dirname(join(this.workspace, relativePath)), { recursive: true });
    writeFileSync(join(this.workspace, relativePath), text);
    return this.uri(relativePath);
  }

  /** Opens a document (written to disk too, so the workspace index agrees) and returns its URI. */
  async open(relativePath: string, text: string, { writeToDisk = true } = {}): Promise<string> {
    const uri = writeToDisk ? this.write(relativePath, text) : this.uri(relativePath);
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    return uri;
  }

  async change(uri: string, contentChanges: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async filesChanged(changes: { uri: string; type: 1 | 2 | 3 }[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  /** The next diagnostics published for `uri` that satisfy `accept` (by default any for the latest version). */
  diagnostics(uri: string, accept: (params: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10000): Promise<Diagnostic[]> {
    const seen = this.published.get(uri) ?? [];
    const last = seen.at(-1);
    const version = this.versions.get(uri);
    if (last && accept(last) && (version === undefined || last.version === undefined || last.version === version)) return Promise.resolve(last.diagnostics);
    return new Promise((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error(`No diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        uri,
        accept: (params) => accept(params) && (version === undefined || params.version === undefined || params.version === version),
        resolve: (params) => {
          clearTimeout(timer);
          resolvePromise(params.diagnostics);
        },
      });
    });
  }

  /** Everything published for `uri` so far, oldest first. */
  allPublished(uri: string): PublishDiagnosticsParams[] {
    return this.published.get(uri) ?? [];
  }

  async stop(): Promise<void> {
    try {
      // A hung server must not hang the test run: give shutdown two seconds.
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // Already gone.
    }
    await new Promise<void>((resolvePromise) => {
      if (this.child.exitCode !== null) return resolvePromise();
      const timer = setTimeout(() => {
        this.child.kill();
        resolvePromise();
      }, 2000);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolvePromise();
      });
    });
    this.connection.dispose();
    rmSync(this.workspace, { recursive: true, force: true });
  }

  private onPublish(params: PublishDiagnosticsParams): void {
    const list = this.published.get(params.uri) ?? [];
    list.push(params);
    this.published.set(params.uri, list);
    for (const waiter of [...this.waiters]) {
      if (waiter.uri === params.uri && waiter.accept(params)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  }
}

/** A small survey in table form with a front-matter roster of three. */
export const SMALL_SURVEY = `---
rus-survey: true
organisations:
  - Region Skåne
  - name: Region Stockholm
    aliases: [SLL]
  - Region Gotland
---

# Liten enkät

> Tänk på att detta är ett diskussionsunderlag för nätverket, vill du använda materialet i något annat sammanhang, kontakta deltagarna i nätverket och stäm av.

## Del ett

### 1. Första frågan?

| Organisation | Svar |
| --- | --- |
| Region Skåne | Ja. |
| SLL | Nej. |

### 2. Andra frågan?

#### Region Skåne

Ett långt svar.

Andra stycket.

#### Region Gotland

Kanske.
`;

/** Applies LSP edits to a text (end to start, so earlier positions stay valid). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: { line: number; character: number }) => (starts[p.line] ?? text.length) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  return sorted.reduce((result, edit) => result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end)), text);
}
