import { createScanner, type ParseErrorCode } from 'jsonc-parser';
import type { LocalizedText } from '../i18n/locale.js';
import { createLineIndex } from '../parse/line-index.js';

// jsonc-parser's codes are `const enum`s, which isolated modules cannot read; these are their published values.
const Token = { OpenBrace: 1, CloseBrace: 2, OpenBracket: 3, CloseBracket: 4, EOF: 17 } as const;
const Code = { InvalidSymbol: 1, InvalidNumberFormat: 2, PropertyNameExpected: 3, ValueExpected: 4, ColonExpected: 5, CommaExpected: 6, CloseBraceExpected: 7, CloseBracketExpected: 8, EndOfFileExpected: 9, InvalidCommentToken: 10, UnexpectedEndOfComment: 11, UnexpectedEndOfString: 12, UnexpectedEndOfNumber: 13, InvalidUnicode: 14, InvalidEscapeCharacter: 15, InvalidCharacter: 16 } as const;

/**
 * Sentences for jsonc-parser's and yaml's error codes, in English and Swedish, so a person reads "expected `}` to
 * close the object opened on line 2" rather than `CloseBraceExpected`.
 */
const JSON_MESSAGES: Partial<Record<number, LocalizedText>> = {
  [Code.InvalidSymbol]: { en: 'unexpected character here', sv: 'oväntat tecken här' },
  [Code.InvalidNumberFormat]: { en: 'this number is not written correctly', sv: 'talet är inte korrekt skrivet' },
  [Code.PropertyNameExpected]: { en: 'expected a key in double quotes', sv: 'förväntade en nyckel inom dubbla citattecken' },
  [Code.ValueExpected]: { en: 'expected a value', sv: 'förväntade ett värde' },
  [Code.ColonExpected]: { en: 'expected `:` after the key', sv: 'förväntade `:` efter nyckeln' },
  [Code.CommaExpected]: { en: 'expected `,` between the entries', sv: 'förväntade `,` mellan posterna' },
  [Code.EndOfFileExpected]: { en: 'expected the end of the file after the value', sv: 'förväntade filens slut efter värdet' },
  [Code.InvalidCommentToken]: {
    en: 'comments are not allowed in .json (use .jsonc for comments)',
    sv: 'kommentarer är inte tillåtna i .json (använd .jsonc för kommentarer)',
  },
  [Code.UnexpectedEndOfComment]: { en: 'the comment is not closed with `*/`', sv: 'kommentaren stängs inte med `*/`' },
  [Code.UnexpectedEndOfString]: { en: 'the text is not closed with `"`', sv: 'texten stängs inte med `"`' },
  [Code.UnexpectedEndOfNumber]: { en: 'the number ends too early', sv: 'talet tar slut för tidigt' },
  [Code.InvalidUnicode]: { en: 'invalid `\\u` escape', sv: 'ogiltig `\\u`-escape' },
  [Code.InvalidEscapeCharacter]: { en: 'invalid escape after `\\`', sv: 'ogiltig escape efter `\\`' },
  [Code.InvalidCharacter]: { en: 'this character is not allowed in a text', sv: 'tecknet är inte tillåtet i en text' },
};

/** The `{` or `[` still open at `offset` (skipping strings and comments with jsonc-parser's scanner). */
function openerAt(text: string, offset: number): number | undefined {
  const scanner = createScanner(text, false);
  const open: { offset: number; closer: number }[] = [];
  for (let kind = scanner.scan(); kind !== Token.EOF && scanner.getTokenOffset() < offset; kind = scanner.scan()) {
    if (kind === Token.OpenBrace) open.push({ offset: scanner.getTokenOffset(), closer: Token.CloseBrace });
    else if (kind === Token.OpenBracket) open.push({ offset: scanner.getTokenOffset(), closer: Token.CloseBracket });
    // A `}` where a `]` is due closes nothing: that mismatch is the error being described.
    else if (kind === open[open.length - 1]?.closer) open.pop();
  }
  return open[open.length - 1]?.offset;
}

export function jsonSyntaxMessage(text: string, code: ParseErrorCode, offset: number): LocalizedText {
  if (code === Code.CloseBraceExpected || code === Code.CloseBracketExpected) {
    const opener = openerAt(text, offset);
    const line = opener === undefined ? null : createLineIndex(text).position(opener).line;
    const [close, en, sv] = code === Code.CloseBraceExpected ? ['}', 'object', 'objektet'] : [']', 'list', 'listan'];
    return line === null
      ? { en: `expected \`${close}\` to close the ${en}`, sv: `förväntade \`${close}\` för att stänga ${sv}` }
      : {
          en: `expected \`${close}\` to close the ${en} opened on line ${line}`,
          sv: `förväntade \`${close}\` för att stänga ${sv} som öppnades på rad ${line}`,
        };
  }
  return JSON_MESSAGES[code] ?? { en: 'invalid JSON', sv: 'ogiltig JSON' };
}

const YAML_MESSAGES: Record<string, LocalizedText> = {
  BAD_INDENT: { en: 'the indentation does not line up with the lines above', sv: 'indraget stämmer inte med raderna ovanför' },
  TAB_AS_INDENT: { en: 'tabs cannot indent YAML; use spaces', sv: 'tabbar kan inte användas som indrag i YAML; använd mellanslag' },
  DUPLICATE_KEY: { en: 'this key appears twice', sv: 'nyckeln förekommer två gånger' },
  MISSING_CHAR: { en: 'a closing character is missing (`]`, `}` or a quote)', sv: 'ett avslutande tecken saknas (`]`, `}` eller ett citattecken)' },
  MULTILINE_IMPLICIT_KEY: { en: 'a key must fit on one line', sv: 'en nyckel måste rymmas på en rad' },
  BLOCK_AS_IMPLICIT_KEY: { en: 'a key must fit on one line', sv: 'en nyckel måste rymmas på en rad' },
  UNEXPECTED_TOKEN: { en: 'unexpected text here', sv: 'oväntad text här' },
  BAD_DQ_ESCAPE: { en: 'invalid escape after `\\` in a double-quoted text', sv: 'ogiltig escape efter `\\` i en text inom dubbla citattecken' },
  BAD_SCALAR_START: { en: 'a value cannot start with this character; put it in quotes', sv: 'ett värde kan inte börja med detta tecken; sätt det inom citattecken' },
  BLOCK_IN_FLOW: { en: 'a block cannot stand inside `[ ]` or `{ }`', sv: 'ett block kan inte stå inom `[ ]` eller `{ }`' },
  BAD_ALIAS: { en: 'invalid alias', sv: 'ogiltigt alias' },
  KEY_OVER_1024_CHARS: { en: 'the key is longer than 1,024 characters', sv: 'nyckeln är längre än 1 024 tecken' },
};

export function yamlSyntaxMessage(code: string | undefined, message: string): LocalizedText {
  const known = code === undefined ? undefined : YAML_MESSAGES[code];
  return known ?? { en: message, sv: `YAML-fel: ${message}` };
}
