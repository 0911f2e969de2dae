import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileProblem, writeFileAtomic } from '../src/index.js';
import { makeFifo, tempDir } from './temp.js';

function problemOf(write: () => unknown): FileProblem {
  try {
    write();
  } catch (error) {
    if (error instanceof FileProblem) return error;
    throw error;
  }
  throw new Error('expected a FileProblem');
}

describe('writeFileAtomic', () => {
  it('replaces the file, keeps its mode and leaves no temp file', () => {
    const dir = tempDir();
    const path = join(dir, 'a.survey.md');
    writeFileSync(path, 'old\n');
    chmodSync(path, 0o640);
    expect(writeFileAtomic(path, 'new\n', Buffer.from('old\n'))).toBe('written');
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['a.survey.md']);
  });

  it('through a symbolic link: the real file is written, the link stays a link, the temp file was in the target folder', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'real'));
    mkdirSync(join(dir, 'links'));
    const target = join(dir, 'real', 'a.survey.md');
    writeFileSync(target, 'old\n');
    chmodSync(target, 0o600);
    symlinkSync('../real/a.survey.md', join(dir, 'links', 'a.survey.md'));
    expect(writeFileAtomic(join(dir, 'links', 'a.survey.md'), 'new\n', Buffer.from('old\n'))).toBe('written');
    expect(lstatSync(join(dir, 'links', 'a.survey.md')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'links', 'a.survey.md'))).toBe('../real/a.survey.md');
    expect(readFileSync(target, 'utf8')).toBe('new\n');
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(dir, 'links'))).toEqual(['a.survey.md']);
    expect(readdirSync(join(dir, 'real'))).toEqual(['a.survey.md']);
  });

  it('a read-only file (0444) is refused and left as it is, for root too (mode bits, not only access(2))', () => {
    const dir = tempDir();
    const path = join(dir, 'a.survey.md');
    writeFileSync(path, 'old\n');
    chmodSync(path, 0o444);
    expect(problemOf(() => writeFileAtomic(path, 'new\n', Buffer.from('old\n'))).kind).toBe('read-only');
    expect(readFileSync(path, 'utf8')).toBe('old\n');
    expect(statSync(path).mode & 0o777).toBe(0o444);
    // Through a link to it as well.
    symlinkSync(path, join(dir, 'link.md'));
    expect(problemOf(() => writeFileAtomic(join(dir, 'link.md'), 'new\n')).kind).toBe('read-only');
    expect(readdirSync(dir).sort()).toEqual(['a.survey.md', 'link.md']);
  });

  it('a file changed since it was read is left alone', () => {
    const dir = tempDir();
    const path = join(dir, 'a.survey.md');
    writeFileSync(path, 'edited meanwhile\n');
    expect(writeFileAtomic(path, 'fixed\n', Buffer.from('as read\n'))).toBe('changed-since-read');
    expect(readFileSync(path, 'utf8')).toBe('edited meanwhile\n');
  });

  it('a FIFO and a link loop are refused, never opened', () => {
    const dir = tempDir();
    const fifo = makeFifo(join(dir, 'pipe.md'));
    expect(problemOf(() => writeFileAtomic(fifo, 'x')).kind).toBe('not-regular');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    symlinkSync(join(dir, 'b.md'), join(dir, 'a.md'));
    symlinkSync(join(dir, 'a.md'), join(dir, 'b.md'));
    expect(problemOf(() => writeFileAtomic(join(dir, 'a.md'), 'x')).kind).toBe('link-loop');
  });

  it('a new file is created', () => {
    const dir = tempDir();
    expect(writeFileAtomic(join(dir, 'report.txt'), 'report\n')).toBe('written');
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toBe('report\n');
  });
});
