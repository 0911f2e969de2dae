import type { SourceRange } from '../src/index.js';

const isRange = (value: unknown): value is SourceRange =>
  typeof value === 'object' && value !== null && 'start' in value && 'end' in value && typeof (value as SourceRange).start.offset === 'number';

/** Every `{ text, range }` span and every range in a model, with the path that leads to it. */
export function collectSpansAndRanges(model: unknown): { spans: { path: string; text: string; range: SourceRange }[]; ranges: { path: string; range: SourceRange }[] } {
  const spans: { path: string; text: string; range: SourceRange }[] = [];
  const ranges: { path: string; range: SourceRange }[] = [];
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${path}[${index}]`));
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    if (isRange(value)) {
      ranges.push({ path, range: value });
      return;
    }
    const record = value as Record<string, unknown>;
    // A TextSpan is exactly { text, range }; composite nodes (questions, answers) have a range that covers their spans.
    const keys = Object.keys(record);
    if (keys.length === 2 && typeof record['text'] === 'string' && isRange(record['range'])) {
      spans.push({ path, text: record['text'], range: record['range'] });
    }
    for (const [key, child] of Object.entries(record)) visit(child, `${path}.${key}`);
  };
  visit(model, '$');
  return { spans, ranges };
}
