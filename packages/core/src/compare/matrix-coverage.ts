import type { CompareRow, CoverageCounts, MatrixCoverage, PartCoverage } from '../schema/compare.js';

const zero = (): CoverageCounts => ({ cells: 0, answered: 0, noAnswer: 0, empty: 0, missing: 0, words: 0 });

function count(counts: CoverageCounts, status: CompareRow['cells'][number]['status'], words: number): void {
  counts.cells++;
  counts.words += words;
  if (status === 'answered') counts.answered++;
  else if (status === 'no-answer') counts.noAnswer++;
  else if (status === 'missing') counts.missing++;
  else counts.empty++;
}

/**
 * Each cell counted once into its question, its organisation, its part and the totals. Adapters show these
 * numbers rather than summing cells themselves, so the CLI, the compare view and the editor agree.
 */
export function matrixCoverage(rows: readonly CompareRow[], organisationCount: number): MatrixCoverage {
  const organisations = Array.from({ length: organisationCount }, zero);
  const parts: PartCoverage[] = [];
  const partByTitle = new Map<string, PartCoverage>();
  const totals = zero();
  const questions = rows.map((row, index) => {
    let part = partByTitle.get(row.part);
    if (!part) {
      part = { title: row.part, rows: [], ...zero() };
      partByTitle.set(row.part, part);
      parts.push(part);
    }
    part.rows.push(index);
    const question = zero();
    row.cells.forEach((cell, column) => {
      const words = cell.status === 'answered' ? cell.words : 0;
      for (const counts of [question, part, totals]) count(counts, cell.status, words);
      const organisation = organisations[column];
      if (organisation) count(organisation, cell.status, words);
    });
    return question;
  });
  return { questions, organisations, parts, totals };
}
