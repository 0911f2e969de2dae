// Folding for parts, questions and section-form answers (and the front matter), each ending on its last
// non-blank line so a folded block keeps the blank line before the next heading visible.
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { SourceRange } from '@rus-survey/core';
import type { ValidatedSurvey } from '../survey-lookup.js';

function foldingOf(survey: ValidatedSurvey, range: SourceRange, kind?: FoldingRangeKind): FoldingRange | undefined {
  // Step back over the line break and blank lines that end the node.
  let end = range.end.offset;
  while (end > range.start.offset && /\s/.test(survey.text[end - 1] ?? '')) end--;
  const startLine = range.start.line - 1;
  const endLine = survey.lines.position(end).line - 1;
  if (endLine <= startLine) return undefined;
  return { startLine, endLine, ...(kind ? { kind } : {}) };
}

export function foldingRanges(survey: ValidatedSurvey): FoldingRange[] {
  const model = survey.result.survey;
  const ranges: (FoldingRange | undefined)[] = [];
  if (model.frontMatter) ranges.push(foldingOf(survey, model.frontMatter.range));
  for (const part of model.parts) {
    ranges.push(foldingOf(survey, part.range));
    for (const question of part.questions) {
      ranges.push(foldingOf(survey, question.range));
      for (const answer of question.answers) if (answer.form === 'sections') ranges.push(foldingOf(survey, answer.range));
    }
  }
  return ranges.filter((range): range is FoldingRange => range !== undefined);
}
