/**
 * Whether a link reference or footnote definition may stand anywhere in `text` (a label followed by `:`). One
 * anywhere makes `[text][label]` elsewhere a link, so no part of the text can be parsed on its own: the
 * incremental linter and the fix guard take the whole text, the plain-block parse leaves brackets to micromark.
 * Cheap to check, and rare in a survey.
 */
export const mayHaveDefinitions = (text: string): boolean => text.includes(']:');
