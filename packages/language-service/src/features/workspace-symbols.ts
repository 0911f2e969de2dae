// Workspace symbols: every answer as "<organisation> <question number>", so "Skåne 4" finds Region Skåne's
// answer to question 4, and "4" alone finds question 4 in every survey.
import { allQuestions, foldForSearch } from '@rus-survey/core';
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import type { CancellationToken } from '../cancellation.js';
import { toLspRange } from '../positions.js';
import { canonicalName, validated } from '../survey-lookup.js';
import type { SurveyAnalyses } from '../survey-analyses.js';

const MAX_RESULTS = 500;

export async function workspaceSymbols(query: string, analyses: SurveyAnalyses, token: CancellationToken): Promise<SymbolInformation[]> {
  const tokens = foldForSearch((typeof query === 'string' ? query : '').normalize('NFC')).split(/\s+/).filter(Boolean);
  const numbers = tokens.filter((token) => /^\d+\.?$/.test(token)).map((token) => Number.parseInt(token, 10));
  const words = tokens.filter((token) => !/^\d+\.?$/.test(token));
  const symbols: SymbolInformation[] = [];

  const surveys = await analyses.allSurveys(token);
  for (const analysis of surveys) {
    const survey = validated(analysis);
    if (!survey) continue;
    const containerName = survey.result.survey.title ?? survey.uri;
    for (const question of allQuestions(survey.result.survey)) {
      if (numbers.length > 0 && (question.number === null || !numbers.includes(question.number))) continue;
      const questionLabel = question.number === null ? question.text : `${question.number}. ${question.text}`;
      if (words.length === 0) {
        symbols.push({ name: questionLabel, kind: SymbolKind.Method, location: { uri: survey.uri, range: toLspRange(question.heading.range) }, containerName });
        continue;
      }
      for (const answer of question.answers) {
        const organisation = canonicalName(survey, answer.organisation.text);
        const haystack = foldForSearch(`${organisation} ${answer.organisation.text}`.normalize('NFC'));
        if (!words.every((word) => haystack.includes(word))) continue;
        symbols.push({
          name: `${organisation} ${question.number ?? ''}`.trim(),
          kind: SymbolKind.Property,
          location: { uri: survey.uri, range: toLspRange(answer.anchor) },
          containerName: `${containerName} › ${questionLabel}`,
        });
      }
      if (symbols.length >= MAX_RESULTS) return symbols;
    }
  }
  return symbols;
}
