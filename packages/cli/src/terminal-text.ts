// Survey text, organisation names and file names are untrusted: printed raw, an ESC or OSC sequence in them
// could clear lines, move the cursor, retitle the terminal or forge output ("✔ 0 problems"), and a bidi
// override could make a line read differently from what it says. Every text the CLI prints passes here.

/** C0 controls but tab and line feed, DEL, C1 controls; and the invisible bidi controls. */
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

const hex = (char: string, digits: number): string => char.charCodeAt(0).toString(16).toUpperCase().padStart(digits, '0');

/** Shows each unsafe character as a visible escape (`\x1B`, `\u202E`); everything else is left alone. */
export function escapeTerminalText(text: string): string {
  return text.replace(UNSAFE, (char) => (char.charCodeAt(0) <= 0xff ? `\\x${hex(char, 2)}` : `\\u${hex(char, 4)}`));
}

/**
 * The same characters as JSON escapes (`\u001b`): the parsed value is unchanged, but the JSON text is safe to
 * print. JSON.stringify already escapes C0; DEL, C1 and bidi controls it leaves raw.
 */
export function escapeJsonForTerminal(json: string): string {
  return json.replace(UNSAFE, (char) => `\\u${hex(char, 4).toLowerCase()}`);
}
