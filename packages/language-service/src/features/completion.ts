// Completion of roster names where an organisation is written (a table row's first cell, after `####`), and
// of the next question number after `###`.
import { allQuestions } from '@rus-survey/core';
import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver-types';
import { offsetOf, questionAt, questionStatus, type ValidatedSurvey } from '../survey-lookup.js';
import { uiText } from '../ui-text.js';

/**
 * What is typed in a table row's first cell: the line so far is white space, one `|`, then no other `|`. Found
 * with string searches: a regular expression over the line backtracked quadratically on a long line.
 */
function firstCellTyped(before: string): string | undefined {
  const pipe = before.indexOf('|');
  if (pipe === -1 || before.slice(0, pipe).trim() !== '' || before.indexOf('|', pipe + 1) !== -1) return undefined;
  return before.slice(pipe + 1).replace(/^[ \t]+/, '');
}

export function completions(survey: ValidatedSurvey, position: Position): CompletionItem[] {
  const offset = offsetOf(survey, position);
  const lineStart = survey.lines.lineRange(offset).start.offset;
  const before = survey.text.slice(lineStart, offset);

  const questionHeading = /^###[ \t]+(\d*)$/.exec(before);
  if (questionHeading) {
    const previous = allQuestions(survey.result.survey).filter((question) => question.heading.range.start.offset < lineStart && question.number !== null);
    const next = (previous.at(-1)?.number ?? 0) + 1;
    const typed = questionHeading[1] ?? '';
    return [
      {
        label: `${next}.`,
        kind: CompletionItemKind.Value,
        detail: uiText(survey.locale, 'nextQuestionNumber'),
        textEdit: { range: { start: { line: position.line, character: position.character - typed.length }, end: position }, newText: `${next}. ` },
      },
    ];
  }

  const typed = /^####[ \t]/.test(before) ? before.slice(4).replace(/^[ \t]+/, '') : firstCellTyped(before);
  if (typed === undefined) return [];
  const question = questionAt(survey, offset);
  const missing = new Set(question ? questionStatus(survey, question).missing : []);
  const range = { start: { line: position.line, character: position.character - typed.length }, end: position };
  return survey.roster.organisations.map((entry, index) => ({
    label: entry.name,
    kind: CompletionItemKind.Value,
    detail: uiText(survey.locale, missing.has(entry.name) ? 'noAnswerYet' : 'roster'),
    // Organisations that still lack an answer to this question come first.
    sortText: `${missing.has(entry.name) ? 0 : 1}${String(index).padStart(4, '0')}`,
    textEdit: { range, newText: entry.name },
  }));
}
