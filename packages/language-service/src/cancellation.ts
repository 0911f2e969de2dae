// Long workspace-wide requests stop when the client cancels them. The service knows no connection, so a token
// is anything with `isCancellationRequested` (vscode-jsonrpc's CancellationToken is one), and a cancelled
// request ends in `RequestCancelledError`, which the server answers with LSP's RequestCancelled.
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export const NEVER_CANCELLED: CancellationToken = { isCancellationRequested: false };

export class RequestCancelledError extends Error {
  constructor() {
    super('Request cancelled');
    this.name = 'RequestCancelledError';
  }
}

export function throwIfCancelled(token: CancellationToken): void {
  if (token.isCancellationRequested) throw new RequestCancelledError();
}
