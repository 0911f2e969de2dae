// The language service's errors as LSP errors: a cancelled request answers RequestCancelled, one whose documents
// changed under it ContentModified, a refused rename InvalidParams with its reason (the client shows it).
import { ContentModifiedError, RenameRefusedError, RequestCancelledError } from '@rus-survey/language-service';
import { ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver';

export function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}

/** The LSP error for one of the service's typed errors; undefined for anything else. */
export function responseErrorOf(error: unknown): ResponseError<void> | undefined {
  if (error instanceof RequestCancelledError) return cancelled();
  if (error instanceof ContentModifiedError) return new ResponseError(LSPErrorCodes.ContentModified, error.message);
  if (error instanceof RenameRefusedError) return new ResponseError(ErrorCodes.InvalidParams, error.message);
  return undefined;
}
