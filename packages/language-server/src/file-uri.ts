// file: URIs ↔ paths, at the server's edge (the language service speaks URIs only).
import { URI } from 'vscode-uri';

/** File system path of a `file:` URI; null for untitled and other schemes. */
export function filePathOf(uri: string): string | null {
  try {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' ? parsed.fsPath : null;
  } catch {
    return null;
  }
}

export function fileUriOf(path: string): string {
  return URI.file(path).toString();
}
