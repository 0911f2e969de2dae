import { extname, resolve } from 'node:path';
import { globSync } from 'tinyglobby';

/** Never searched: installed packages hold other people's Markdown. */
const NEVER = ['**/node_modules/**'];

const isMarkdown = (path: string): boolean => extname(path).toLowerCase() === '.md';

/** Markdown files under `cwd` matching `patterns` (globs with `/`), absolute; dot folders and node_modules skipped. */
export function globMarkdownFiles(patterns: readonly string[], cwd: string): string[] {
  return globSync([...patterns], { cwd, absolute: true, ignore: NEVER, dot: false }).map((file) => resolve(file)).filter(isMarkdown);
}

/** Every Markdown file under a folder. */
export function markdownFilesIn(folder: string): string[] {
  return globMarkdownFiles(['**/*.md'], folder);
}
