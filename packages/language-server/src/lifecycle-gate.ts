// LSP's lifecycle rules, applied to every message before any handler sees it: before `initialize` a request
// is answered with ServerNotInitialized (-32002) and notifications are dropped; after `shutdown` a request is
// answered with InvalidRequest (-32600). `exit` always passes (vscode-languageserver exits 0 after shutdown,
// 1 without). Doing it on the reader covers every method, including ones no handler is registered for.
import {
  ErrorCodes,
  ExitNotification,
  InitializeRequest,
  Message,
  ShutdownRequest,
  type DataCallback,
  type Disposable,
  type MessageReader,
  type MessageWriter,
  type RequestMessage,
  type ResponseMessage,
} from 'vscode-languageserver/node.js';

export type LifecycleState = 'uninitialized' | 'running' | 'shut-down';

export class LifecycleGate implements MessageReader {
  private lifecycle: LifecycleState = 'uninitialized';
  /** The client's UI locale from initialize, for the few messages written before the server knows more. */
  clientLocale: string | undefined;

  constructor(
    private readonly reader: MessageReader,
    private readonly writer: MessageWriter,
    /** Sees every message that passes the gate (ClientActivity counts them). */
    private readonly admitted: (message: Message) => void = () => undefined,
  ) {}

  get state(): LifecycleState {
    return this.lifecycle;
  }

  get onError(): MessageReader['onError'] {
    return this.reader.onError;
  }

  get onClose(): MessageReader['onClose'] {
    return this.reader.onClose;
  }

  get onPartialMessage(): MessageReader['onPartialMessage'] {
    return this.reader.onPartialMessage;
  }

  listen(callback: DataCallback): Disposable {
    return this.reader.listen((message) => {
      if (!this.admit(message)) return;
      this.admitted(message);
      callback(message);
    });
  }

  dispose(): void {
    this.reader.dispose();
  }

  private admit(message: Message): boolean {
    if (Message.isRequest(message)) {
      if (this.lifecycle === 'uninitialized') {
        if (message.method !== InitializeRequest.method) return this.refuse(message, ErrorCodes.ServerNotInitialized, 'The server is not initialized yet.');
        this.lifecycle = 'running';
        const locale = (message.params as { locale?: unknown } | undefined)?.locale;
        if (typeof locale === 'string') this.clientLocale = locale;
        return true;
      }
      if (this.lifecycle === 'shut-down') return this.refuse(message, ErrorCodes.InvalidRequest, 'The server is shutting down.');
      if (message.method === InitializeRequest.method) return this.refuse(message, ErrorCodes.InvalidRequest, 'The server is already initialized.');
      if (message.method === ShutdownRequest.method) this.lifecycle = 'shut-down';
      return true;
    }
    if (Message.isNotification(message)) return this.lifecycle === 'running' || message.method === ExitNotification.method;
    return true;
  }

  private refuse(request: RequestMessage, code: number, text: string): false {
    const response: ResponseMessage = { jsonrpc: '2.0', id: request.id, error: { code, message: text } };
    void this.writer.write(response).catch(() => undefined);
    return false;
  }
}
