// Quick fixes built from each diagnostic's data (the edits travel with the diagnostic; nothing waits in the
// server), plus the group fixes rules declare (RUS002's "Add all missing organisations"), disable comments,
// and fix-all. Edits go in CodeAction.edit.
// Every edit offered passes core's guard first (createFixGuard / guardEdit / fixSurvey): one that would change who
// said what is not offered.
import { applyFixes, createFixGuard, disableDirectiveEdit, findRule, fixSurvey, guardEdit, quickFixTitle, ruleDocsUrl, type Fix, type TextEdit as CoreTextEdit } from '@rus-survey/core';
import { SHOW_DOCUMENTATION_COMMAND } from '@rus-survey/protocol';
import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import { minimalEdit, toLspTextEdit } from '../positions.js';
import { rangeOfOffsets, toCoreTextEdit, type ValidatedSurvey } from '../survey-lookup.js';
import { DIAGNOSTIC_SOURCE, type FixData, type RusDiagnosticData } from './diagnostics.js';

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

export interface CodeActionOptions {
  /** The client opens pages (window/showDocument), so "Show documentation" can work. */
  showsDocuments: boolean;
  /** The client resolves an action's edit (codeAction/resolve), so fix-all is computed only when chosen. */
  resolvesEdits: boolean;
}

/** What a fix-all action offered without its edit carries until codeAction/resolve. */
interface FixAllData {
  fixAll: { uri: string };
}

const isFixAllData = (data: unknown): data is FixAllData => typeof (data as FixAllData | undefined)?.fixAll?.uri === 'string';

/** The fix-all edit: every auto-fix core applies (each passes its guard), as one edit. */
function fixAllEdit(survey: ValidatedSurvey): TextEdit[] {
  return replaceWith(survey, fixSurvey(survey.text, { config: survey.config, locale: survey.locale }).text);
}

/** codeAction/resolve: a fix-all action gets its edit, computed on the document as it is now. */
export function resolveCodeAction(survey: ValidatedSurvey | undefined, action: CodeAction): CodeAction {
  if (!survey || !isFixAllData(action.data) || action.data.fixAll.uri !== survey.uri) return action;
  return { ...action, edit: { changes: { [survey.uri]: fixAllEdit(survey) } } };
}

/** The URI a fix-all action to resolve is about. */
export function fixAllUri(action: CodeAction): string | undefined {
  return isFixAllData(action.data) ? action.data.fixAll.uri : undefined;
}

export function codeActions(survey: ValidatedSurvey, context: CodeActionContext, options: CodeActionOptions): CodeAction[] {
  const uri = survey.uri;
  const only = context.only;
  const actions: CodeAction[] = [];
  const single = (edits: TextEdit[]) => ({ changes: { [uri]: edits } });
  const locale = survey.locale;
  const lines = survey.lines;
  const model = survey.result.survey;
  // One guard for the request: each fix re-parses only the question blocks it changes.
  const guard = createFixGuard(survey.text, model, survey.config);
  const passes = (fix: Pick<Fix, 'edits' | 'renames'>): boolean => guard.check(fix).ok;
  const passesLsp = (fix: FixData): boolean => passes({ edits: fix.edits.map((edit) => toCoreTextEdit(survey, edit)), ...(fix.renames ? { renames: fix.renames } : {}) });
  const disable = (ruleId: string, line: number, scope: 'line' | 'file'): TextEdit | null => {
    const edit: CoreTextEdit | null = disableDirectiveEdit({ text: survey.text, lines, survey: model, ruleId, line, scope });
    return edit && passes({ edits: [edit] }) ? toLspTextEdit(edit) : null;
  };

  if (wanted(CodeActionKind.QuickFix, only)) {
    const disabledLines = new Set<string>();
    const groupsDone = new Set<string>();
    for (const diagnostic of context.diagnostics) {
      const data = dataOf(diagnostic);
      if (!data) continue;
      const fixes = [...(data.fix ? [{ fix: data.fix, preferred: true }] : []), ...(data.suggestions ?? []).map((fix) => ({ fix, preferred: false }))];
      for (const { fix, preferred } of fixes) {
        if (!passesLsp(fix)) continue;
        actions.push({
          title: quickFixTitle(preferred ? 'fixThis' : 'suggestion', locale, { ruleId: data.ruleId, ruleName: data.ruleName, title: fix.title }),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: preferred,
          edit: single(fix.edits),
        });
      }

      // A rule that fixes its findings as a group ("Add all missing organisations"): one action per group.
      const rule = findRule(data.ruleId);
      const group = rule?.fixGroup;
      const groupKey = group && data.facts ? group.key(data.facts) : undefined;
      if (group && data.facts && groupKey !== undefined && !groupsDone.has(`${data.ruleId}:${groupKey}`)) {
        groupsDone.add(`${data.ruleId}:${groupKey}`);
        const inGroup = (ruleId: string, facts: Record<string, unknown> | undefined): boolean => ruleId === data.ruleId && facts !== undefined && group.key(facts) === groupKey;
        const members = survey.result.diagnostics.filter((d) => d.fix && inGroup(d.ruleId, d.data));
        const fixed = members.length > 1 ? applyFixes(survey.text, members) : null;
        if (fixed !== null && guardEdit(model, fixed, { config: survey.config }).ok) {
          actions.push({
            title: group.title(members.length, data.facts, locale),
            kind: CodeActionKind.QuickFix,
            diagnostics: context.diagnostics.filter((d) => {
              const other = dataOf(d);
              return other !== undefined && inGroup(other.ruleId, other.facts);
            }),
            edit: single(replaceWith(survey, fixed)),
          });
        }
      }

      // Core leaves out the line form inside tables, where a comment line would split the table.
      const line = diagnostic.range.start.line;
      const key = `${data.ruleId}:${line}`;
      const lineEdit = disabledLines.has(key) ? null : disable(data.ruleId, line + 1, 'line');
      if (lineEdit) {
        disabledLines.add(key);
        actions.push({
          title: quickFixTitle('disableLine', locale, { ruleId: data.ruleId }),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: single([lineEdit]),
        });
      }
      // Without showDocument the diagnostic's codeDescription.href still links the rule's page.
      if (options.showsDocuments && rule && !disabledLines.has(`${data.ruleId}:docs`)) {
        disabledLines.add(`${data.ruleId}:docs`);
        const title = quickFixTitle('showDocumentation', locale, { ruleId: rule.id });
        actions.push({
          title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title, command: SHOW_DOCUMENTATION_COMMAND, arguments: [ruleDocsUrl(rule)] },
        });
      }
      const fileEdit = disabledLines.has(`${data.ruleId}:file`) ? null : disable(data.ruleId, line + 1, 'file');
      if (fileEdit) {
        disabledLines.add(`${data.ruleId}:file`);
        actions.push({
          title: quickFixTitle('disableFile', locale, { ruleId: data.ruleId }),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: single([fileEdit]),
        });
      }
    }
  }

  // Fixing everything costs a full fix run: done on codeAction/resolve, or at once only when the client asked
  // for fix-all by kind (on save, say) and cannot resolve; a plain lightbulb request does not pay for it.
  if (wanted(FIX_ALL_KIND, only) && survey.result.diagnostics.some((d) => d.fix)) {
    const title = quickFixTitle('fixAll', locale);
    if (options.resolvesEdits) actions.push({ title, kind: FIX_ALL_KIND, data: { fixAll: { uri } } satisfies FixAllData });
    else if (only) {
      const edits = fixAllEdit(survey);
      if (edits.length > 0) actions.push({ title, kind: FIX_ALL_KIND, edit: single(edits) });
    }
  }
  return actions;
}
