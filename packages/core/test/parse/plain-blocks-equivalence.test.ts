// The parse that builds plain paragraphs, tables and headings without micromark (`parseSurveyTree`) against the
// reference, micromark on the whole text (`parseMarkdownTree`, and `lintSurvey` with the plain-block path
// switched off): the mdast, the model and the diagnostics are deep-equal on generated surveys and on documents
// made of tricky lines (escapes, HTML, emphasis, links, autolinks, `\|`, fences, lists, CR/CRLF, tabs, unicode).
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { lintSurvey, ROSTER_PRESET_ORGANISATIONS, type LintOptions } from '../../src/index.js';
import { parseMarkdownTree } from '../../src/parse/markdown-tree.js';
import { guardNesting } from '../../src/parse/nesting-guard.js';
import { parseSurveyTreeDetailed, surveyTreeSettings } from '../../src/parse/survey-tree.js';
import { surveyArbitrary, type GeneratedSurvey } from '../generators/survey-generator.js';

const PROPERTY_TIMEOUT = 240_000;
const NAMES = [...ROSTER_PRESET_ORGANISATIONS['sweden-regions'], ...ROSTER_PRESET_ORGANISATIONS['sweden-municipalities']].map((organisation) => organisation.name);

/** The reference: `lintSurvey` with every block going through micromark. */
function referenceLint(text: string, options: LintOptions): ReturnType<typeof lintSurvey> {
  surveyTreeSettings.plainBlocks = false;
  try {
    return lintSurvey(text, options);
  } finally {
    surveyTreeSettings.plainBlocks = true;
  }
}

afterEach(() => {
  surveyTreeSettings.plainBlocks = true;
});

/**
 * Counts documents where the plain path built blocks itself, and where it read some table rows apart, so the
 * test shows it ran (not only the fallback).
 */
const usage = { builtDirectly: 0, readApart: 0, documents: 0 };

function checkDocument(text: string, options: LintOptions = {}): void {
  const guarded = guardNesting(text).text;
  const fast = parseSurveyTreeDetailed(text, guarded);
  const reference = parseMarkdownTree(guarded);
  expect(fast.tree).toStrictEqual(reference);
  expect(lintSurvey(text, options)).toStrictEqual(referenceLint(text, options));
  usage.documents++;
  if (fast.builtDirectly > 0) usage.builtDirectly++;
  if (fast.rowsReadApart > 0) usage.readApart++;
}

// ---------------------------------------------------------------------------------------------------------
// Tricky content

/** Cell and paragraph text: plain words mixed with everything micromark reads differently. */
const TRICKY_TOKENS = [
  'svar', 'Östersund', 'ÅÄÖ', 'naïve', '日本', '🙂', 'a\tb', '1:1', 'RUS:en', '50%', '§', '#', 'a#b', '2018-2020', '-', '–', '?', 'TBD',
  '*fet*', '**fet**', '_kursiv_', '__x__', '`kod`', '``', '~~struken~~', '~', '\\|', '\\*', '\\', 'a\\', '&amp;', '&', '&#x41;',
  '<br>', '<br/>', '<p>', '</p>', '<!-- kommentar -->', '<!-- rus-survey-disable RUS004 -->', '<span>', '<', '>',
  '[länk](https://example.se)', '[x]', '[x][y]', '![bild](a.png)', '!', ']', '[^1]', 'https://example.se', 'http://a.b',
  'www.example.se', 'WWW.X.SE', 'namn@example.se', 'a@b', 'mailto:a@b.se', 'Inget svar', 'No answer', 'N/A',
];
const word = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('arbetet', 'regionen', 'Ja', 'Nej', 'och', 'målen', 'Skåne') }, { weight: 2, arbitrary: fc.constantFrom(...TRICKY_TOKENS) });
const words = fc.array(word, { minLength: 0, maxLength: 5 }).map((list) => list.join(' '));
const padding = fc.constantFrom('', ' ', '  ', '\t', ' \t');
const cell = fc.tuple(padding, words, padding).map(([before, text, after]) => `${before}${text}${after}`);

const tableRow = fc.array(cell, { minLength: 0, maxLength: 4 }).chain((cells) =>
  fc.constantFrom(`|${cells.join('|')}|`, `${cells.join('|')}|`, `|${cells.join('|')}`, `|${cells.join('|')}| `, ` |${cells.join('|')}|`, `|${cells.join('|')}|\t`),
);
const delimiterRow = fc
  .array(fc.constantFrom('---', ' --- ', ':-', '-:', ':---:', '-', ' :-: ', '\t-\t'), { minLength: 1, maxLength: 4 })
  .chain((cells) => fc.constantFrom(`|${cells.join('|')}|`, `${cells.join('|')}`, `|${cells.join('|')}`));
const heading = fc
  .tuple(fc.integer({ min: 1, max: 7 }), fc.constantFrom(' ', '\t', '  ', ''), words, fc.constantFrom('', ' ', ' #', ' ##', '#', '\t'))
  .map(([depth, gap, text, end]) => `${'#'.repeat(depth)}${gap}${text}${end}`);
const paragraphLine = fc.tuple(fc.constantFrom('', '', '', ' ', '  ', '    ', '\t'), words, fc.constantFrom('', '', ' ', '  ', '\\')).map(([lead, text, end]) => `${lead}${text}${end}`);
const otherLine = fc.constantFrom(
  '', '', '', '   ', '\t', '```', '~~~', '```js', '<div>', '</div>', '<!--', '-->', '<pre>', '</pre>', '> citat', '>', '- punkt',
  '* punkt', '1. punkt', '2) punkt', '  indragen', '    kod', '===', '---', '***', '[x]: https://example.se', '[^1]: fotnot',
  '| Organisation | Svar |', '| --- | --- |', '#### Region Skåne', '### 1. Fråga?', '## Del', '# Titel',
);
const line = fc.oneof(
  { weight: 4, arbitrary: tableRow },
  { weight: 1, arbitrary: delimiterRow },
  { weight: 2, arbitrary: heading },
  { weight: 3, arbitrary: paragraphLine },
  { weight: 3, arbitrary: otherLine },
);
const lineBreak = fc.constantFrom('\n', '\r\n', '\r');
const opening = fc.constantFrom('', '', '\uFEFF', '---\ntitle: Enkät\n---\n', '---\r\nrus-survey: true\r\n\r\n---\r\n\r\n', '---\n');

/** A table as surveys write it, with tricky cells: the shape the plain path is for. */
const surveyTable = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.array(fc.array(cell, { minLength: 0, maxLength: 4 }), { maxLength: 6 }))
  .map(([columns, rows]) => [
    `| Organisation |${' Svar |'.repeat(columns)}`,
    `|${' --- |'.repeat(columns + 1)}`,
    ...rows.map((cells) => `|${cells.join('|')}|`),
  ]);

/** Cells micromark must read (markup, HTML, escaped pipes, links), for tables whose other rows are plain. */
const MARKUP_TOKENS = [
  '*fet*', '**fet**', '_kursiv_', '`kod`', '`a\\|b`', '~~struken~~', '<br>', '<br/>', '<p>', '</p>', '<!-- x -->', '\\|', '\\\\|',
  'a\\\\\\|b', '\\', 'a\\', '\\*', '&amp;', '&', '&#124;', '!', '[x]', '[x][y]', '[x][]', '[länk](https://example.se)', '![bild](a.png)',
  '[^1]', ']', 'https://example.se', 'www.example.se', 'namn@example.se', '|', '||',
];
const plainWords = fc
  .array(fc.constantFrom('arbetet', 'regionen', 'Ja', 'Nej', 'och', 'målen', 'Skåne', '1:1', '50%', '-', '—', '#'), { maxLength: 4 })
  .map((list) => list.join(' '));
const plainCell = fc.tuple(padding, plainWords, padding).map(([before, text, after]) => `${before}${text}${after}`);
const markupCell = fc
  .tuple(padding, plainWords, fc.constantFrom('', ' '), fc.constantFrom(...MARKUP_TOKENS), fc.constantFrom('', ' '), plainWords, padding)
  .map((parts) => parts.join(''));
/** White space after a row's last `|`: part of the row and its last cell. */
const trailing = fc.constantFrom('', '', '', ' ', '\t', '  ', ' \t ');
const pipedRow = fc
  .tuple(fc.array(fc.oneof({ weight: 5, arbitrary: plainCell }, { weight: 1, arbitrary: markupCell }), { minLength: 0, maxLength: 5 }), trailing)
  .map(([cells, after]) => `|${cells.join('|')}|${after}`);
/** Body lines that do not start or end with `|`: rows in GFM, or the start of another block that ends the table. */
const unpipedRow = fc.oneof(
  fc.tuple(plainCell, plainCell).map(([a, b]) => `${a.trim() || 'x'} |${b}|`),
  fc.tuple(plainCell, plainCell).map(([a, b]) => `|${a}|${b}`),
  fc.constantFrom(
    'ⴌ Region | x |', 'Region', '  | a | b |', '    | kod |', '- punkt', '> citat', '1. punkt', '```', '<div>', '<!--', '***', '---', '===', '| --- |',
    '\\| a |', '|', '| a \\|', '[x]: https://example.se',
  ),
);
const mixedRow = fc.oneof({ weight: 8, arbitrary: pipedRow }, { weight: 1, arbitrary: unpipedRow });
const mixedHeader = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.constantFrom('Svar', 'Svar', 'Svar', '*Svar*', 'Svar<br>', 'A \\| B', '[x]', 'A \\\\| B'), trailing)
  .map(([columns, title, after]) => ({ columns, line: `| Organisation |${` ${title} |`.repeat(columns)}${after}` }));
/**
 * A table of mostly plain rows with some that micromark must read (built apart from the plain ones and put back
 * in place), more or fewer cells than the header, and white space after the last `|`.
 */
const mixedTable = fc
  .tuple(mixedHeader, fc.constantFrom('', ' ', '\t'), fc.array(mixedRow, { minLength: 0, maxLength: 10 }))
  .map(([header, after, rows]) => [header.line, `|${' --- |'.repeat(header.columns + 1)}${after}`, ...rows]);
/** A definition elsewhere in the text turns `[x]`, `[x][]` and `[^1]` in a cell into a link or a footnote call. */
const definition = fc.constantFrom(['[x]: https://example.se'], ['[y]: <a.png> "titel"'], ['[^1]: fotnot'], ['[X]:', '  https://example.se']);
const chunk = fc.oneof(
  { weight: 3, arbitrary: fc.array(line, { minLength: 1, maxLength: 4 }) },
  { weight: 2, arbitrary: surveyTable },
  { weight: 1, arbitrary: fc.constant(['']) },
);
/** `|` lines without a delimiter row (a paragraph), or with one somewhere (a table starts on the line before it). */
const pipedLines = fc
  .tuple(fc.array(pipedRow, { minLength: 1, maxLength: 6 }), fc.nat(), fc.constantFrom(null, '| --- |', '|-|-|', '|:|', '| - | - | - |', '--- | ---'))
  .map(([rows, at, delimiter]) => (delimiter === null ? rows : [...rows.slice(0, at % (rows.length + 1)), delimiter, ...rows.slice(at % (rows.length + 1))]));
const tableChunk = fc.oneof(
  { weight: 6, arbitrary: mixedTable },
  { weight: 2, arbitrary: pipedLines },
  { weight: 1, arbitrary: definition },
  { weight: 1, arbitrary: fc.array(line, { minLength: 1, maxLength: 3 }) },
);
const document = fc
  .tuple(opening, fc.array(chunk, { maxLength: 14 }), lineBreak, fc.boolean())
  .map(([start, chunks, br, finalBreak]) => {
    const lines = chunks.flatMap((lines) => [...lines, '']);
    return `${start.replace(/\r?\n/g, br)}${lines.join(br)}${finalBreak ? br : ''}`;
  });

/** Documents made mostly of tables with a few rows micromark must read. */
const tableDocument = fc
  .tuple(opening, fc.array(tableChunk, { minLength: 1, maxLength: 6 }), lineBreak, fc.boolean())
  .map(([start, chunks, br, finalBreak]) => {
    const lines = chunks.flatMap((lines) => [...lines, '']);
    return `${start.replace(/\r?\n/g, br)}${lines.join(br)}${finalBreak ? br : ''}`;
  });

describe('the plain-block parse equals micromark on the whole text', () => {
  it('on documents of tricky lines (tree, model and diagnostics)', () => {
    fc.assert(
      fc.property(document, (text) => checkDocument(text)),
      { numRuns: 600 },
    );
    expect(usage.builtDirectly).toBeGreaterThan(usage.documents / 5);
  }, PROPERTY_TIMEOUT);

  it('on tables with some rows micromark must read, put back among the rows built directly', () => {
    const before = { ...usage };
    fc.assert(
      fc.property(tableDocument, (text) => checkDocument(text)),
      { numRuns: 400 },
    );
    expect(usage.readApart - before.readApart).toBeGreaterThan((usage.documents - before.documents) / 3);
  }, PROPERTY_TIMEOUT);

  it('on generated surveys, with tricky words in their answers and every line break', () => {
    const tricky = fc.array(fc.tuple(fc.nat(), fc.constantFrom(...TRICKY_TOKENS)), { maxLength: 6 });
    fc.assert(
      fc.property(surveyArbitrary({ names: NAMES, defects: true, maxQuestions: 4 }), tricky, lineBreak, (generated: GeneratedSurvey, insertions, br) => {
        let text = generated.text;
        // Tricky tokens inserted after a space, anywhere: in cells, paragraphs, headings, the front matter.
        for (const [at, token] of insertions) {
          const spaces = [...text.matchAll(/ /g)].map((match) => match.index);
          const position = spaces.length > 0 ? spaces[at % spaces.length]! : 0;
          text = `${text.slice(0, position)} ${token}${text.slice(position)}`;
        }
        text = text.replace(/\r\n|\n/g, br);
        const options: LintOptions = generated.roster === 'config' ? { config: { organisations: generated.rosterNames } } : {};
        checkDocument(text, options);
      }),
      { numRuns: 150 },
    );
  }, PROPERTY_TIMEOUT);

  it('on plain lines that only look like blocks of their own (inside HTML, a fence, a list, after a lazy line)', () => {
    const cases = [
      '<div>\n### a\ntext\n',
      '<div>\n### a\n| A | B |\n| --- | --- |\n| x | y |\n',
      '<div>\n#### a\n#### b\n\ntext\n',
      '```\n\ntext\n\n| A |\n|---|\n```\n',
      '<!--\n\n#### Region Skåne\n\ntext\n-->\n',
      '- punkt\n\ntext\n\n  fortsättning\n',
      '    kod\n\ntext\n\n    kod\n',
      '> citat\ntext\n',
      'text\n===\n',
      'text\n| A |\n|---|\n',
      '---\ntitle: x\n\nplain: y\n---\ntext\n',
      // Left open at the end of a text without a final line break: the last plain block is inside it.
      '```\ncode\n\nText',
      '<!--\nx\n\nText',
      '<pre>\nx\n\n| A | B |\n| --- | --- |\n| x | y |',
      '### 1. Fråga?\n\n<script>\n\n#### Region Skåne',
      '~~~\r\ncode\r\n\r\nText',
      // After indented code and blank lines micromark cannot start an ordered list at 2; after a table it can.
      '\t \t|\n\n| Organisation | Svar |\n| --- | --- |\n\n2) punkt\n\n',
      '    kod\n\nText\n\n3. punkt\n',
      '   ```\nx\n   ```\n\n#### Region Skåne\n\n2) punkt\n',
      // Lines of `|` without a delimiter row are a paragraph; a delimiter row on any line starts a table there.
      '| Region | x |\n| Region | y |\n',
      '| Region | x |\n| Region | y |\n| --- | --- |\n| Region | z |\n',
      'Text | x\n| a |\n|-|\n',
      '| a | b |\n|:|\n| c |\n',
      '| a | b |\n| - |\n\n| a |\n| b |\n',
    ];
    for (const text of cases) checkDocument(text);
  });

  it('on a long table whose every cell is plain (built without micromark)', () => {
    const rows = NAMES.slice(0, 60).map((name, i) => `| ${name} | Svar nummer ${i}, med 1:1-medel och 50 %. |`);
    const text = ['# Enkät', '', '## Del', '', '### 1. Fråga?', '', '| Organisation | Svar |', '| --- | --- |', ...rows, ''].join('\r\n');
    const { tree, builtDirectly, rowsReadApart } = parseSurveyTreeDetailed(text);
    // The title, the part, the question's heading and the table.
    expect(builtDirectly).toBe(4);
    expect(rowsReadApart).toBe(0);
    const table = tree.children.find((node) => node.type === 'table');
    expect(table?.type === 'table' && table.children).toHaveLength(61);
    checkDocument(text);
  });
});
