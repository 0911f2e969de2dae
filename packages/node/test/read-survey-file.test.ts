import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileProblem, readSurveyFile } from '../src/index.js';
import { makeFifo, tempDir } from './temp.js';

/** The FileProblem a read throws (fails the test when it returns). */
function problemOf(read: () => unknown): FileProblem {
  try {
    read();
  } catch (error) {
    if (error instanceof FileProblem) return error;
    throw error;
  }
  throw new Error('expected a FileProblem');
}

describe('readSurveyFile', () => {
  it('reads and decodes a regular file, through a link too', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.survey.md'), Buffer.from([0x53, 0x6b, 0xe5, 0x6e, 0x65, 0x0a]));
    symlinkSync(join(dir, 'a.survey.md'), join(dir, 'link.survey.md'));
    for (const name of ['a.survey.md', 'link.survey.md']) {
      expect(readSurveyFile(join(dir, name))).toMatchObject({ text: 'Skåne\n', encoding: 'windows-1252', certainty: 'certain' });
    }
  });

  it('never opens a FIFO (a read would block until a writer came): refused as not a regular file', () => {
    const dir = tempDir();
    const fifo = makeFifo(join(dir, 'pipe.survey.md'));
    const problem = problemOf(() => readSurveyFile(fifo));
    expect({ kind: problem.kind, fileType: problem.details.fileType }).toEqual({ kind: 'not-regular', fileType: 'FIFO' });
  });

  it('refuses a device (/dev/zero never ends), a folder, a missing file and a link loop', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'folder.md'));
    symlinkSync(join(dir, 'loop-b.md'), join(dir, 'loop-a.md'));
    symlinkSync(join(dir, 'loop-a.md'), join(dir, 'loop-b.md'));
    expect(problemOf(() => readSurveyFile('/dev/zero'))).toMatchObject({ kind: 'not-regular', details: { fileType: 'character device' } });
    expect(problemOf(() => readSurveyFile(join(dir, 'folder.md'))).kind).toBe('folder');
    expect(problemOf(() => readSurveyFile(join(dir, 'none.md'))).kind).toBe('missing');
    expect(problemOf(() => readSurveyFile(join(dir, 'loop-a.md'))).kind).toBe('link-loop');
  });

  it('refuses a file over the limit and a binary file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'big.md'), 'x'.repeat(101));
    writeFileSync(join(dir, 'exact.md'), 'x'.repeat(100));
    writeFileSync(join(dir, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00]));
    expect(problemOf(() => readSurveyFile(join(dir, 'big.md'), { maxBytes: 100 }))).toMatchObject({ kind: 'too-large', details: { size: 101, limit: 100 } });
    expect(readSurveyFile(join(dir, 'exact.md'), { maxBytes: 100 }).text).toHaveLength(100);
    expect(problemOf(() => readSurveyFile(join(dir, 'image.md'))).kind).toBe('binary');
  });
});
