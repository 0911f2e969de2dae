import type { TableRow } from 'mdast';
import { createLineIndex } from '../parse/line-index.js';
import { mayHaveDefinitions } from '../parse/link-definitions.js';
import { guardNesting } from '../parse/nesting-guard.js';
import type { ParseContext } from '../parse/parse-context.js';
import type { ResolvedParseOptions } from '../parse/parse-options.js';
import { delimiterAlign, plainTableRow } from '../parse/plain-blocks.js';
import { answerOfRow, readAnswerRow } from '../parse/table-form.js';
import { parseTableRows } from '../parse/table-rows.js';
import type { SourcePosition } from '../schema/source-range.js';
import type { Answer, Question } from '../schema/survey.js';
import { detached, type ParsedBlock } from './parsed-block.js';
import { collectPositions, movePositions, type MovablePositions } from './position-shift.js';

const isLineBreak = (code: number): boolean => code === 10 || code === 13;

/** Compared natively a chunk at a time before character by character: a block is tens of kilobytes. */
const CHUNK = 512;

/** The length of what `a` and `b` start with alike. */
function commonStart(a: string, b: string): number {
  const shortest = Math.min(a.length, b.length);
  let at = 0;
  while (at + CHUNK <= shortest && a.startsWith(b.slice(at, at + CHUNK), at)) at += CHUNK;
  while (at < shortest && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

/** The length of what `a` and `b` end with alike, at most `limit`. */
function commonEnd(a: string, b: string, limit: number): number {
  let tail = 0;
  while (tail + CHUNK <= limit && a.endsWith(b.slice(b.length - tail - CHUNK, b.length - tail), a.length - tail)) tail += CHUNK;
  while (tail < limit && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++;
  return tail;
}

/** `|` not escaped by a `\` before it: the row's cell boundaries. */
function unescapedPipes(line: string): number {
  let count = 0;
  for (let i = line.indexOf('|'); i !== -1; i = line.indexOf('|', i + 1)) if (line.charCodeAt(i - 1) !== 92) count++;
  return count;
}

/** The answer (of `answers`, in document order) whose row starts at `offset`, or undefined. */
function answerAt(answers: readonly Answer[], offset: number): Answer | undefined {
  let low = 0;
  let high = answers.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = answers[mid]!.range.start.offset;
    if (start === offset) return answers[mid];
    if (start < offset) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
}

/** Line `index` of a block (0 is its heading line): its start and end (without the line break), relative to the block. */
function lineOf(block: ParsedBlock, text: string, index: number): { start: number; end: number } {
  const start = index === 0 ? 0 : block.lineStarts[index - 1]!;
  let end = block.lineStarts[index] ?? text.length;
  while (end > start && isLineBreak(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/**
 * The row `line` read as a body row of the table whose header and delimiter lines are given, standing on line 1
 * of a text of its own (`ctx`), or null when micromark would not read it as one row of that table.
 */
function readRow(line: string, header: string, delimiter: string, options: ResolvedParseOptions): { ctx: ParseContext; row: TableRow; rowStart: number; rowLine: number } | null {
  const plain = plainTableRow(line);
  if (plain) return { ctx: { text: line, lines: createLineIndex(line), options }, row: plain, rowStart: 0, rowLine: 1 };
  // Inline markup: micromark reads the row under the table's header and delimiter, as `findPlainBlocks` does.
  const text = `${header}\n${delimiter}\n${line}`;
  const rowStart = header.length + delimiter.length + 2;
  const parsed = parseTableRows(
    text,
    { start: 0, end: header.length, line: 1 },
    { start: header.length + 1, end: rowStart - 1, line: 2 },
    [{ start: rowStart, end: text.length, line: 3 }],
    delimiterAlign(delimiter.trimEnd()),
  );
  if (!parsed) return null;
  return { ctx: { text, lines: createLineIndex(text), options }, row: parsed.rows[0]!, rowStart, rowLine: 3 };
}

/**
 * A question block after an edit inside one of its answer rows, without parsing the block again: when the edit
 * stays inside one body row of an answer table (no line break added or removed), the row opens with `|` before
 * and after it, keeps its number of unescaped `|`, named its organisation before and still does, and the nesting
 * guard finds nothing in it. A table row is read from its own line alone and a line opening with `|` opens no
 * other construct, so the block's mdast is the old one with that row read again: the question's model is the
 * old one with that row's answer built again and the positions after the edit moved. Null when any of this does
 * not hold (the caller parses the whole block).
 *
 * `old` stands where its positions do (`old.at`), `oldText` and `text` are the block's text before and after. The
 * new block shares the old one's unchanged objects and moves their positions in place, so `old` must not be
 * used again.
 */
export function reparseRow(old: ParsedBlock, oldText: string, text: string, options: ResolvedParseOptions): ParsedBlock | null {
  const question = old.question?.model;
  if (!question) return null;
  // The edit: what lies between the texts' common start and common end.
  const from = commonStart(oldText, text);
  const tail = commonEnd(oldText, text, Math.min(oldText.length, text.length) - from);
  const oldTo = oldText.length - tail;
  const delta = text.length - oldText.length;
  for (let i = from; i < text.length - tail; i++) if (isLineBreak(text.charCodeAt(i))) return null;

  // The edited line, inside its content (so no line break is joined or split).
  let index = 0;
  while (index < old.lineStarts.length && old.lineStarts[index]! <= from) index++;
  if (index < 2) return null;
  const before = lineOf(old, oldText, index);
  if (oldTo > before.end) return null;
  const oldLine = oldText.slice(before.start, before.end);
  const line = detached(text.slice(before.start, before.end + delta));
  if (oldLine.charCodeAt(0) !== 124 || line.charCodeAt(0) !== 124 || unescapedPipes(oldLine) !== unescapedPipes(line)) return null;

  // The old row's own answer, with no continuation row joined to it.
  const base = old.at;
  const answer = answerAt(question.answers, base.offset + before.start);
  if (!answer || answer.form !== 'table' || answer.continuationRows.length > 0 || answer.range.start.line !== base.line + index + 1) return null;
  const table = question.tables.find((candidate) => candidate.range.start.offset < answer.range.start.offset && answer.range.end.offset <= candidate.range.end.offset);
  if (!table) return null;
  const headerIndex = table.headerRow.start.line - base.line - 1;
  if (headerIndex < 1 || headerIndex + 2 > index) return null;
  if (guardNesting(line).problems.length > 0) return null;
  const header = lineOf(old, oldText, headerIndex);
  const delimiter = lineOf(old, oldText, headerIndex + 1);
  const read = readRow(line, oldText.slice(header.start, header.end), oldText.slice(delimiter.start, delimiter.end), options);
  if (!read) return null;
  const reading = readAnswerRow(read.ctx, read.row);
  if (reading.junk || reading.organisation.text === '') return null;
  const fresh = answerOfRow(read.ctx, read.row, reading);

  // The old answer's positions leave the block's; nothing else may stand inside the edited row before the edit.
  const replaced = collectPositions(answer, { points: [], offsetHolders: [] });
  const gone = new Set<object>(replaced.points);
  const rowStart = base.offset + before.start;
  const editEnd = base.offset + oldTo;
  const rowLine = base.line + index + 1;
  const points: SourcePosition[] = [];
  for (const point of old.positions.points) {
    if (gone.has(point)) continue;
    if (point.offset > rowStart && point.offset < editEnd) return null;
    points.push(point);
  }
  for (const point of points) {
    if (point.offset < editEnd) continue;
    point.offset += delta;
    if (point.line === rowLine) point.column += delta;
  }
  const added = collectPositions(fresh, { points: [], offsetHolders: [] });
  movePositions(added, rowStart - read.rowStart, rowLine - read.rowLine);
  for (const point of added.points) points.push(point);

  const model: Question = {
    ...question,
    answers: question.answers.map((candidate) => (candidate === answer ? fresh : candidate)),
    insertionOffset: question.insertionOffset >= editEnd ? question.insertionOffset + delta : question.insertionOffset,
  };
  const offsetHolders: MovablePositions['offsetHolders'] = [];
  for (const holder of old.positions.offsetHolders) {
    if (holder === question) continue;
    if (holder.insertionOffset >= editEnd) holder.insertionOffset += delta;
    offsetHolders.push(holder);
  }
  offsetHolders.push(model);
  return {
    ...old,
    mayDefine: mayHaveDefinitions(text),
    lineStarts: old.lineStarts.map((start) => (start > from ? start + delta : start)),
    question: { model, directives: old.question!.directives },
    at: { offset: base.offset, line: base.line },
    positions: { points, offsetHolders },
    rules: new Map(),
    rulesKey: '',
  };
}
