// Rename an organisation everywhere it is written as its name: roster entries (front matter or config) and
// every answer in the workspace, as one WorkspaceEdit. Answers written under an alias keep the alias. Core
// decides whether the name can stand and whether the edit keeps who said what; a refusal is an error the
// client shows, and nothing is renamed.
import { allQuestions, applyFixes, foldText, createLineIndex, frontMatterRosterNameEdit, guardEdit, rosterNameEdit, rosterSyntaxOfPath, organisationNameProblem, renameMergeProblem, renameProblemMessage, type RenameProblem } from '@rus-survey/core';
import type { Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { CancellationToken } from '../cancellation.js';
import { toLspRange } from '../positions.js';
import { canonicalName, offsetOf, organisationAt, rangeOfOffsets, toCoreTextEdit, validated, type ValidatedSurvey } from '../survey-lookup.js';
import { rosterConfigFiles } from './definition.js';
import type { SurveyAnalyses } from '../survey-analyses.js';
import type { SurveyWorkspace } from '../workspace.js';
import { nameIn } from './references.js';
import { RenameRefusedError } from './rename-refused.js';

export function prepareRename(survey: ValidatedSurvey, position: Position): { range: Range; placeholder: string } | null {
  const organisation = organisationAt(survey, offsetOf(survey, position));
  if (!organisation) return null;
  // A roster entry may be quoted in the YAML; the placeholder is the name itself.
  const placeholder = organisation.inRoster ? organisation.name : survey.text.slice(organisation.start, organisation.end);
  return { range: rangeOfOffsets(survey, organisation.start, organisation.end), placeholder };
}

export async function rename(
  survey: ValidatedSurvey,
  position: Position,
  newName: string,
  analyses: SurveyAnalyses,
  workspace: SurveyWorkspace,
  token: CancellationToken,
): Promise<WorkspaceEdit | null> {
  const organisation = organisationAt(survey, offsetOf(survey, position));
  if (!organisation) return null;
  const cleanName = newName.trim();
  const refuse = (problem: RenameProblem): never => {
    throw new RenameRefusedError(problem, renameProblemMessage(problem, survey.locale));
  };
  const nameProblem = organisationNameProblem(newName);
  if (nameProblem) refuse(nameProblem);

  const changes: Record<string, TextEdit[]> = {};
  const add = (uri: string, edit: TextEdit): void => {
    const edits = (changes[uri] ??= []);
    if (!edits.some((e) => e.range.start.line === edit.range.start.line && e.range.start.character === edit.range.start.character)) edits.push(edit);
  };
  const configsDone = new Set<string>();

  const surveys = await analyses.allSurveys(token);
  for (const analysis of surveys) {
    const other = validated(analysis);
    if (!other) continue;
    const oldName = nameIn(other, organisation.name);
    const merge = renameMergeProblem(other.result.survey, other.config, oldName, cleanName);
    if (merge) refuse(merge);
    const before = changes[other.uri]?.length ?? 0;
    for (const question of allQuestions(other.result.survey))
      for (const answer of question.answers) {
        const written = answer.organisation.text;
        if (canonicalName(other, written) !== oldName || foldText(written) !== foldText(oldName)) continue;
        add(other.uri, { range: toLspRange(answer.organisation.range), newText: cleanName });
      }
    // The parsed roster node, written so the YAML reads the new name back (core checks by reading it back).
    const inFrontMatter = other.roster.source === 'front-matter' ? frontMatterRosterNameEdit(other.text, other.result.survey, oldName, cleanName) : undefined;
    if (inFrontMatter) add(other.uri, { range: rangeOfOffsets(other, inFrontMatter.start, inFrontMatter.end), newText: inFrontMatter.newText });
    const edits = (changes[other.uri] ?? []).slice(before);
    if (edits.length > 0) {
      const renamed = applyFixes(other.text, [{ fix: { title: '', edits: edits.map((edit) => toCoreTextEdit(other, edit)) } }]);
      const verdict = guardEdit(other.result.survey, renamed, { config: other.config, renames: [{ from: oldName, to: cleanName }] });
      if (!verdict.ok) refuse({ kind: 'guard', problem: verdict.problem });
    }
    for (const configUri of rosterConfigFiles(other)) {
      if (configsDone.has(configUri)) break;
      try {
        const text = workspace.readConfigFile(configUri);
        if (text === undefined) continue;
        const edit = rosterNameEdit(text, rosterSyntaxOfPath(configUri), oldName, cleanName);
        if (!edit) continue;
        configsDone.add(configUri);
        add(configUri, { range: toLspRange(createLineIndex(text).range(edit.start, edit.end)), newText: edit.newText });
        break;
      } catch {
        // An unreadable config just keeps its old name; the answers are still renamed.
      }
    }
  }
  return { changes };
}
