// The main job on the bundled example: parse and validate it through core, print diagnostics and coverage.
import { readFileSync } from 'node:fs';
import { compareMatrix, lintSurvey } from '@rus-survey/core';

const file = process.argv[2] ?? 'examples/rus-natverket-2018.survey.md';
const text = readFileSync(file, 'utf8');
const { survey, diagnostics } = lintSurvey(text, { locale: process.env.LANG });

console.log(`${file}: ${survey.title ?? '(no title)'}`);
for (const d of diagnostics) {
  console.log(`  ${String(d.range.start.line).padStart(4)}:${String(d.range.start.column).padEnd(3)} ${d.severity.padEnd(7)} ${d.message}  ${d.ruleId}/${d.ruleName}`);
}
const counts = { error: 0, warning: 0, info: 0 };
for (const d of diagnostics) counts[d.severity]++;
console.log(`\n${diagnostics.length} problems (${counts.error} errors, ${counts.warning} warnings, ${counts.info} info)\n`);

const matrix = compareMatrix([{ uri: file, survey }]);
console.log(`Coverage per question (${matrix.organisations.length} organisations):`);
for (const row of matrix.rows) {
  const missing = row.cells.filter((cell) => cell.status === 'missing').map((cell) => cell.organisation);
  console.log(`  ${String(row.number ?? '?').padStart(2)}. ${row.answered}/${row.cells.length} answered${missing.length ? `  missing: ${missing.join(', ')}` : ''}`);
}
const { answered, cells } = matrix.totals;
console.log(`\nIn all: ${answered}/${cells} answered (${Math.round((100 * answered) / Math.max(1, cells))} %)`);
