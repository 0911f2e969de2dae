// Quick fixes built from each diagnostic's data (the edits travel with the diagnostic; nothing waits in the
// server), plus "Add all missing organisations", disable comments, and fix-all. Edits go in CodeAction.edit.
import { applyFixes, fixSurvey, findRule } from '@rus-survey/core';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { minimalEdit } from '../positions.js';
import { rangeOfOffsets, type ValidatedSurvey } from '../survey-lookup.js';
import { DIAGNOSTIC_SOURCE, type RusDiagnosticData } from './diagnostics.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.rusSurvey`;

function dataOf(diagnostic: Diagnostic): RusDiagnosticData | undefined {
  const data = diagnostic.data as RusDiagnosticData | undefined;
  return diagnostic.source === DIAGNOSTIC_SOURCE && typeof data?.ruleId === 'string' ? data : undefined;
}

function wanted(kind: string, only: readonly string[] | undefined): boolean {
  return !only || only.some((prefix) => kind === prefix || kind.startsWith(`${prefix}.`));
}

/** One edit turning the document into `after`, so clients never see overlapping insertions. */
function replaceWith(survey: ValidatedSurvey, after: string): TextEdit[] {
  const edit = minimalEdit(survey.text, after, (offset) => rangeOfOffsets(survey, offset, offset).start);
  return edit ? [edit] : [];
}

function lineText(survey: ValidatedSurvey, line: number): string {
  return survey.text.split(/\r\n|\r|\n/, line + 1)[line] ?? '';
}

export function codeActions(survey: ValidatedSurvey, params: CodeActionParams): CodeAction[] {
  const uri = params.textDocument.uri;
  const only = params.context.only;
  const actions: CodeAction[] = [];
  const single = (edits: TextEdit[]) => ({ changes: { [uri]: edits } });

  if (wanted(CodeActionKind.QuickFix, only)) {
    const disabledLines = new Set<string>();
    const addAllDone = new Set<unknown>();
    for (const diagnostic of params.context.diagnostics) {
      const data = dataOf(diagnostic);
      if (!data) continue;
      const fixes = [...(data.fix ? [{ fix: data.fix, preferred: true }] : []), ...(data.suggestions ?? []).map((fix) => ({ fix, preferred: false }))];
      for (const { fix, preferred } of fixes) {
        actions.push({
          title: preferred ? `Fix this ${data.ruleId} ${data.ruleName} problem: ${fix.title}` : `${fix.title} (${data.ruleId} ${data.ruleName})`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: preferred,
          edit: single(fix.edits),
        });
      }

      const question = data.facts?.['question'];
      if (data.ruleId === 'RUS002' && !addAllDone.has(question)) {
        addAllDone.add(question);
        const sameQuestion = survey.result.diagnostics.filter((d) => d.ruleId === 'RUS002' && d.data?.['question'] === question && d.fix);
        if (sameQuestion.length > 1) {
          actions.push({
            title: `Add all missing organisations (${sameQuestion.length}) to question ${String(question)}`,
            kind: CodeActionKind.QuickFix,
            diagnostics: params.context.diagnostics.filter((d) => dataOf(d)?.ruleId === 'RUS002' && dataOf(d)?.facts?.['question'] === question),
            edit: single(replaceWith(survey, applyFixes(survey.text, sameQuestion))),
          });
        }
      }

      // A comment line inside a table would split the table, so rows get only the file-wide form.
      const line = diagnostic.range.start.line;
      const key = `${data.ruleId}:${line}`;
      if (!disabledLines.has(key) && !lineText(survey, line).trimStart().startsWith('|')) {
        disabledLines.add(key);
        actions.push({
          title: `Disable ${data.ruleId} for this line`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: single([{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `<!-- rus-survey-disable-next-line ${data.ruleId} -->\n` }]),
        });
      }
      if (!disabledLines.has(`${data.ruleId}:file`)) {
        disabledLines.add(`${data.ruleId}:file`);
        actions.push({
          title: `Disable ${data.ruleId} for the entire file`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: single([disableFileEdit(survey, data.ruleId)]),
        });
      }
    }
  }

  if (wanted(FIX_ALL_KIND, only) && survey.result.diagnostics.some((d) => d.fix)) {
    const fixed = fixSurvey(survey.text, { config: survey.config, locale: survey.locale });
    const edits = replaceWith(survey, fixed.text);
    if (edits.length > 0) actions.push({ title: 'Fix all auto-fixable rus-survey problems', kind: FIX_ALL_KIND, edit: single(edits) });
  }
  return actions;
}

/** `<!-- rus-survey-disable-file X -->` right after the front matter (before it, the front matter would break). */
function disableFileEdit(survey: ValidatedSurvey, ruleId: string): TextEdit {
  const frontMatter = survey.result.survey.frontMatter;
  // Core's line is 1-based, so the line after the front matter's closing `---` is `end.line` 0-based.
  const line = frontMatter ? (frontMatter.range.end.column === 1 ? frontMatter.range.end.line - 1 : frontMatter.range.end.line) : 0;
  const rule = findRule(ruleId)?.id ?? ruleId;
  const comment = `<!-- rus-survey-disable-file ${rule} -->\n`;
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: frontMatter ? comment : `${comment}\n` };
}
