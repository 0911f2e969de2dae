import type { Diagnostic, Fix, TextEdit } from '../schema/diagnostic.js';

const startOf = (edit: TextEdit): number => edit.range.start.offset;
const endOf = (edit: TextEdit): number => edit.range.end.offset;

/** Two edits conflict when they touch the same characters, or one inserts inside what the other replaces. */
function conflicts(a: TextEdit, b: TextEdit): boolean {
  if (Math.max(startOf(a), startOf(b)) < Math.min(endOf(a), endOf(b))) return true;
  const insideOf = (point: TextEdit, span: TextEdit): boolean =>
    startOf(point) === endOf(point) && startOf(span) < startOf(point) && startOf(point) < endOf(span);
  return insideOf(a, b) || insideOf(b, a);
}

const sameFix = (a: Fix, b: Fix): boolean =>
  a.edits.length === b.edits.length &&
  a.edits.every((edit, i) => startOf(edit) === startOf(b.edits[i]!) && endOf(edit) === endOf(b.edits[i]!) && edit.newText === b.edits[i]!.newText);

export interface ApplyFixesResult {
  text: string;
  /** Fixes applied, in document order. */
  applied: Fix[];
  /** Fixes left out because they overlapped one already taken; a next pass can apply them. */
  skipped: Fix[];
}

/**
 * Applies the diagnostics' fixes in one pass. A fix is all or nothing; one that overlaps an earlier
 * fix waits for the next pass; identical fixes (one fix shared by several findings) apply once.
 */
export function applyFixesDetailed(text: string, diagnostics: readonly Pick<Diagnostic, 'fix'>[]): ApplyFixesResult {
  const fixes = diagnostics.flatMap((diagnostic) => (diagnostic.fix ? [diagnostic.fix] : []));
  const ordered = fixes
    .map((fix, index) => ({ fix, index, start: fix.edits.reduce((min, edit) => Math.min(min, startOf(edit)), Infinity) }))
    .sort((a, b) => a.start - b.start || a.index - b.index);
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  const taken: { edit: TextEdit; order: number }[] = [];
  for (const { fix } of ordered) {
    if (applied.some((other) => sameFix(other, fix))) continue;
    const valid = fix.edits.every((edit) => startOf(edit) <= endOf(edit) && endOf(edit) <= text.length);
    if (!valid || fix.edits.some((edit) => taken.some(({ edit: other }) => conflicts(edit, other)))) {
      skipped.push(fix);
      continue;
    }
    applied.push(fix);
    for (const edit of fix.edits) taken.push({ edit, order: taken.length });
  }
  // From the end backwards, so earlier offsets stay valid; at one offset, the first-taken insertion ends up first.
  taken.sort((a, b) => startOf(b.edit) - startOf(a.edit) || endOf(b.edit) - endOf(a.edit) || b.order - a.order);
  let result = text;
  for (const { edit } of taken) result = result.slice(0, startOf(edit)) + edit.newText + result.slice(endOf(edit));
  return { text: result, applied, skipped };
}

/** The text with the diagnostics' fixes applied (one pass; see `fixSurvey` for all passes). */
export function applyFixes(text: string, diagnostics: readonly Pick<Diagnostic, 'fix'>[]): string {
  return applyFixesDetailed(text, diagnostics).text;
}
