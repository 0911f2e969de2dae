import type { ImportOptions, PartRange } from '@rus-survey/core';
import { ROSTER_PRESET_ORGANISATIONS } from '@rus-survey/core';
import { CliError } from '../errors.js';
import { t, type Locale } from '../i18n.js';

/** `--part "Del ett: RUSen som styrinstrument"=1-4` (or `=5` for one question). */
export function parsePartFlag(value: string, locale: Locale): PartRange {
  const match = /^(.+)=\s*(\d+)\s*(?:[-–]\s*(\d+))?\s*$/s.exec(value);
  const title = match?.[1]?.trim().replace(/^"(.*)"$/s, '$1');
  if (!match || !title) throw new CliError(t(locale, 'badPart', { value }));
  const from = Number(match[2]);
  const to = match[3] === undefined ? from : Number(match[3]);
  if (to < from) throw new CliError(t(locale, 'badPart', { value }));
  return { title, from, to };
}

/** `--roster sweden-regions` (a preset), or names separated by commas; presets and names may be mixed. */
export function parseRosterFlag(value: string): NonNullable<ImportOptions['roster']> {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => (item in ROSTER_PRESET_ORGANISATIONS ? { preset: item } : item));
}
