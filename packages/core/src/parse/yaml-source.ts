import { isMap, isNode, isScalar, parseDocument, type Document } from 'yaml';

export interface YamlParseResult {
  document: Document;
  value: unknown;
  /** Syntax errors, with offsets into the YAML text. */
  errors: { message: string; start: number; end: number; code?: string }[];
}

/** Parses YAML without throwing; keeps the document so errors about a key can point at it. */
export function parseYamlSource(text: string): YamlParseResult {
  // The yaml library reads only LF and CRLF as line breaks; a CR alone becomes LF, which keeps every offset.
  const document = parseDocument(text.replace(/\r(?!\n)/g, '\n'), { prettyErrors: false, uniqueKeys: true });
  const errors: YamlParseResult['errors'] = document.errors.map((error) => ({
    code: error.code,
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

/** Offsets of the value at `path`, or of its key, (or of the nearest parent that exists) in the YAML text. */
export function locateYamlPath(document: Document, path: readonly PropertyKey[], target: 'key' | 'value' = 'value'): [number, number] {
  for (let length = path.length; length >= 0; length--) {
    const parentPath = path.slice(0, length - 1) as (string | number)[];
    const last = path[length - 1];
    if ((target === 'key' || length < path.length) && length > 0) {
      // The key node of a map entry, found through the parent map.
      const parent = document.getIn(parentPath, true);
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(last));
        if (pair && isNode(pair.key) && pair.key.range) return [pair.key.range[0], pair.key.range[1]];
      }
    }
    const node = document.getIn(path.slice(0, length) as (string | number)[], true);
    if (isNode(node) && node.range) return [node.range[0], node.range[1]];
  }
  return [0, 0];
}
