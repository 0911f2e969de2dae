// The outline: title › parts › questions › each roster organisation's answer, with empty and missing
// answers marked in `detail` so the outline shows the gaps. A national survey (290 municipalities × 40
// questions) would list 11,600 answers, megabytes of JSON no one scrolls through: past a limit the questions
// carry their coverage instead, and answers are reached with Go to Answer or workspace symbols.
import { SymbolKind, type DocumentSymbol, type Range, type SymbolInformation } from 'vscode-languageserver-types';
import { toLspRange } from '../positions.js';
import { canonicalName, questionStatus, type ValidatedSurvey } from '../survey-lookup.js';
import { uiText, type UiTextKey } from '../ui-text.js';
import type { Question } from '@rus-survey/core';

const statusDetail = (survey: ValidatedSurvey, status: string): string =>
  status === 'answered' ? '' : uiText(survey.locale, `status-${status}` as UiTextKey);

function questionName(question: Question): string {
  return question.number === null ? question.text : `${question.number}. ${question.text}`;
}

/** The most answer symbols (answers and missing ones) an outline lists. */
export const MAX_ANSWER_SYMBOLS = 2000;

function questionSymbol(survey: ValidatedSurvey, question: Question, listAnswers: boolean): DocumentSymbol {
  const headingRange = toLspRange(question.heading.range);
  if (!listAnswers) {
    const { answered, total } = questionStatus(survey, question);
    const detail = uiText(survey.locale, 'outlineAnswersNotListed', { answered: answered.length, total, limit: MAX_ANSWER_SYMBOLS });
    return { name: questionName(question), detail, kind: SymbolKind.Method, range: toLspRange(question.range), selectionRange: headingRange, children: [] };
  }
  const answers: DocumentSymbol[] = question.answers.map((answer) => ({
    name: answer.organisation.text.trim() || uiText(survey.locale, 'noOrganisation'),
    detail: statusDetail(survey, answer.status),
    kind: SymbolKind.Property,
    range: toLspRange(answer.range),
    selectionRange: toLspRange(answer.organisation.range),
  }));
  const present = new Set(question.answers.map((answer) => canonicalName(survey, answer.organisation.text)));
  for (const { name } of survey.roster.organisations) {
    if (!present.has(name)) answers.push({ name, detail: uiText(survey.locale, 'status-missing'), kind: SymbolKind.Property, range: headingRange, selectionRange: headingRange });
  }
  return { name: questionName(question), kind: SymbolKind.Method, range: toLspRange(question.range), selectionRange: headingRange, children: answers };
}

/** Hierarchical symbols; the title holds everything when there is one. */
export function documentSymbols(survey: ValidatedSurvey): DocumentSymbol[] {
  const model = survey.result.survey;
  // Each question lists its answers and its roster's missing organisations: at least max(answers, roster).
  const answerSymbols = model.parts.reduce(
    (sum, part) => sum + part.questions.reduce((inPart, question) => inPart + Math.max(question.answers.length, survey.roster.organisations.length), 0),
    0,
  );
  const listAnswers = answerSymbols <= MAX_ANSWER_SYMBOLS;
  const parts: DocumentSymbol[] = model.parts.map((part) => {
    const range = toLspRange(part.range);
    const selectionRange: Range = part.heading ? toLspRange(part.heading.range) : { start: range.start, end: range.start };
    return {
      name: part.heading ? part.title : part.title || uiText(survey.locale, 'beforeFirstPart'),
      kind: SymbolKind.Namespace,
      range,
      selectionRange,
      children: part.questions.map((question) => questionSymbol(survey, question, listAnswers)),
    };
  });
  if (!model.titleHeading) return parts;
  const end = survey.lines.position(survey.text.length);
  return [
    {
      name: model.title ?? model.titleHeading.text,
      kind: SymbolKind.File,
      range: { start: toLspRange(model.titleHeading.range).start, end: { line: end.line - 1, character: end.column - 1 } },
      selectionRange: toLspRange(model.titleHeading.range),
      children: parts.filter((part) => part.range.start.line >= toLspRange(model.titleHeading!.range).start.line),
    },
    ...parts.filter((part) => part.range.start.line < toLspRange(model.titleHeading!.range).start.line),
  ];
}

/** For clients without hierarchical symbol support: the same tree, flattened with container names. */
export function flatSymbols(uri: string, symbols: readonly DocumentSymbol[], containerName?: string): SymbolInformation[] {
  return symbols.flatMap((symbol) => [
    { name: symbol.name, kind: symbol.kind, location: { uri, range: symbol.selectionRange }, ...(containerName ? { containerName } : {}) },
    ...flatSymbols(uri, symbol.children ?? [], symbol.name),
  ]);
}
