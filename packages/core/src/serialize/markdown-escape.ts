/** Escapes plain text for a GFM table cell: pipes, and line breaks as `<br>`. */
export function escapeTableCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** Escapes plain text that starts a paragraph so it is not read as a heading, quote, list or rule. */
export function escapeParagraph(text: string): string {
  return text.replace(/^(\s*)([#>+=-]|\d+[.)](?=\s)|\*(?=\s))/gm, (_, space: string, marker: string) =>
    /^\d/.test(marker) ? `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}` : `${space}\\${marker}`,
  );
}
