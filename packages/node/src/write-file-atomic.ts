import { accessSync, chmodSync, chownSync, constants, fsyncSync, closeSync, openSync, readFileSync, realpathSync, renameSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { FileProblem, problemFromError } from './file-problem.js';
import { statRegularFile } from './regular-file.js';

export type WriteResult = 'written' | 'changed-since-read';

/** The file a write lands in: the final target of a symbolic link, so the link stays a link. */
function writeTarget(path: string): { target: string; stats: Stats | undefined } {
  let target: string;
  try {
    target = realpathSync(path);
  } catch (error) {
    const problem = problemFromError(error, path);
    if (problem.kind === 'missing') return { target: path, stats: undefined };
    throw problem;
  }
  return { target, stats: statRegularFile(target) };
}

/**
 * Refuses a file without write permission. The mode bits are checked as well as access(2): root passes every
 * access check, but a file someone made read-only (0444) should stay as it is for root too.
 */
function assertWritable(target: string, stats: Stats, path: string): void {
  if ((stats.mode & 0o222) === 0) throw new FileProblem('read-only', path);
  try {
    accessSync(target, constants.W_OK);
  } catch {
    throw new FileProblem('read-only', path);
  }
}

/**
 * Writes `data` to a temp file in the target's folder, then renames it over the target, so a reader never
 * sees half a file. Through a symbolic link the link's target is written (and the link kept); the target's
 * mode (and, as root, its owner) is kept. With `expected`, refuses (and writes nothing) when the file's bytes
 * are no longer what was read: someone edited it meanwhile, and their edit wins. Throws a FileProblem for a
 * read-only or non-regular file, a link loop, or a failed fs call.
 */
export function writeFileAtomic(path: string, data: string | Buffer, expected?: Buffer): WriteResult {
  const { target, stats } = writeTarget(path);
  if (stats) assertWritable(target, stats, path);
  if (expected && (!stats || !readFileSync(target).equals(expected))) return 'changed-since-read';
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    const fd = openSync(temp, 'wx', stats ? stats.mode & 0o7777 : 0o666);
    try {
      writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (stats) {
      // openSync's mode is masked by the umask; the target's own mode is what must survive.
      chmodSync(temp, stats.mode & 0o7777);
      if (process.getuid?.() === 0) chownSync(temp, stats.uid, stats.gid);
    }
    // Last look just before the rename, to keep the window for a lost edit as small as possible.
    if (expected && !readFileSync(target).equals(expected)) {
      unlinkSync(temp);
      return 'changed-since-read';
    }
    renameSync(temp, target);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Never created, or already gone.
    }
    throw error instanceof FileProblem ? error : new FileProblem('unwritable', path, { code: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  return 'written';
}
