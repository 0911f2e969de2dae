// Small queries over core's survey model that several features share: what is under the cursor, and who
// answered what. No rules here: statuses and rosters come from core.
import { allQuestions, locateFrontMatterRosterName, questionCoverage, type Answer, type LintResult, type Question, type QuestionCoverage, type Roster, type OrganisationMatcher, type TextEdit as CoreTextEdit } from '@rus-survey/core';
import type { Position, Range, TextEdit } from 'vscode-languageserver-types';
import { containsOffset, toLspPosition } from './positions.js';
import type { SurveyAnalysis } from './survey-analysis.js';

/** An analysis that was validated, so its model, roster and line index exist. */
export interface ValidatedSurvey extends SurveyAnalysis {
  result: LintResult;
  roster: Roster;
  organisations: OrganisationMatcher;
  lines: NonNullable<SurveyAnalysis['lines']>;
}

export function validated(analysis: SurveyAnalysis | undefined): ValidatedSurvey | undefined {
  return analysis?.result && analysis.roster && analysis.organisations && analysis.lines ? (analysis as ValidatedSurvey) : undefined;
}

/** The UTF-16 offset of an LSP position, clamped into its line and the text. */
export function offsetOf(survey: ValidatedSurvey, position: Position): number {
  return survey.lines.offsetAt(position.line + 1, position.character + 1);
}

/** A client's edit in core's terms (offsets into this survey's text). */
export function toCoreTextEdit(survey: ValidatedSurvey, edit: TextEdit): CoreTextEdit {
  const start = offsetOf(survey, edit.range.start);
  const end = Math.max(start, offsetOf(survey, edit.range.end));
  return { range: survey.lines.range(start, end), newText: edit.newText };
}

export function rangeOfOffsets(survey: ValidatedSurvey, start: number, end: number): Range {
  const range = survey.lines.range(start, end);
  return { start: toLspPosition(range.start), end: toLspPosition(range.end) };
}

export function questionAt(survey: ValidatedSurvey, offset: number): Question | undefined {
  return allQuestions(survey.result.survey).find((question) => containsOffset(question.range, offset));
}

export function answerAt(question: Question, offset: number): Answer | undefined {
  return question.answers.find((answer) => containsOffset(answer.range, offset));
}

/** The roster name an answer's organisation resolves to; the written name when it is not in the roster. */
export function canonicalName(survey: ValidatedSurvey, written: string): string {
  return survey.organisations.resolve(written)?.name ?? written.trim();
}

/** Roster names, then organisations that answer without being in the roster (document order). */
export function organisationOrder(survey: ValidatedSurvey): string[] {
  const names = survey.roster.organisations.map((entry) => entry.name);
  for (const question of allQuestions(survey.result.survey))
    for (const answer of question.answers) {
      const name = canonicalName(survey, answer.organisation.text);
      if (name && !names.includes(name)) names.push(name);
    }
  return names;
}

export type QuestionStatus = QuestionCoverage;

export function questionStatus(survey: ValidatedSurvey, question: Question): QuestionStatus {
  return questionCoverage(question, survey.roster, survey.organisations);
}

/** Where the front-matter roster writes `name` (the parsed YAML node), as offsets; undefined when it is not there. */
export function rosterEntryInFrontMatter(survey: ValidatedSurvey, name: string): { start: number; end: number } | undefined {
  return survey.roster.source === 'front-matter' ? locateFrontMatterRosterName(survey.text, survey.result.survey, name) : undefined;
}

/** The organisation under the cursor: an answer's organisation name, or a roster entry in the front matter. */
export function organisationAt(survey: ValidatedSurvey, offset: number): { name: string; start: number; end: number; inRoster?: true } | undefined {
  const question = questionAt(survey, offset);
  if (question) {
    const answer = question.answers.find((candidate) => containsOffset(candidate.organisation.range, offset));
    if (answer) {
      const span = answer.organisation;
      return { name: canonicalName(survey, span.text), start: span.range.start.offset, end: span.range.end.offset };
    }
    return undefined;
  }
  for (const entry of survey.roster.organisations) {
    const found = rosterEntryInFrontMatter(survey, entry.name);
    if (found && found.start <= offset && offset <= found.end) return { name: entry.name, ...found, inRoster: true };
  }
  return undefined;
}
