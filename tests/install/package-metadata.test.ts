// What every published package says about itself, and the built bins an editor or a shell starts directly.
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishablePackages } from './packages.js';

const packages = publishablePackages();

it('publishes the eight packages', () => {
  expect(packages.map(({ pkg }) => pkg.name).sort()).toEqual([
    '@rus-survey/cli',
    '@rus-survey/compare-ui',
    '@rus-survey/core',
    '@rus-survey/language-server',
    '@rus-survey/language-service',
    '@rus-survey/node',
    '@rus-survey/office',
    '@rus-survey/protocol',
  ]);
});

describe.each(packages.map(({ dir, pkg }) => [pkg.name, dir, pkg] as const))('%s', (_name, dir, pkg) => {
  it('has the metadata a registry page and `npm install` need', () => {
    expect(pkg.description?.length).toBeGreaterThan(20);
    expect(pkg.license).toBe('MIT');
    expect(pkg.repository).toEqual({ type: 'git', url: 'git+https://github.com/rus-survey/rus-survey.git', directory: dir.slice(dir.indexOf('packages/')) });
    expect(pkg.engines?.node).toBe('>=20');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toMatch(new RegExp(`^# ${pkg.name.replace('/', '\\/')}\\n`));
  });
});

it('gives the CLI and the language server their commands', () => {
  expect(Object.fromEntries(packages.filter(({ pkg }) => pkg.bin).map(({ pkg }) => [pkg.name, Object.keys(pkg.bin!)]))).toEqual({
    '@rus-survey/cli': ['rus-survey'],
    '@rus-survey/language-server': ['rus-survey-language-server'],
  });
});

describe.each(packages.filter(({ pkg }) => pkg.bin).map(({ dir, pkg }) => [pkg.name, dir, pkg] as const))('%s', (_name, dir, pkg) => {
  it('has bins that exist and are executable after a plain build', () => {
    for (const [command, path] of Object.entries(pkg.bin ?? {})) {
      const file = join(dir, path);
      expect(existsSync(file), `${command} → ${file}`).toBe(true);
      expect((statSync(file).mode & 0o777).toString(8), `${command} → ${file}`).toBe('755');
      accessSync(file, constants.X_OK);
      expect(readFileSync(file, 'utf8').startsWith('#!/usr/bin/env node\n'), `${command} starts with a hashbang`).toBe(true);
    }
  });
});
