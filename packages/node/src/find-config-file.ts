import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAMES } from '@rus-survey/core';

function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The config file in `folder` itself (first of CONFIG_FILE_NAMES that is a regular file), if any. */
export function configFileIn(folder: string): string | undefined {
  return CONFIG_FILE_NAMES.map((name) => join(folder, name)).find(isRegularFile);
}

/** The nearest config file in `folder` or a parent. */
export function findConfigFile(folder: string): string | undefined {
  let current = resolve(folder);
  for (;;) {
    const found = configFileIn(current);
    if (found) return found;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}
