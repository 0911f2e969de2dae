// Random edits of a survey's text for the incremental linter's equivalence test: characters (Markdown's own
// among them), fragments that open or close constructs spanning lines, rows, question blocks, front matter.
import fc from 'fast-check';

/** Characters that change Markdown's reading of a line, and plain ones. */
const CHARACTERS = ['a', 'å', ' ', '|', '\\', '#', '\n', '\r\n', '\r', '-', '=', '`', '~', '<', '>', '*', '_', '[', ']', ':', '!', '&', '.', '1', '\t'];

/** Fragments that open or close constructs spanning lines or blocks. */
const FRAGMENTS = [
  '```\n', '~~~\n', '<!--\n', '-->\n', '<div>\n', '</div>\n', '<p>', '<br>', '[x]: /y\n', '[^1]: note\n', '[x][]',
  '---\n', '===\n', '> quote\n', '- item\n', '    indented\n', '### 9. Ny fråga\n', '## Del tre\n', '# Titel\n', '#### Region Skåne\n',
  '<!-- rus-survey-disable RUS002 -->\n', '<!-- rus-survey-enable -->\n', '<!-- rus-survey-disable-next-line -->\n',
  '| Region Gotland | Svar här. |\n', '| | fortsättning |\n', '| Organisation | Svar |\n| --- | --- |\n',
];

/**
 * What an edit inside a table row inserts: text that keeps the row's cells (plain, or inline markup), and text
 * that does not (a `|`, a line break, a marker that makes the line something else when it opens it).
 */
export const ROW_INSERTS = [
  'a', 'å', ' ', 'ny text', '.', '-', '1', '\t', '*', '**fet**', '_', '`kod`', '<b>', '<br>', '<!-- x -->', '[x]', '![b](c)', '&amp;', 'www.x.se', '\\|',
  '~~', '*'.repeat(70), '[', ']', '|', ' | ', '||', '\\', '\n', '\r\n', '\r', '#', '> ', '- ', '    ', '```',
];

/**
 * Lines past the nesting guard's limits only together: 130 inline markers (its limit is 256 per group of
 * lines), and a line nested 40 containers deep (limit 32).
 */
const NESTING = ['*a* '.repeat(65).trimEnd() + '\n', '*a* '.repeat(65).trimEnd(), `${'> '.repeat(40)}djupt\n`];

export type Edit =
  | { kind: 'character'; at: number; remove: number; insert: string }
  /** Inside one line opening with `|` (a table row, the header or the delimiter row): `at` and `remove` stay within the line. */
  | { kind: 'in-row'; row: number; at: number; remove: number; insert: string }
  | { kind: 'fragment'; line: number; insert: string }
  | { kind: 'row'; line: number; action: 'duplicate' | 'delete' }
  | { kind: 'block'; line: number; action: 'duplicate' | 'delete' }
  | { kind: 'front-matter'; insert: string }
  /** Text right before a block's heading line (the end of the block above) or right after it. */
  | { kind: 'boundary'; block: number; after: boolean; insert: string }
  /** A block (its heading up to the next) cut and put back before another block's heading. */
  | { kind: 'move'; block: number; to: number }
  /** Every line break made CR, CRLF or LF. */
  | { kind: 'line-breaks'; to: '\r' | '\r\n' | '\n' };

export const inRowEditArbitrary: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constant('in-row' as const),
  row: fc.nat(),
  at: fc.nat(),
  remove: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.nat({ max: 3 }) }, { weight: 1, arbitrary: fc.nat({ max: 60 }) }),
  insert: fc.oneof({ weight: 1, arbitrary: fc.constant('') }, { weight: 2, arbitrary: fc.constantFrom('a', 'å', ' ', '.') }, { weight: 4, arbitrary: fc.constantFrom(...ROW_INSERTS) }),
});

export const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 3, arbitrary: inRowEditArbitrary },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('character' as const), at: fc.nat(), remove: fc.nat({ max: 3 }), insert: fc.oneof(fc.constant(''), fc.constantFrom(...CHARACTERS)) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('fragment' as const), line: fc.nat(), insert: fc.constantFrom(...FRAGMENTS, ...NESTING) }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('boundary' as const), block: fc.nat(), after: fc.boolean(), insert: fc.constantFrom(...CHARACTERS, ...FRAGMENTS, ...NESTING) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('move' as const), block: fc.nat(), to: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('line-breaks' as const), to: fc.constantFrom('\r' as const, '\r\n' as const, '\n' as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('row' as const), line: fc.nat(), action: fc.constantFrom('duplicate' as const, 'delete' as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('block' as const), line: fc.nat(), action: fc.constantFrom('duplicate' as const, 'delete' as const) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('front-matter' as const),
      insert: fc.constantFrom('organisations:\n  - Region Skåne\n  - Region Gotland\n', 'confidentiality: false\n', 'title: Annan titel\n', 'organisations: [\n', '# kommentar\n', '---\n'),
    }),
  },
);

const lineStarts = (text: string): number[] => [0, ...[...text.matchAll(/\r\n|\r|\n/g)].map((match) => match.index + match[0].length)];

/** Applies an edit; offsets and line numbers wrap around the text, so every drawn value lands somewhere. */
export function applyEdit(text: string, edit: Edit): string {
  const starts = lineStarts(text);
  const lineAt = (n: number): number => starts[n % starts.length]!;
  const lineEnd = (start: number): number => {
    const next = starts.find((s) => s > start);
    return next ?? text.length;
  };
  switch (edit.kind) {
    case 'character': {
      const at = edit.at % (text.length + 1);
      return text.slice(0, at) + edit.insert + text.slice(Math.min(text.length, at + edit.remove));
    }
    case 'in-row': {
      const rows = starts.filter((start) => text[start] === '|');
      if (rows.length === 0) return text;
      const start = rows[edit.row % rows.length]!;
      let end = lineEnd(start);
      while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
      const at = start + (edit.at % (end - start + 1));
      return text.slice(0, at) + edit.insert + text.slice(Math.min(end, at + edit.remove));
    }
    case 'fragment': {
      const at = lineAt(edit.line);
      return text.slice(0, at) + edit.insert + text.slice(at);
    }
    case 'row': {
      const rows = starts.filter((start) => text[start] === '|');
      if (rows.length === 0) return text;
      const start = rows[edit.line % rows.length]!;
      const end = lineEnd(start);
      return edit.action === 'duplicate' ? text.slice(0, end) + text.slice(start, end) + text.slice(end) : text.slice(0, start) + text.slice(end);
    }
    case 'block': {
      const headings = starts.filter((start) => /^###? /.test(text.slice(start, start + 4)));
      if (headings.length === 0) return text;
      const index = edit.line % headings.length;
      const start = headings[index]!;
      const end = headings[index + 1] ?? text.length;
      return edit.action === 'duplicate' ? text.slice(0, end) + text.slice(start, end) + text.slice(end) : text.slice(0, start) + text.slice(end);
    }
    case 'boundary': {
      const headings = starts.filter((start) => /^#{1,3}[ \t]/.test(text.slice(start, start + 4)));
      if (headings.length === 0) return text;
      const start = headings[edit.block % headings.length]!;
      const at = edit.after ? lineEnd(start) : start;
      return text.slice(0, at) + edit.insert + text.slice(at);
    }
    case 'move': {
      const headings = starts.filter((start) => /^#{1,3}[ \t]/.test(text.slice(start, start + 4)));
      if (headings.length < 2) return text;
      const index = edit.block % headings.length;
      const start = headings[index]!;
      const end = headings[index + 1] ?? text.length;
      const block = text.slice(start, end);
      const rest = text.slice(0, start) + text.slice(end);
      const targets = headings.filter((heading) => heading !== start).map((heading) => (heading > start ? heading - block.length : heading));
      const at = targets[edit.to % targets.length]!;
      // A block cut from the end may not end with a line break; it gets one so it stays a block of its own.
      const moved = /[\r\n]$/.test(block) ? block : `${block}\n`;
      return rest.slice(0, at) + moved + rest.slice(at);
    }
    case 'line-breaks':
      return text.replace(/\r\n|\r|\n/g, edit.to);
    case 'front-matter': {
      const open = /^---\r?\n/.exec(text);
      return open ? text.slice(0, open[0].length) + edit.insert + text.slice(open[0].length) : `---\n${edit.insert}---\n${text}`;
    }
  }
}

