/**
 * An answer's table-cell Markdown as a spreadsheet cell shows it: `<br>` as line breaks, `<p>` as blank lines, an
 * escaped pipe as a pipe. The web-form import escapes them back, so a sheet written from a survey reads back the same.
 */
export function spreadsheetAnswerText(markdown: string): string {
  return markdown
    .replace(/<\/p>\s*<p>/gi, '\n\n')
    .replace(/<\/?p>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/\\\|/g, '|')
    .trim();
}
