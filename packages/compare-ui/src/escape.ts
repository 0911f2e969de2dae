/**
 * JSON to put inside a <script> element: `<`, `>` and `&` as \u escapes (so no `</script>` or `<!--` can
 * close or change the element) and U+2028/U+2029 escaped too (line terminators in old JavaScript parsers).
 * The result still parses with JSON.parse to the same value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

/**
 * Code or CSS to inline in a <script> or <style> element: a closing tag inside it (`</script`, `</style`)
 * or a comment opener would end or change the element, so `</` and `<!--` are broken up. In JavaScript
 * strings and regexes `<\/` means the same; in CSS, `<\/` only occurs inside strings where it is harmless.
 */
export function inlineSafe(code: string): string {
  return code.replace(/<\/(script|style)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}
