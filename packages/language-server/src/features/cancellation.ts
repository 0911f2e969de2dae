// The error a request answers with when the client cancelled it (LSP's RequestCancelled).
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';

export function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}
