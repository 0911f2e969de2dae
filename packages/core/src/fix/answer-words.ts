import { blankHtmlComments } from '../parse/html-comments.js';

/**
 * The words of an answer as a reader sees them, from its Markdown source: HTML comments and tags are markup
 * (RUS009's fix turns `<p>` into `<br>`; a tag is what CommonMark calls one, so `<två</p>` is text and a
 * tag), backslash escapes are the characters they escape (`\|` in a cell
 * is `|`; `\<p>` is text, not a tag), and words are what whitespace separates.
 */
export function answerWords(source: string): string[] {
  const text = blankHtmlComments(source)
    .replace(/(?<=(?:^|[^\\])(?:\\\\)*)<(?:[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?|\/[A-Za-z][A-Za-z0-9-]*\s*)>/g, ' ')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
  return text.split(/\s+/).filter(Boolean);
}
