import type { Survey } from '../schema/survey.js';

const MONTHS: Record<string, number> = {
  januari: 1, january: 1, jan: 1, februari: 2, february: 2, feb: 2, mars: 3, march: 3, mar: 3, april: 4, apr: 4,
  maj: 5, may: 5, juni: 6, june: 6, jun: 6, juli: 7, july: 7, jul: 7, augusti: 8, august: 8, aug: 8,
  september: 9, sep: 9, sept: 9, oktober: 10, october: 10, okt: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};

const pad = (month: number): string => String(month).padStart(2, '0');

/**
 * The round a date in free text names, as `YYYY-MM` or `YYYY`: an ISO date ("2018-04-24"), a day or month with a
 * year in Swedish or English ("24 april 2018", "April 2018"), or a year alone ("RUS-enkät 2019").
 */
export function roundFromText(text: string): string | null {
  const iso = /\b((?:19|20)\d\d)-(0[1-9]|1[0-2])(?:-\d\d)?\b/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}`;
  for (const match of text.toLocaleLowerCase('sv').matchAll(/(\p{L}+)\.?\s+((?:19|20)\d\d)\b/gu)) {
    const month = MONTHS[match[1]!];
    if (month !== undefined) return `${match[2]}-${pad(month)}`;
  }
  const year = /\b((?:19|20)\d\d)\b/.exec(text);
  return year ? year[1]! : null;
}

export interface RoundLabel {
  label: string;
  source: 'front-matter' | 'date' | 'order';
}

/** Which round a survey file is: its front matter's `round`, else a date in its title or front matter, else its place. */
export function roundLabel(survey: Survey, position: number): RoundLabel {
  const data = survey.frontMatter?.data ?? {};
  const declared = data['round'];
  if (typeof declared === 'string' || typeof declared === 'number') {
    const label = String(declared).trim();
    if (label) return { label, source: 'front-matter' };
  }
  const dated = (survey.title ? roundFromText(survey.title) : null) ?? (survey.date ? roundFromText(survey.date) : null);
  if (dated) return { label: dated, source: 'date' };
  return { label: `round ${position + 1}`, source: 'order' };
}
