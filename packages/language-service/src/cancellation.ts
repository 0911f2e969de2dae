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

/**
 * An open document changed while a workspace-wide request gathered its analyses: what it collected no longer
 * belongs to one text (the incremental linter moves the positions of an older result in place), so the request
 * ends here and the server answers LSP's ContentModified; the client asks again.
 */
export class ContentModifiedError extends Error {
  constructor(uri: string) {
    super(`${uri} changed while the request ran`);
    this.name = 'ContentModifiedError';
  }
}

export function throwIfCancelled(token: CancellationToken): void {
  if (token.isCancellationRequested) throw new RequestCancelledError();
}
