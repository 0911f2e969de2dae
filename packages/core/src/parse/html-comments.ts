/**
 * `text` with each HTML comment (`<!--` up to the next `-->`) replaced by one space. A loop, not
 * `/<!--[\s\S]*?-->/g`: that regex scans to the end of the text from every unclosed `<!--`, so a cell of
 * 50,000 of them took seconds. Once one `<!--` has no `-->` after it, no later one has either.
 */
export function blankHtmlComments(text: string): string {
  let open = text.indexOf('<!--');
  if (open === -1) return text;
  let result = '';
  let at = 0;
  while (open !== -1) {
    const close = text.indexOf('-->', open + 4);
    if (close === -1) break;
    result += `${text.slice(at, open)} `;
    at = close + 3;
    open = text.indexOf('<!--', at);
  }
  return result + text.slice(at);
}
