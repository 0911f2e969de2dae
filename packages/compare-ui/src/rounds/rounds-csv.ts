import type { RoundsComparison } from '@rus-survey/core';
import { csvField } from '../csv.js';

/**
 * Rounds as CSV: one row per organisation × question × round, with the change from the round before (empty for
 * the first round), so a spreadsheet can filter on what changed. A BOM so spreadsheet programs read UTF-8.
 */
export function roundsToCsv(comparison: RoundsComparison): string {
  const header = ['organisation', 'question', 'round', 'question number', 'question text', 'status', 'change', 'answer'];
  const questions = new Map(comparison.questions.map((question) => [question.key, question]));
  const rows = comparison.cells.flatMap((cell) =>
    comparison.rounds.map((round, r) => {
      const question = questions.get(cell.questionKey)!.rounds[r];
      const answer = cell.answers[r];
      return [
        cell.organisation,
        cell.questionKey,
        round.label,
        question?.number ?? '',
        question?.text ?? '',
        answer?.status ?? (question ? 'missing' : ''),
        r === 0 ? '' : cell.changes[r - 1]!.kind,
        answer?.text ?? '',
      ];
    }),
  );
  return '\uFEFF' + [header, ...rows].map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}
