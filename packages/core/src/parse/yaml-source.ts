import { isNode, parseDocument, type Document } from 'yaml';

export interface YamlParseResult {
  document: Document;
  value: unknown;
  /** Syntax errors, with offsets into the YAML text. */
  errors: { message: string; start: number; end: number }[];
}

/** Parses YAML without throwing; keeps the document so errors about a key can point at it. */
export function parseYamlSource(text: string): YamlParseResult {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const errors = document.errors.map((error) => ({
    message: error.message.split('\n')[0] ?? error.message,
    start: error.pos[0],
    end: Math.max(error.pos[0], error.pos[1]),
  }));
  let value: unknown = null;
  if (errors.length === 0) {
    try {
      value = document.toJS({ maxAliasCount: 100 });
    } catch (error) {
      errors.push({ message: error instanceof Error ? error.message : String(error), start: 0, end: 0 });
    }
  }
  return { document, value, errors };
}

/** Offsets of the value at `path` (or of the nearest parent that exists) in the YAML text. */
export function locateYamlPath(document: Document, path: readonly PropertyKey[]): [number, number] {
  for (let length = path.length; length >= 0; length--) {
    const node = document.getIn(path.slice(0, length) as (string | number)[], true);
    if (isNode(node) && node.range) return [node.range[0], node.range[1]];
  }
  return [0, 0];
}
