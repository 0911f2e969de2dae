import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigResolver, findSurveyFiles, type FoundFile } from '../src/index.js';
import { makeFifo, tempDir } from './temp.js';

const SURVEY = '---\nrus-survey: true\n---\n\n# Enkät\n';
const find = (cwd: string, args: string[] = []) => findSurveyFiles(args, { cwd, configs: new ConfigResolver() });
const summary = (dir: string, files: FoundFile[]): string[] =>
  files.map((file) => `${file.path.slice(dir.length + 1)}: ${file.kind === 'problem' ? file.problem.kind : file.kind}`);

describe('findSurveyFiles', () => {
  it('a folder: surveys by name, front matter and config; .gitignore, config ignores and node_modules left out', () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.gitignore'), 'build/\n');
    writeFileSync(join(dir, '.rus-survey.json'), JSON.stringify({ files: ['enkater/*.md'], ignores: ['old/**'] }));
    for (const folder of ['enkater', 'build', 'old', 'node_modules/pkg']) mkdirSync(join(dir, folder), { recursive: true });
    writeFileSync(join(dir, 'a.survey.md'), '# A\n');
    writeFileSync(join(dir, 'front.md'), SURVEY);
    writeFileSync(join(dir, 'README.md'), '# Readme\n');
    writeFileSync(join(dir, 'enkater', 'region.md'), '# Region\n');
    writeFileSync(join(dir, 'build', 'copy.survey.md'), '# Copy\n');
    writeFileSync(join(dir, 'old', 'x.survey.md'), '# Old\n');
    writeFileSync(join(dir, 'node_modules', 'pkg', 'y.survey.md'), '# Y\n');
    const found = find(dir);
    expect(summary(dir, found.files)).toEqual(['a.survey.md: survey', 'enkater/region.md: survey', 'front.md: survey']);
    // Named, an ignored file is linted; a named non-survey is reported as such.
    expect(summary(dir, find(dir, ['build/copy.survey.md', 'README.md']).files)).toEqual(['README.md: not-a-survey', 'build/copy.survey.md: survey']);
  });

  it('one file reached by several paths (a link, a folder link loop) is found once', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'enkater'));
    writeFileSync(join(dir, 'enkater', 'a.survey.md'), '# A\n');
    symlinkSync(join(dir, 'enkater'), join(dir, 'enkater', 'loop'));
    symlinkSync(join(dir, 'enkater', 'a.survey.md'), join(dir, 'b.survey.md'));
    const found = find(dir, ['.', 'enkater/a.survey.md', 'enkater/loop/a.survey.md']);
    expect(found.files.map((file) => file.kind)).toEqual(['survey']);
    expect(found.unmatched).toEqual([]);
  });

  it('a FIFO is never opened: a folder search does not list it; named, it is reported', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.survey.md'), '# A\n');
    makeFifo(join(dir, 'pipe.survey.md'));
    makeFifo(join(dir, 'notes.md'));
    expect(summary(dir, find(dir).files)).toEqual(['a.survey.md: survey']);
    expect(summary(dir, find(dir, ['notes.md', 'pipe.survey.md']).files)).toEqual(['notes.md: not-regular', 'pipe.survey.md: not-regular']);
  });

  it('paths and globs that name nothing are reported, and the rest is still found', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.survey.md'), '# A\n');
    symlinkSync(join(dir, 'gone.md'), join(dir, 'dangling.survey.md'));
    const found = find(dir, ['a.survey.md', 'missing.survey.md', 'enkater/**/*.md']);
    // In the order given.
    expect(found.unmatched).toEqual([
      { arg: 'missing.survey.md', kind: 'missing' },
      { arg: 'enkater/**/*.md', kind: 'no-match' },
    ]);
    expect(summary(dir, found.files)).toEqual(['a.survey.md: survey']);
  });

  it('decodes each file on its own', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'latin.survey.md'), Buffer.from('# Sk\xe5ne\n', 'latin1'));
    writeFileSync(join(dir, 'utf8.survey.md'), '# Skåne\n');
    const texts = find(dir).files.map((file) => (file.kind === 'survey' ? [file.file.text, file.file.encoding] : file.kind));
    expect(texts).toEqual([
      ['# Skåne\n', 'windows-1252'],
      ['# Skåne\n', 'utf-8'],
    ]);
  });
});
