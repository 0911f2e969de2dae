import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigResolver, MAX_EXTENDED_FILES, loadConfigFile } from '../src/index.js';
import { makeFifo, tempDir } from './temp.js';

const json = (value: unknown): string => JSON.stringify(value, null, 2);
const messages = (path: string): string[] => loadConfigFile(path).errors.map((error) => error.message);

describe('loadConfigFile: extends', () => {
  it('resolves relative to the extending file, at every level', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'shared', 'base'), { recursive: true });
    writeFileSync(join(dir, 'shared', 'base', 'root.json'), json({ rules: { RUS009: 'off' } }));
    writeFileSync(join(dir, 'shared', 'strict.json'), json({ extends: './base/root.json', rules: { RUS002: 'error' } }));
    writeFileSync(join(dir, '.rus-survey.json'), json({ extends: './shared/strict.json', rules: { RUS007: 'off' } }));
    const loaded = loadConfigFile(join(dir, '.rus-survey.json'));
    expect(loaded.errors).toEqual([]);
    expect(loaded.config.rules).toEqual({ RUS009: 'off', RUS002: 'error', RUS007: 'off' });
    expect(loaded.files).toEqual([join(dir, 'shared', 'base', 'root.json'), join(dir, 'shared', 'strict.json'), join(dir, '.rus-survey.json')]);
  });

  it('/dev/zero, a FIFO and a folder are refused, each with its reason, and the load returns', () => {
    const dir = tempDir();
    makeFifo(join(dir, 'pipe.json'));
    mkdirSync(join(dir, 'folder.json'));
    symlinkSync('/dev/zero', join(dir, 'zero.json'));
    for (const [reference, reason] of [
      ['./zero.json', 'it is not a regular file (a character device)'],
      ['./pipe.json', 'it is not a regular file (a FIFO)'],
      ['./folder.json', 'it is a folder'],
      ['./none.json', 'no such file'],
    ]) {
      writeFileSync(join(dir, '.rus-survey.json'), json({ extends: reference }));
      expect(messages(join(dir, '.rus-survey.json')), reference).toEqual([`extends: cannot read "${reference}": ${reason}`]);
    }
  });

  it('only config files: /etc/shadow or a survey is never read as a config', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.rus-survey.json'), json({ extends: ['/etc/shadow', '../../../../etc/passwd'] }));
    expect(messages(join(dir, '.rus-survey.json'))).toEqual([
      'extends: cannot read "/etc/shadow": only .json, .jsonc, .yaml and .yml files can be extended',
      'extends: cannot read "../../../../etc/passwd": only .json, .jsonc, .yaml and .yml files can be extended',
    ]);
  });

  it('a file over the size limit is refused', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'big.json'), `{"rules": {}, "x": "${'x'.repeat(1024 * 1024)}"}`);
    writeFileSync(join(dir, '.rus-survey.json'), json({ extends: './big.json' }));
    expect(messages(join(dir, '.rus-survey.json'))).toEqual(['extends: cannot read "./big.json": it is over the size limit of 1024 KB for a config file']);
  });

  it('a cycle through a symbolic link (another spelling of the same file) is found', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.json'), json({ extends: './b.json' }));
    symlinkSync(join(dir, 'a.json'), join(dir, 'a-again.json'));
    writeFileSync(join(dir, 'b.json'), json({ extends: './a-again.json' }));
    expect(messages(join(dir, 'a.json'))).toEqual(['extends: cannot read "./a-again.json": it extends itself (a cycle)']);
  });

  it('9 files extending each other: bounded (the number of files extended is capped), with a clear error', () => {
    const dir = tempDir();
    const names = Array.from({ length: 9 }, (_, i) => `c${i}.json`);
    for (const name of names) writeFileSync(join(dir, name), json({ extends: names.filter((other) => other !== name).map((other) => `./${other}`) }));
    const errors = messages(join(dir, 'c0.json'));
    expect(errors.some((message) => message.endsWith(`more than ${MAX_EXTENDED_FILES} files extended in all`))).toBe(true);
  });

  it('a diamond (two bases sharing one) is fine', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'root.json'), json({ rules: { RUS009: 'off' } }));
    writeFileSync(join(dir, 'left.json'), json({ extends: './root.json', rules: { RUS002: 'error' } }));
    writeFileSync(join(dir, 'right.json'), json({ extends: './root.json', rules: { RUS007: 'off' } }));
    writeFileSync(join(dir, '.rus-survey.json'), json({ extends: ['./left.json', './right.json'] }));
    const loaded = loadConfigFile(join(dir, '.rus-survey.json'));
    expect(loaded.errors).toEqual([]);
    expect(loaded.config.rules).toEqual({ RUS009: 'off', RUS002: 'error', RUS007: 'off' });
  });

  it('a config file that is itself a FIFO is an error, not a hang', () => {
    const dir = tempDir();
    makeFifo(join(dir, '.rus-survey.json'));
    const loaded = loadConfigFile(join(dir, '.rus-survey.json'));
    expect(loaded.problem?.kind).toBe('not-regular');
    expect(loaded.errors.map((error) => error.message)).toEqual(['cannot read the config file: it is not a regular file (a FIFO)']);
  });
});

describe('ConfigResolver', () => {
  it('the nearest config applies; files and ignores globs are relative to its folder', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'enkater', 'arkiv'), { recursive: true });
    writeFileSync(join(dir, '.rus-survey.yaml'), 'files: ["enkater/*.md"]\nignores: ["enkater/arkiv/**"]\n');
    const resolver = new ConfigResolver();
    const resolved = resolver.resolveFor(join(dir, 'enkater', 'a.md'));
    expect(resolved.path).toBe(join(dir, '.rus-survey.yaml'));
    expect(resolver.matchesFiles(join(dir, 'enkater', 'a.md'), resolved)).toBe(true);
    expect(resolver.matchesFiles(join(dir, 'a.md'), resolved)).toBe(false);
    expect(resolver.isIgnored(join(dir, 'enkater', 'arkiv', 'b.md'), resolver.resolveFor(join(dir, 'enkater', 'arkiv', 'b.md')))).toBe(true);
    expect(resolver.knownFiles()).toEqual(new Set([join(dir, '.rus-survey.yaml')]));
  });

  it('an explicit config is used for every folder', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'strict.json'), json({ rules: { RUS002: 'error' } }));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', '.rus-survey.json'), json({ rules: { RUS002: 'off' } }));
    const resolver = new ConfigResolver(join(dir, 'strict.json'));
    expect(resolver.resolveFor(join(dir, 'sub', 'a.survey.md')).config.rules).toEqual({ RUS002: 'error' });
  });
});
