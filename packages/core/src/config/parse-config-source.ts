import { findNodeAtLocation, parseTree, type ParseError } from 'jsonc-parser';
import type { LocalizedText } from '../i18n/locale.js';
import { locateYamlPath, parseYamlSource } from '../parse/yaml-source.js';
import { configFormatOf } from './config-file-names.js';
import { jsonSyntaxMessage, yamlSyntaxMessage } from './config-syntax-messages.js';

/** A config file's raw value, its syntax errors, and a way to find where a key sits. */
export interface ConfigSource {
  value: unknown;
  errors: { message: LocalizedText; start: number; end: number }[];
  /** Offsets of the value at `path`, or of its key (for keys that should not be there); the nearest parent when absent. */
  locate(path: readonly PropertyKey[], target?: 'key' | 'value'): [number, number];
}

function parseJsonSource(text: string, allowComments: boolean): ConfigSource {
  const parseErrors: ParseError[] = [];
  const tree = parseTree(text, parseErrors, { disallowComments: !allowComments, allowTrailingComma: allowComments });
  const errors = parseErrors.map((error) => ({
    message: jsonSyntaxMessage(text, error.error, error.offset),
    start: error.offset,
    end: error.offset + Math.max(1, error.length),
  }));
  const toValue = (node: ReturnType<typeof parseTree>): unknown => {
    if (!node) return undefined;
    switch (node.type) {
      case 'object': {
        // No prototype: a key such as `__proto__` stays a key to report, never the object's prototype.
        const object: Record<string, unknown> = Object.create(null);
        for (const property of node.children ?? []) {
          const [key, value] = property.children ?? [];
          if (key) object[String(key.value)] = toValue(value);
        }
        return object;
      }
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
  const errors = parsed.errors.map((error) => ({ ...error, message: yamlSyntaxMessage(error.code, error.message) }));
  return { value: parsed.value, errors, locate: (path, target) => locateYamlPath(parsed.document, path, target) };
}
