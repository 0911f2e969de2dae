import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { FileProblem } from './file-problem.js';
import { readRegularFile } from './regular-file.js';

const GITIGNORE_MAX_BYTES = 1024 * 1024;

/** .gitignore files from the repository root down to each file's folder; a deeper file can re-include. */
export class GitignoreFilter {
  private readonly perFolder = new Map<string, Ignore | null>();
  private readonly root: string;

  /** `start`: a folder inside the repository; its nearest ancestor with `.git` is the root. */
  constructor(start: string) {
    let current = resolve(start);
    let root = current;
    for (;;) {
      if (existsSync(join(current, '.git'))) {
        root = current;
        break;
      }
      const parent = dirname(current);
      if (parent === current) break;
      current = parent;
    }
    this.root = root;
  }

  private rulesIn(folder: string): Ignore | null {
    if (!this.perFolder.has(folder)) {
      let rules: Ignore | null = null;
      try {
        rules = ignore().add(readRegularFile(join(folder, '.gitignore'), GITIGNORE_MAX_BYTES).toString('utf8'));
      } catch (error) {
        // No .gitignore here (or none that is a regular file of sane size): nothing ignored by this folder.
        if (!(error instanceof FileProblem)) throw error;
      }
      this.perFolder.set(folder, rules);
    }
    return this.perFolder.get(folder) ?? null;
  }

  ignores(path: string): boolean {
    const fromRoot = relative(this.root, path);
    if (fromRoot.startsWith('..')) return false;
    const folders = [this.root];
    for (const part of fromRoot.split(sep).slice(0, -1)) folders.push(join(folders[folders.length - 1]!, part));
    let ignored = false;
    for (const folder of folders) {
      const result = this.rulesIn(folder)?.test(relative(folder, path).split(sep).join('/'));
      if (result?.ignored) ignored = true;
      else if (result?.unignored) ignored = false;
    }
    return ignored;
  }
}
