// The publishable packages as `pnpm pack` makes them, and what a user gets from `npm install --global` of them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(here, '../..');
export const EXAMPLE = join(REPO, 'examples/rus-natverket-2018.survey.md');

export interface PackageJson {
  name: string;
  version: string;
  private?: boolean;
  description?: string;
  license?: string;
  repository?: { type: string; url: string; directory: string };
  engines?: { node?: string };
  bin?: Record<string, string>;
  files?: string[];
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/** Every package under packages/ that is not private: the ones a release publishes. */
export function publishablePackages(): { dir: string; pkg: PackageJson }[] {
  return readdirSync(join(REPO, 'packages'))
    .map((name) => join(REPO, 'packages', name))
    .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson }))
    .filter(({ pkg }) => pkg.private !== true);
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** `pnpm pack` of one package into `destination`; returns the tarball's path. */
export function pack(packageDir: string, destination: string): string {
  const before = new Set(readdirSync(destination));
  execFileSync('pnpm', ['pack', '--pack-destination', destination], { cwd: packageDir, stdio: 'pipe', timeout: 120_000 });
  const created = readdirSync(destination).filter((name) => name.endsWith('.tgz') && !before.has(name));
  if (created.length !== 1) throw new Error(`pnpm pack in ${packageDir} made ${created.length} tarballs`);
  return join(destination, created[0]!);
}

export interface TarEntry {
  path: string;
  mode: string;
}

/** The entries of a tarball, as the system's tar lists them (`-rwxr-xr-x 0/0 123 date time package/…`). */
export function tarEntries(tarball: string): TarEntry[] {
  return execFileSync('tar', ['-tvzf', tarball], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const fields = line.trim().split(/\s+/);
      return { mode: fields[0]!, path: fields.at(-1)! };
    });
}

/** One file of a tarball (e.g. `package/package.json`) as text. */
export function tarFile(tarball: string, path: string): string {
  return execFileSync('tar', ['-xzOf', tarball, path], { encoding: 'utf8' });
}
