// Rename an organisation everywhere it is written as its name: roster entries (front matter or config) and
// every answer in the workspace, as one WorkspaceEdit. Answers written under an alias keep the alias.
import { readFileSync } from 'node:fs';
import { allQuestions, createLineIndex } from '@rus-survey/core';
import { ResponseError, ErrorCodes, type CancellationToken, type Position, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { toLspRange } from '../positions.js';
import { canonicalName, findListedName, offsetOf, organisationAt, rangeOfOffsets, rosterEntryInFrontMatter, validated, type ValidatedSurvey } from '../survey-lookup.js';
import type { WorkspaceIndex } from '../workspace-index.js';
import { cancelled } from './cancellation.js';
import { nameIn } from './references.js';

export function prepareRename(survey: ValidatedSurvey, position: Position): { range: Range; placeholder: string } | null {
  const organisation = organisationAt(survey, offsetOf(survey, position));
  if (!organisation) return null;
  return { range: rangeOfOffsets(survey, organisation.start, organisation.end), placeholder: survey.text.slice(organisation.start, organisation.end) };
}

const fold = (text: string): string => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

export async function rename(
  survey: ValidatedSurvey,
  position: Position,
  newName: string,
  index: WorkspaceIndex,
  token: CancellationToken,
): Promise<WorkspaceEdit | null> {
  const organisation = organisationAt(survey, offsetOf(survey, position));
  if (!organisation) return null;
  const cleanName = newName.trim();
  if (!cleanName || /[\r\n]/.test(cleanName)) throw new ResponseError(ErrorCodes.InvalidParams, 'An organisation name is one non-empty line.');

  const changes: Record<string, TextEdit[]> = {};
  const add = (uri: string, edit: TextEdit): void => {
    const edits = (changes[uri] ??= []);
    if (!edits.some((e) => e.range.start.line === edit.range.start.line && e.range.start.character === edit.range.start.character)) edits.push(edit);
  };
  const configsDone = new Set<string>();

  const surveys = await index.allSurveys(() => token.isCancellationRequested);
  if (token.isCancellationRequested) throw cancelled();
  for (const analysis of surveys) {
    const other = validated(analysis);
    if (!other) continue;
    const oldName = nameIn(other, organisation.name);
    for (const question of allQuestions(other.result.survey))
      for (const answer of question.answers) {
        const written = answer.organisation.text;
        if (canonicalName(other, written) !== oldName || fold(written) !== fold(oldName)) continue;
        // A `|` would end the table cell.
        const text = answer.form === 'table' ? cleanName.replace(/\|/g, '\\|') : cleanName;
        add(other.uri, { range: toLspRange(answer.organisation.range), newText: text });
      }
    const inFrontMatter = rosterEntryInFrontMatter(other, oldName);
    if (inFrontMatter) add(other.uri, { range: rangeOfOffsets(other, inFrontMatter.start, inFrontMatter.end), newText: cleanName });
    const configPath = other.configSource.path;
    if (other.roster.source === 'config' && configPath && !configsDone.has(configPath)) {
      configsDone.add(configPath);
      try {
        const text = readFileSync(configPath, 'utf8');
        const found = findListedName(text, oldName);
        if (found) add(URI.file(configPath).toString(), { range: toLspRange(createLineIndex(text).range(found.start, found.end)), newText: cleanName });
      } catch {
        // An unreadable config just keeps its old name; the answers are still renamed.
      }
    }
  }
  return { changes };
}
