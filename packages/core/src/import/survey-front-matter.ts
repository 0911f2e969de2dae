import type { ImportOptions } from './import-options.js';
import { dateInTitle } from './survey-heading-text.js';

/** The front matter an import writes: the survey flag, the date a title names, and a roster when one was given. */
export function importedFrontMatter(title: string | null, options: ImportOptions): Record<string, unknown> {
  const date = title ? dateInTitle(title) : null;
  return {
    'rus-survey': true,
    ...(date ? { date } : {}),
    ...(options.roster && options.roster.length > 0 ? { organisations: [...options.roster] } : {}),
  };
}
