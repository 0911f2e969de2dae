import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { locateYamlPath, parseYamlSource } from '../parse/yaml-source.js';
import { configFormatOf } from './config-file-names.js';

/** A config file's raw value, its syntax errors, and a way to find where a key sits. */
export interface ConfigSource {
  value: unknown;
  errors: { message: string; start: number; end: number }[];
  /** Offsets of the value at `path`, or of its key (for keys that should not be there); the nearest parent when absent. */
  locate(path: readonly PropertyKey[], target?: 'key' | 'value'): [number, number];
}

function parseJsonSource(text: string, allowComments: boolean): ConfigSource {
  const parseErrors: ParseError[] = [];
  const tree = parseTree(text, parseErrors, { disallowComments: !allowComments, allowTrailingComma: allowComments });
  const errors = parseErrors.map((error) => ({
    message: printParseErrorCode(error.error),
    start: error.offset,
    end: error.offset + Math.max(1, error.length),
  }));
  const toValue = (node: ReturnType<typeof parseTree>): unknown => {
    if (!node) return undefined;
    switch (node.type) {
      case 'object':
        return Object.fromEntries(
          (node.children ?? []).flatMap((property) => {
            const [key, value] = property.children ?? [];
            return key ? [[String(key.value), toValue(value)]] : [];
          }),
        );
      case 'array':
        return (node.children ?? []).map(toValue);
      default:
        return node.value;
    }
  };
  return {
    value: toValue(tree),
    errors,
    locate(path, target = 'value') {
      for (let length = path.length; length >= 0; length--) {
        const node = tree ? findNodeAtLocation(tree, path.slice(0, length) as (string | number)[]) : undefined;
        if (node) {
          const keyNode = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
          const found = (target === 'key' || length < path.length) && keyNode ? keyNode : node;
          return [found.offset, found.offset + found.length];
        }
      }
      return [0, 0];
    },
  };
}

export function parseConfigSource(filename: string, text: string): ConfigSource {
  const format = configFormatOf(filename);
  // A BOM becomes a space so that offsets still match the file.
  if (format !== 'yaml') return parseJsonSource(text.replace(/^\uFEFF/, ' '), format === 'jsonc');
  const parsed = parseYamlSource(text);
  return { value: parsed.value, errors: parsed.errors, locate: (path, target) => locateYamlPath(parsed.document, path, target) };
}
