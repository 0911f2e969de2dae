import { appendAll } from '../collections/append-all.js';

export interface KeptFixes<T> {
  kept: T[];
  /** Each fix that `keeps` rejected on top of the ones kept before it. */
  dropped: T[];
}

/**
 * Which fixes of a batch that `keeps` rejects as a whole can go together: what adding them one at a time in
 * order, dropping each that `keeps` rejects on top of those kept so far, would choose — found by bisection,
 * so a dropped fix costs about log2(n) + 1 checks instead of every fix costing one. The two agree when a
 * rejected run stays rejected as fixes are added to it (no later fix repairs what an earlier one broke);
 * when it does not, bisection may keep fewer, but what it keeps has always passed `keeps` as a whole.
 */
export function keptFixes<T>(fixes: readonly T[], keeps: (fixes: readonly T[]) => boolean): KeptFixes<T> {
  const kept: T[] = [];
  const dropped: T[] = [];
  let rest = fixes;
  while (rest.length > 0) {
    // `kept` passes (nothing, or checked), `kept` + all of `rest` does not: the shortest failing run of `rest`
    // ends with the fix to drop.
    let passing = 0;
    let failing = rest.length;
    while (failing - passing > 1) {
      const middle = (passing + failing) >> 1;
      if (keeps([...kept, ...rest.slice(0, middle)])) passing = middle;
      else failing = middle;
    }
    appendAll(kept, rest.slice(0, failing - 1));
    dropped.push(rest[failing - 1]!);
    rest = rest.slice(failing);
    if (rest.length > 0 && keeps([...kept, ...rest])) {
      appendAll(kept, rest);
      break;
    }
  }
  return { kept, dropped };
}
