import { chmodSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type WriteResult = 'written' | 'changed-since-read';

/**
 * Writes `data` to a temp file beside `path`, then renames it over `path`, so a reader never sees half a
 * file. With `expected`, refuses (and writes nothing) when the file's bytes are no longer what was read:
 * someone edited it meanwhile, and their edit wins.
 */
export function writeFileAtomic(path: string, data: string | Buffer, expected?: Buffer): WriteResult {
  let mode: number | undefined;
  try {
    mode = statSync(path).mode;
    if (expected && !readFileSync(path).equals(expected)) return 'changed-since-read';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (expected) return 'changed-since-read';
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    writeFileSync(temp, data, { flag: 'wx' });
    if (mode !== undefined) chmodSync(temp, mode & 0o7777);
    // Last look just before the rename, to keep the window for a lost edit as small as possible.
    if (expected && !readFileSync(path).equals(expected)) {
      unlinkSync(temp);
      return 'changed-since-read';
    }
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone.
    }
    throw error;
  }
  return 'written';
}
