/** The config file names, in the order they are looked for in one folder. */
export const CONFIG_FILE_NAMES = ['.rus-survey.json', '.rus-survey.jsonc', '.rus-survey.yaml', '.rus-survey.yml'] as const;

export type ConfigFormat = 'json' | 'jsonc' | 'yaml';

export function configFormatOf(filename: string): ConfigFormat {
  if (/\.ya?ml$/i.test(filename)) return 'yaml';
  if (/\.jsonc$/i.test(filename)) return 'jsonc';
  return 'json';
}

export function isConfigFileName(filename: string): boolean {
  const base = filename.split(/[\\/]/).pop() ?? filename;
  return (CONFIG_FILE_NAMES as readonly string[]).includes(base);
}
