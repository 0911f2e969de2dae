export interface SurveyDocumentQuery {
  /** The file's path or URI. */
  path: string;
  /** Its text; only the front matter is looked at. */
  text: string;
  /** True when a config's `files` globs match the path (the caller matches globs). */
  matchedByConfig?: boolean;
}

const FRONT_MATTER = /^\uFEFF?---(?:\r\n|\r|\n)([\s\S]*?)(?:\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)/;

/**
 * A Markdown file is a survey when its name ends in `.survey.md`, its front matter says `rus-survey: true`,
 * or a config's `files` match it. Cheap: other Markdown is never parsed.
 */
export function isSurveyDocument({ path, text, matchedByConfig = false }: SurveyDocumentQuery): boolean {
  if (/\.survey\.md$/i.test(path) || matchedByConfig) return true;
  const frontMatter = FRONT_MATTER.exec(text);
  return frontMatter !== null && /^rus-survey:\s*(true|yes|on)\s*(#.*)?$/im.test(frontMatter[1] ?? '');
}
