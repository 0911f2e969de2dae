import picomatch from 'picomatch/posix.js';

/**
 * Whether a path, relative to the config file's folder with `/` separators, matches one of the config's
 * `files` or `ignores` globs. One matcher for every adapter, so the CLI and the editor agree on what a survey is.
 */
export function matchesConfigGlobs(relativePath: string, globs: readonly string[] | undefined): boolean {
  if (!globs?.length || relativePath.startsWith('../') || relativePath === '..' || /^[a-z]+:|^\//i.test(relativePath)) return false;
  const path = relativePath.replace(/^\.\//, '');
  return globs.some((glob) => {
    try {
      return picomatch(glob.replace(/^\.\//, ''), { dot: true })(path);
    } catch {
      // A malformed glob matches nothing rather than failing the whole run.
      return false;
    }
  });
}
