/**
 * Why a file was not read or not written: a kind an adapter turns into its own words (in its locale), and the
 * facts that go in them. The node layer never words messages for people, except config errors, which core words.
 */
export type FileProblemKind =
  | 'missing'
  | 'folder'
  /** A FIFO, socket or device: never opened, since reading one can block forever or never end. */
  | 'not-regular'
  | 'too-large'
  | 'binary'
  | 'unreadable'
  | 'link-loop'
  /** The file (or the target of its link) has no write permission; it is left as it is. */
  | 'read-only'
  /** Writing failed for another reason (`code` says which). */
  | 'unwritable';

export class FileProblem extends Error {
  constructor(
    readonly kind: FileProblemKind,
    readonly path: string,
    readonly details: { size?: number; limit?: number; code?: string; fileType?: string } = {},
  ) {
    super(`${path}: ${kind}${details.code ? ` (${details.code})` : details.fileType ? ` (${details.fileType})` : ''}`);
    this.name = 'FileProblem';
  }
}

/** The FileProblem for a failed fs call. */
export function problemFromError(error: unknown, path: string): FileProblem {
  if (error instanceof FileProblem) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new FileProblem('missing', path);
  if (code === 'ELOOP') return new FileProblem('link-loop', path);
  if (code === 'EISDIR') return new FileProblem('folder', path);
  return new FileProblem('unreadable', path, { code: code ?? String(error) });
}
