// The incremental linter against the reference: after every edit of a random edit sequence, its result (model,
// diagnostics, fixes) is deep-equal to a fresh `lintSurvey` of the same text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIncrementalLinter, lintSurvey, ROSTER_PRESET_ORGANISATIONS, type IncrementalUpdateStats, type LintOptions } from '../../src/index.js';
import { surveyArbitrary, type GeneratedSurvey } from '../generators/survey-generator.js';
import { exampleSurvey } from '../test-files.js';
import { applyEdit, editArbitrary, inRowEditArbitrary, type Edit } from './edit-sequences.js';

const PROPERTY_TIMEOUT = 240_000;
const NAMES = [...ROSTER_PRESET_ORGANISATIONS['sweden-regions'], ...ROSTER_PRESET_ORGANISATIONS['sweden-municipalities']].map((organisation) => organisation.name);

function optionsOf(generated: GeneratedSurvey, locale: 'en' | 'sv'): LintOptions {
  return generated.roster === 'config' ? { locale, config: { organisations: generated.rosterNames } } : { locale };
}

/** How often each path ran, so the test shows it exercised the incremental one (not only the fallback). */
const paths = { incremental: 0, full: 0, reusedBlocks: 0, reparsedRows: 0 };

/** Runs the edits through one incremental linter, checking it against a fresh lint after each. */
function checkSequence(start: string, edits: readonly Edit[], options: LintOptions, onUpdate?: (stats: IncrementalUpdateStats) => void): void {
  const linter = createIncrementalLinter(options);
  let text = start;
  expect(linter.update(text)).toStrictEqual(lintSurvey(text, options));
  for (const edit of edits) {
    text = applyEdit(text, edit);
    expect(linter.update(text), JSON.stringify(edit)).toStrictEqual(lintSurvey(text, options));
    const stats = linter.lastUpdate!;
    onUpdate?.(stats);
    paths[stats.path]++;
    paths.reusedBlocks += stats.blocks - stats.parsedBlocks;
    paths.reparsedRows += stats.reparsedRows;
  }
}

describe('incremental linting equals a full lint after every edit', () => {
  it('on generated surveys (all roster kinds, both line breaks, defects planted)', () => {
    fc.assert(
      fc.property(
        surveyArbitrary({ names: NAMES, defects: true, maxQuestions: 6 }),
        fc.array(editArbitrary, { minLength: 1, maxLength: 12 }),
        fc.constantFrom<'en' | 'sv'>('en', 'sv'),
        (generated, edits, locale) => checkSequence(generated.text, edits, optionsOf(generated, locale)),
      ),
      { numRuns: 80 },
    );
    expect(paths.incremental).toBeGreaterThan(paths.full);
    expect(paths.reusedBlocks).toBeGreaterThan(paths.incremental);
  }, PROPERTY_TIMEOUT);

  it('after edits inside table rows, with every kind of line break (the row path and its fallbacks)', () => {
    const rowEdits = { kept: 0, fellBack: 0 };
    fc.assert(
      fc.property(
        surveyArbitrary({ names: NAMES, defects: true, maxQuestions: 4 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.array(inRowEditArbitrary, { minLength: 1, maxLength: 10 }),
        (generated, lineBreak, edits) =>
          checkSequence(generated.text.replace(/\r\n|\r|\n/g, lineBreak), edits, optionsOf(generated, 'sv'), (stats) => {
            if (stats.reparsedRows > 0) rowEdits.kept++;
            else rowEdits.fellBack++;
          }),
      ),
      { numRuns: 60 },
    );
    // Both the row path and the whole block's parse ran, many times.
    expect(rowEdits.kept).toBeGreaterThan(30);
    expect(rowEdits.fellBack).toBeGreaterThan(30);
  }, PROPERTY_TIMEOUT);

  it('on the example survey', () => {
    const example = exampleSurvey();
    fc.assert(
      fc.property(fc.array(editArbitrary, { minLength: 1, maxLength: 8 }), (edits) => checkSequence(example, edits, {})),
      { numRuns: 25 },
    );
  }, PROPERTY_TIMEOUT);
});

describe('incremental linting reuses what did not change', () => {
  const example = exampleSurvey();

  it('a one-character edit in an answer parses one block again and reuses the other questions’ rule results', () => {
    const linter = createIncrementalLinter();
    linter.update(example);
    const first = linter.lastUpdate!;
    expect(first.path).toBe('incremental');
    expect(first.parsedBlocks).toBe(first.blocks);
    const at = example.indexOf('Svag.');
    const edited = `${example.slice(0, at)}Mycket s${example.slice(at + 1)}`;
    expect(linter.update(edited)).toStrictEqual(lintSurvey(edited));
    expect(linter.lastUpdate).toMatchObject({ path: 'incremental', blocks: first.blocks, parsedBlocks: 1 });
    expect(linter.lastUpdate!.reusedRuleResults).toBeGreaterThan(0);
  });

  describe('an edit inside one table row reads only that row again when the row keeps its cells', () => {
    const row = '| Region Blekinge | Den styr prioriteringar av aktiviteter och finansieringar. |';
    const edits: { name: string; row: string; rowOnly: boolean; path?: 'full' }[] = [
      { name: 'a character in a plain answer', row: row.replace('styr', 'styyr'), rowOnly: true },
      { name: 'a character in the organisation (the roster changes)', row: row.replace('Blekinge', 'Bleking'), rowOnly: true },
      { name: 'markup added (micromark reads the row)', row: row.replace('aktiviteter', '**aktiviteter** <b>x</b> [y]'), rowOnly: true },
      { name: 'an escaped pipe added', row: row.replace('och', 'och \\| eller'), rowOnly: true },
      { name: 'a cell added', row: row.replace('styr', 'styr | ny'), rowOnly: false },
      { name: 'the organisation emptied (a continuation row)', row: row.replace('Region Blekinge', ''), rowOnly: false },
      { name: 'the opening pipe removed', row: row.slice(1), rowOnly: false },
      { name: 'a line break', row: row.replace('styr', 'styr\n'), rowOnly: false },
      // The nesting guard cuts it on the whole text: the full path.
      { name: 'emphasis past the guard\'s limit', row: row.replace('styr', `${'*'.repeat(70)}styr`), rowOnly: false, path: 'full' },
    ];
    for (const lineBreak of ['\n', '\r\n', '\r']) {
      const text = example.replace(/\r\n|\r|\n/g, lineBreak);
      for (const edit of edits) {
        it(`${edit.name} (${JSON.stringify(lineBreak)})`, () => {
          const linter = createIncrementalLinter();
          linter.update(text);
          const at = text.indexOf(row);
          const edited = text.slice(0, at) + edit.row.replace(/\n/g, lineBreak) + text.slice(at + row.length);
          expect(linter.update(edited)).toStrictEqual(lintSurvey(edited));
          expect(linter.lastUpdate).toMatchObject({ path: edit.path ?? 'incremental', parsedBlocks: 1, reparsedRows: edit.rowOnly ? 1 : 0 });
          // And back, from the row read apart.
          expect(linter.update(text)).toStrictEqual(lintSurvey(text));
          expect(linter.lastUpdate).toMatchObject({ path: 'incremental', parsedBlocks: 1, reparsedRows: edit.rowOnly ? 1 : 0 });
        });
      }
    }
  });

  it('reads the front matter again only when its text changes', () => {
    const linter = createIncrementalLinter();
    const first = linter.update(example).survey.frontMatter;
    const at = example.indexOf('Svag.');
    const edited = `${example.slice(0, at)}Mycket s${example.slice(at + 1)}`;
    expect(linter.update(edited).survey.frontMatter?.data).toBe(first?.data);
    const retitled = example.replace(/^---\r?\n/, (open) => `${open}title: Annan titel\n`);
    const reread = linter.update(retitled);
    expect(reread).toStrictEqual(lintSurvey(retitled));
    expect(reread.survey.frontMatter?.data).not.toBe(first?.data);
  });

  it('hands out the line index and organisation matcher of the text it last linted, so callers need not build them', () => {
    const linter = createIncrementalLinter();
    const at = example.indexOf('Svag.');
    const edited = `${example.slice(0, at)}Mycket\nsvag.${example.slice(at + 5)}`;
    linter.update(example);
    linter.update(edited);
    // Every line start of the edited text, found independently of the index.
    const starts = [0, ...[...edited.matchAll(/\n/g)].map((match) => match.index! + 1)];
    starts.forEach((offset, line) => expect(linter.lines!.offsetAt(line + 1, 1)).toBe(offset));
    expect(linter.organisations!.resolve('SLL')?.name).toBe('Stockholms läns landsting');
    expect(linter.organisations!.resolve('Region Ingenstans')).toBeUndefined();
  });

  it('after an update that takes the full path it hands out no line index, matcher or roster of an older text', () => {
    const linter = createIncrementalLinter();
    linter.update(example);
    expect(linter.lines).not.toBeNull();
    const at = example.indexOf('### 2.');
    linter.update(`${example.slice(0, at)}\`\`\`\n${example.slice(at)}`);
    expect(linter.lastUpdate!.path).toBe('full');
    expect([linter.lines, linter.organisations, linter.roster]).toEqual([null, null, null]);
  });

  it('a link reference definition sends the document down the full path, with the same result', () => {
    const linter = createIncrementalLinter();
    const text = `${example}\n[rus]: https://example.org\n`;
    expect(linter.update(text)).toStrictEqual(lintSurvey(text));
    expect(linter.lastUpdate!.path).toBe('full');
  });

  it('an unclosed fence that runs into the next question takes the full path', () => {
    const linter = createIncrementalLinter();
    const at = example.indexOf('### 2.');
    const text = `${example.slice(0, at)}\`\`\`\n${example.slice(at)}`;
    expect(linter.update(text)).toStrictEqual(lintSurvey(text));
    expect(linter.lastUpdate!.path).toBe('full');
  });

  it('inline markers past the guard\'s limit only across a block boundary take the full path, with the same result', () => {
    const linter = createIncrementalLinter();
    linter.update(example);
    // 130 markers at the end of one block and 130 after the next heading, with no blank line between: one group of lines.
    const markers = '*a* '.repeat(65).trimEnd();
    const at = example.indexOf('### 2.');
    const headingEnd = example.indexOf('\n', at) + 1;
    const text = `${example.slice(0, at)}${markers}\n${example.slice(at, headingEnd)}${markers}\n${example.slice(headingEnd)}`;
    const reference = lintSurvey(text);
    expect(reference.survey.problems.map((problem) => problem.kind)).toContain('inline-markup-too-deep');
    expect(linter.update(text)).toStrictEqual(reference);
    expect(linter.lastUpdate!.path).toBe('full');
    // Apart (a blank line before the heading) neither group passes the limit: blocks again.
    const apart = `${example.slice(0, at)}${markers}\n\n${example.slice(at, headingEnd)}${markers}\n${example.slice(headingEnd)}`;
    expect(linter.update(apart)).toStrictEqual(lintSurvey(apart));
    expect(linter.lastUpdate!.path).toBe('incremental');
  });

  it('blocks that move, repeat or change line breaks keep their parses and get the full lint\'s positions', () => {
    const linter = createIncrementalLinter();
    linter.update(example);
    const second = example.indexOf('### 2.');
    const third = example.indexOf('###', second + 1);
    const block = example.slice(second, third);
    // The second question moved to the end, then repeated: each copy is placed on its own.
    const moved = `${example.slice(0, second)}${example.slice(third)}${/\n$/.test(example) ? '' : '\n'}${block}`;
    const repeated = `${moved}${block}`;
    const parsed: number[] = [];
    for (const text of [moved, repeated, repeated.replace(/\n/g, '\r\n'), repeated.replace(/\n/g, '\r'), example]) {
      expect(linter.update(text)).toStrictEqual(lintSurvey(text));
      expect(linter.lastUpdate!.path).toBe('incremental');
      parsed.push(linter.lastUpdate!.parsedBlocks);
    }
    // Moved: no block parsed again; repeated: only the second copy.
    expect(parsed.slice(0, 2)).toEqual([0, 1]);
  });
});

