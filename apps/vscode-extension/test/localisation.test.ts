// Every string the extension shows is translated: runtime strings (every `t(…)`, see src/translate.ts) in
// l10n/bundle.l10n.sv.json, and the manifest's %keys% in both package.nls files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const sourceFiles = (dir: string): string[] =>
  readdirSync(join(root, dir)).flatMap((name) => (statSync(join(root, dir, name)).isDirectory() ? sourceFiles(join(dir, name)) : name.endsWith('.ts') ? [join(dir, name)] : []));

describe('localisation', () => {
  it('has a Swedish translation for every runtime string, and no stale ones', () => {
    const used = new Set<string>();
    for (const file of sourceFiles('src')) {
      for (const match of read(file).matchAll(/\b(?:l10n\.t|t)\((['"])((?:(?!\1).)+)\1/g)) used.add(match[2]!);
    }
    const swedish = JSON.parse(read('l10n/bundle.l10n.sv.json')) as Record<string, string>;
    expect([...used].filter((message) => !(message in swedish))).toEqual([]);
    expect(Object.keys(swedish).filter((message) => !used.has(message))).toEqual([]);
  });

  it('has English and Swedish for every %key% in package.json', () => {
    const keys = [...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]!);
    const english = JSON.parse(read('package.nls.json')) as Record<string, string>;
    const swedish = JSON.parse(read('package.nls.sv.json')) as Record<string, string>;
    expect(keys.filter((key) => !english[key])).toEqual([]);
    expect(keys.filter((key) => !swedish[key])).toEqual([]);
    expect(Object.keys(swedish).sort()).toEqual(Object.keys(english).sort());
  });
});
