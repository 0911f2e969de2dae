import { createOrganisationMatcher } from '../roster/organisation-matcher.js';
import { resolveRoster } from '../roster/resolve-roster.js';
import { foldText } from '../roster/fold-text.js';
import { matrixCoverage } from './matrix-coverage.js';
import type { CompareCell, CompareMatrix, CompareRow } from '../schema/compare.js';
import type { Config } from '../schema/config.js';
import type { Survey } from '../schema/survey.js';

export interface CompareSource {
  /** Where the survey lives (a file URI or path), copied into each cell's location. */
  uri: string;
  survey: Survey;
  config?: Config;
}

export interface CompareOptions {
  /** Only these organisations (names or aliases), in this order. */
  organisations?: readonly string[];
  /** Only these question numbers. */
  questions?: readonly number[];
}

/** Words as a reader counts them: markup, tags and `<br>` left out. */
export function countWords(markdown: string): number {
  const plain = markdown.replace(/<[^>]*>/g, ' ').replace(/[*_`#>|\\[\]()]/g, ' ');
  return plain.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * Questions × organisations over one or more surveys: each cell the answer's status, text, word count and
 * location. Columns are the rosters' organisations in first-seen order (aliases resolved); rows are the
 * questions by number, so surveys from several regions line up.
 */
export function compareMatrix(sources: readonly CompareSource[], options: CompareOptions = {}): CompareMatrix {
  const columns: string[] = [];
  const columnKeys = new Map<string, number>();
  const addColumn = (name: string): void => {
    const key = foldText(name);
    if (!columnKeys.has(key)) {
      columnKeys.set(key, columns.length);
      columns.push(name);
    }
  };
  const prepared = sources.map((source) => {
    const roster = resolveRoster(source.survey, source.config);
    const matcher = createOrganisationMatcher(roster);
    roster.organisations.forEach((entry) => addColumn(entry.name));
    return { source, matcher };
  });
  // Answers by organisations outside every roster still get a column: they are data too.
  for (const { source, matcher } of prepared) {
    for (const part of source.survey.parts)
      for (const question of part.questions)
        for (const answer of question.answers) addColumn(matcher.resolve(answer.organisation.text)?.name ?? answer.organisation.text.trim());
  }

  let selected = columns.map((name, index) => ({ name, index }));
  if (options.organisations) {
    const wanted = options.organisations.map((name) => foldText(name));
    const resolvedWanted = wanted.map((key) => {
      for (const { matcher } of prepared) {
        const entry = matcher.resolve(key);
        if (entry) return foldText(entry.name);
      }
      return key;
    });
    selected = resolvedWanted.flatMap((key) => {
      const index = columnKeys.get(key);
      return index === undefined ? [] : [{ name: columns[index]!, index }];
    });
  }

  const rowsByKey = new Map<string, { row: CompareRow; cells: (CompareCell | undefined)[] }>();
  const order: string[] = [];
  for (const { source, matcher } of prepared) {
    for (const part of source.survey.parts) {
      for (const question of part.questions) {
        if (options.questions && (question.number === null || !options.questions.includes(question.number))) continue;
        const key = question.number === null ? `text:${foldText(question.text)}` : `n:${question.number}`;
        let entry = rowsByKey.get(key);
        if (!entry) {
          entry = { row: { number: question.number, text: question.text, part: part.title, cells: [], answered: 0 }, cells: new Array(columns.length) };
          rowsByKey.set(key, entry);
          order.push(key);
        }
        for (const answer of question.answers) {
          const name = matcher.resolve(answer.organisation.text)?.name ?? answer.organisation.text.trim();
          const index = columnKeys.get(foldText(name));
          if (index === undefined || entry.cells[index]) continue;
          entry.cells[index] = {
            organisation: columns[index]!,
            status: answer.status,
            text: answer.text,
            words: answer.status === 'answered' ? countWords(answer.text) : 0,
            location: { uri: source.uri, range: answer.anchor },
          };
        }
      }
    }
  }

  const rows = order.map((key) => {
    const { row, cells } = rowsByKey.get(key)!;
    row.cells = selected.map(({ name, index }) => cells[index] ?? { organisation: name, status: 'missing' as const, text: '', words: 0, location: null });
    return row;
  });
  const coverage = matrixCoverage(rows, selected.length);
  rows.forEach((row, index) => (row.answered = coverage.questions[index]!.answered));
  const { cells, answered, noAnswer, empty, missing } = coverage.totals;
  return {
    title: sources[0]?.survey.title ?? null,
    organisations: selected.map(({ name }) => name),
    rows,
    answeredByOrganisation: coverage.organisations.map((counts) => counts.answered),
    totals: { cells, answered, noAnswer, empty, missing },
    coverage,
  };
}
