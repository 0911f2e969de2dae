import type { LineIndex } from '../parse/line-index.js';
import { lineBreakOf } from '../rules/edits.js';
import type { TextEdit } from '../schema/diagnostic.js';
import { allQuestions, type Survey } from '../schema/survey.js';

export interface DisableDirectiveRequest {
  text: string;
  lines: LineIndex;
  survey: Survey;
  ruleId: string;
  /** The 1-based line of the finding. */
  line: number;
  scope: 'line' | 'file';
}

/**
 * The edit that silences a rule with an inline comment: `disable-next-line` above the finding's line, or
 * `disable-file` after the front matter. Null for a line inside a table, where a comment line would end the
 * table (and turn its remaining rows into text); use the file-wide form there.
 */
export function disableDirectiveEdit({ text, lines, survey, ruleId, line, scope }: DisableDirectiveRequest): TextEdit | null {
  const lineBreak = lineBreakOf(text);
  if (scope === 'file') {
    const comment = `<!-- rus-survey-disable-file ${ruleId} -->`;
    if (!survey.frontMatter) return { range: lines.range(0, 0), newText: `${comment}${lineBreak}${lineBreak}` };
    // Right after the front matter's closing fence: before it, the front matter would no longer be one.
    const end = survey.frontMatter.range.end.offset;
    return { range: lines.range(end, end), newText: `${lineBreak}${comment}` };
  }
  const offset = lines.offsetAt(line, 1);
  const inTable = allQuestions(survey).some((question) =>
    question.tables.some((table) => table.range.start.offset <= offset && offset < table.range.end.offset),
  );
  if (inTable) return null;
  return { range: lines.range(offset, offset), newText: `<!-- rus-survey-disable-next-line ${ruleId} -->${lineBreak}` };
}
