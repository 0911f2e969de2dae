import { lastAtOrBefore } from '../collections/last-at-or-before.js';
import { blockStarts, frontMatterEnd } from './block-scan.js';
import type { ParsedBlock } from './parsed-block.js';

/** One replacement of a text: `[start, end)` by `newText`. */
export interface TextChange {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/**
 * The blocks (`blockStarts`) of a text after one change, found from the original's block starts and the
 * changed stretch alone: the blocks before the change keep their starts, the blocks after it move by the
 * change in length, and only a window around the change is scanned again. Edited blocks `[from, to)`
 * replace original blocks `[from, originalTo)`; the others are the original's, unchanged.
 */
export interface EditWindow {
  /** Blocks of the edited text. */
  readonly count: number;
  readonly from: number;
  readonly to: number;
  readonly originalTo: number;
  /** The edited text's length minus the original's. */
  readonly delta: number;
  /** Where edited block `index` starts (`index` = `count`: the edited text's length). */
  start(index: number): number;
  /** The original index of an edited block outside `[from, to)`. */
  originalIndex(index: number): number;
  /** `[start, end)` of the edited text, without building the rest of it. */
  slice(start: number, end: number): string;
}

/** The last block that starts at or before `offset`. */
export function blockIndexAt(starts: readonly number[], offset: number): number {
  return lastAtOrBefore(starts, offset);
}

/** An opening `---` line at the top: with no closing one, a later `---` line may close it (front matter). */
const OPENING_FENCE = /^\uFEFF?---[ \t]*(?:\r\n|\r|\n)/;

/** Front matter opened at the top and not closed: any `---` line an edit adds anywhere could close it. */
export const hasOpenFrontMatter = (text: string): boolean => OPENING_FENCE.test(text) && frontMatterEnd(text) === 0;

/**
 * The text after `change`, by blocks, given the original's block starts (`blockStarts(text)`), or null when the
 * window cannot tell: the original's front matter is open, or the change leaves a front matter open that a
 * `---` line past the window could close. `blockStarts` decides a heading line from the character before it
 * and at most four of its own (`###` and a space), so the window starts a block before the one the change
 * starts in when the change reaches into that block's first four characters, and ends at the first block
 * start past the change, whose line start is then unchanged.
 */
export function editWindow(text: string, starts: readonly number[], change: TextChange): EditWindow | null {
  if (hasOpenFrontMatter(text)) return null;
  const { start: changeStart, end: changeEnd, newText } = change;
  const n = starts.length;
  let first = blockIndexAt(starts, changeStart);
  if (first > 0 && changeStart < starts[first]! + 4) first--;
  const last = blockIndexAt(starts, changeEnd);
  const windowStart = starts[first]!;
  const windowEnd = starts[last + 1] ?? text.length;
  const windowText = text.slice(windowStart, changeStart) + newText + text.slice(changeEnd, windowEnd);
  // An empty first block would be followed by a heading at offset 0, which `blockStarts` leaves in the first block.
  if (windowText === '' && windowEnd < text.length) return null;
  if (first === 0 && windowEnd < text.length && hasOpenFrontMatter(windowText)) return null;
  const delta = newText.length - (changeEnd - changeStart);
  const local = blockStarts(windowText);
  const k = local.length;
  const count = n - (last - first + 1) + k;
  const start = (index: number): number => {
    if (index < first) return starts[index]!;
    if (index < first + k) return windowStart + local[index - first]!;
    if (index >= count) return text.length + delta;
    return starts[index - first - k + last + 1]! + delta;
  };
  const originalStart = (index: number): number => starts[index] ?? text.length;

  // Blocks of the window that the change did not reach, and that start and end where an original block does.
  let lead = 0;
  while (lead < k && first + lead <= last && start(first + lead + 1) <= changeStart && start(first + lead + 1) === originalStart(first + lead + 1)) lead++;
  const changedEnd = changeStart + newText.length;
  let trail = 0;
  while (trail < k - lead && last - trail >= first + lead) {
    const index = first + k - 1 - trail;
    const original = last - trail;
    if (start(index) < changedEnd || start(index) - delta !== originalStart(original) || start(index + 1) - delta !== originalStart(original + 1)) break;
    // The first block is parsed as the first (front matter): it stands for no other.
    if ((index === 0) !== (original === 0)) break;
    trail++;
  }
  const from = first + lead;
  const to = first + k - trail;
  const originalTo = last + 1 - trail;
  const windowLength = windowText.length;
  return {
    count,
    from,
    to,
    originalTo,
    delta,
    start,
    originalIndex: (index) => (index < from ? index : index - to + originalTo),
    slice(sliceStart, sliceEnd) {
      let out = '';
      if (sliceStart < windowStart) out += text.slice(sliceStart, Math.min(sliceEnd, windowStart));
      if (sliceEnd > windowStart && sliceStart < windowStart + windowLength) {
        out += windowText.slice(Math.max(sliceStart, windowStart) - windowStart, Math.min(sliceEnd, windowStart + windowLength) - windowStart);
      }
      if (sliceEnd > windowStart + windowLength) out += text.slice(Math.max(sliceStart, windowStart + windowLength) - delta, sliceEnd - delta);
      return out;
    },
  };
}

/**
 * Whether the nesting guard reads the end of `before` and the start of `after` (adjacent blocks) as one group of
 * lines (`ParsedBlock.closesGuardGroup`, `opensWithRow`): then neither block's guarded text is its own.
 */
export const joinsGuardGroup = (before: ParsedBlock, after: ParsedBlock): boolean => !before.closesGuardGroup && !after.opensWithRow;
