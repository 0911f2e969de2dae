/**
 * The nesting guard's copy of a text: the same length, some ranges overwritten. A hostile file has hundreds of
 * thousands of them (each `>` past the cap, each `![` past the cap), so the ranges are kept in flat arrays, joined
 * when they touch, and a copy with many of them is written as code units, not cut and joined as strings.
 */

/** Ranges added in order of their starts; one that touches or overlaps the last is joined to it. */
export class OrderedRanges {
  readonly starts: number[] = [];
  readonly ends: number[] = [];

  add(start: number, end: number): void {
    const last = this.ends.length - 1;
    if (last >= 0 && start <= this.ends[last]!) {
      if (end > this.ends[last]!) this.ends[last] = end;
      return;
    }
    this.starts.push(start);
    this.ends.push(end);
  }

  get size(): number {
    return this.starts.length;
  }
}

// String.fromCharCode takes its code units as arguments: a chunk stays far below any engine's argument limit.
const CHUNK = 8192;
/** With more than one range in this many code units the copy is written as code units, not cut and joined. */
const DENSE = 64;

/** `text` with every range of every list (each in order) replaced by the code unit `filler`. */
export function blankedCopy(text: string, lists: readonly OrderedRanges[], filler: number): string {
  let total = 0;
  for (const list of lists) total += list.size;
  if (total === 0) return text;
  if (total > 4096 && total * DENSE > text.length) {
    const codes = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
    for (const list of lists) for (let k = 0; k < list.size; k++) codes.fill(filler, list.starts[k]!, list.ends[k]!);
    let copy = '';
    for (let i = 0; i < codes.length; i += CHUNK) copy += String.fromCharCode(...codes.subarray(i, i + CHUNK));
    return copy;
  }
  // Merged in order of their starts: ranges of different lists may overlap.
  const at = lists.map(() => 0);
  const fillers = new Map<number, string>();
  const pieces: string[] = [];
  let copied = 0;
  for (;;) {
    let next = -1;
    for (let n = 0; n < lists.length; n++) {
      if (at[n]! < lists[n]!.size && (next === -1 || lists[n]!.starts[at[n]!]! < lists[next]!.starts[at[next]!]!)) next = n;
    }
    if (next === -1) break;
    const list = lists[next]!;
    const start = Math.max(list.starts[at[next]!]!, copied);
    const end = list.ends[at[next]!]!;
    at[next]!++;
    if (end <= start) continue;
    let blank = fillers.get(end - start);
    if (blank === undefined) fillers.set(end - start, (blank = String.fromCharCode(filler).repeat(end - start)));
    pieces.push(text.slice(copied, start), blank);
    copied = end;
  }
  pieces.push(text.slice(copied));
  return pieces.join('');
}
