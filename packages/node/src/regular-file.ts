import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { FileProblem, problemFromError } from './file-problem.js';

/** What a non-regular file is, in the words `ls -l` would use. */
export function fileTypeOf(stats: Stats): string {
  if (stats.isDirectory()) return 'folder';
  if (stats.isFIFO()) return 'FIFO';
  if (stats.isSocket()) return 'socket';
  if (stats.isCharacterDevice()) return 'character device';
  if (stats.isBlockDevice()) return 'block device';
  return 'special file';
}

/** The file's stats (through links), or a FileProblem when it is missing, a folder or not a regular file. */
export function statRegularFile(path: string): Stats {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    throw problemFromError(error, path);
  }
  if (stats.isDirectory()) throw new FileProblem('folder', path);
  if (!stats.isFile()) throw new FileProblem('not-regular', path, { fileType: fileTypeOf(stats) });
  return stats;
}

/**
 * Reads a regular file of at most `maxBytes`. Stats first, so a FIFO or device is never opened; opens with
 * O_NONBLOCK and checks the opened file again, so one swapped in meanwhile cannot block; reads at most
 * `maxBytes + 1` bytes, so a file that grows meanwhile cannot exhaust memory.
 */
export function readRegularFile(path: string, maxBytes: number): Buffer {
  const before = statRegularFile(path);
  if (before.size > maxBytes) throw new FileProblem('too-large', path, { size: before.size, limit: maxBytes });
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw problemFromError(error, path);
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) throw new FileProblem('not-regular', path, { fileType: fileTypeOf(opened) });
    const chunks: Buffer[] = [];
    let length = 0;
    // Chunks until the end or just past the limit: the size stat gave may be out of date already.
    while (length <= maxBytes) {
      const chunk = Buffer.alloc(Math.min(Math.max(opened.size - length + 1, 65536), maxBytes + 1 - length));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      length += read;
    }
    if (length > maxBytes) throw new FileProblem('too-large', path, { size: length, limit: maxBytes });
    return Buffer.concat(chunks, length);
  } catch (error) {
    throw problemFromError(error, path);
  } finally {
    closeSync(fd);
  }
}

/** The first `bytes` bytes of a regular file (all of a shorter one), with the same care as readRegularFile. */
export function readRegularFileHead(path: string, bytes: number): Buffer {
  statRegularFile(path);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw problemFromError(error, path);
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) throw new FileProblem('not-regular', path, { fileType: fileTypeOf(opened) });
    const buffer = Buffer.alloc(bytes);
    return buffer.subarray(0, readSync(fd, buffer, 0, bytes, 0));
  } catch (error) {
    throw problemFromError(error, path);
  } finally {
    closeSync(fd);
  }
}
