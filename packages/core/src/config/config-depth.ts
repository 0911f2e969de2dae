import { createScanner } from 'jsonc-parser';
import type { ConfigFormat } from './config-file-names.js';

// jsonc-parser's codes are `const enum`s, which isolated modules cannot read; these are their published values.
const Token = { OpenBrace: 1, CloseBrace: 2, OpenBracket: 3, CloseBracket: 4, EOF: 17 } as const;

/** Nesting a config may have; a real one has four levels. Deeper files are refused before any parser recurses. */
export const MAX_CONFIG_DEPTH = 64;

/** Where the nesting first passes the cap, or -1: one pass, no recursion (100,000 `[` must not reach a parser). */
export function configDepthExcess(text: string, format: ConfigFormat): number {
  if (format !== 'yaml') {
    const scanner = createScanner(text, false);
    let depth = 0;
    for (let kind = scanner.scan(); kind !== Token.EOF; kind = scanner.scan()) {
      if (kind === Token.OpenBrace || kind === Token.OpenBracket) {
        if (++depth > MAX_CONFIG_DEPTH) return scanner.getTokenOffset();
      } else if (kind === Token.CloseBrace || kind === Token.CloseBracket) depth = Math.max(0, depth - 1);
    }
    return -1;
  }
  // YAML: flow collections nest by brackets, block sequences by `- ` markers on one line; indentation needs a
  // column per level, so it cannot reach a parser's limits within the size a config may have.
  let flow = 0;
  let quote = '';
  let lineMarkers = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r') {
      lineMarkers = 0;
      atLineStart = true;
      continue;
    }
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i + 1 < text.length && text[i + 1] !== '\n' && text[i + 1] !== '\r') i++;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '{') {
      if (++flow > MAX_CONFIG_DEPTH) return i;
    } else if (ch === ']' || ch === '}') flow = Math.max(0, flow - 1);
    else if (atLineStart && (ch === '-' || ch === '?') && /[ \t]/.test(text[i + 1] ?? '')) {
      if (++lineMarkers + flow > MAX_CONFIG_DEPTH) return i;
      continue;
    }
    if (ch !== ' ' && ch !== '\t' && ch !== '-' && ch !== '?') atLineStart = false;
  }
  return -1;
}
