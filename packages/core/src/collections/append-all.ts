// `array.push(...items)` passes every item as an argument, and past about 100,000 of them (a hostile table's
// rows, an answer's words, a file's paragraphs) that overflows the call stack. Where the count comes from the
// input, add items with these.

/** Adds `items` to the end of `target`. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** Adds `items` to the start of `target`, in their order. */
export function prependAll<T>(target: T[], items: readonly T[]): T[] {
  if (items.length === 0) return target;
  const rest = target.splice(0);
  appendAll(target, items);
  return appendAll(target, rest);
}
