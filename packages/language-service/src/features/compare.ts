// rusSurvey/compareMatrix: core's compare matrix over the requested surveys (editor text when open).
import { compareMatrix, type CompareMatrix, type CompareSource } from '@rus-survey/core';
import { throwIfCancelled, type CancellationToken } from '../cancellation.js';
import type { CompareMatrixParams } from '@rus-survey/protocol';
import type { SurveyAnalyses } from '../survey-analyses.js';

export async function compare(analyses: SurveyAnalyses, params: CompareMatrixParams, token: CancellationToken): Promise<CompareMatrix> {
  const uris = Array.isArray(params?.uris) ? params.uris.filter((uri): uri is string => typeof uri === 'string') : [];
  const sources: CompareSource[] = [];
  for (const uri of uris) {
    const analysis = await analyses.analysis(uri);
    throwIfCancelled(token);
    if (analysis?.result) sources.push({ uri, survey: analysis.result.survey, config: analysis.config });
  }
  return compareMatrix(sources, {
    ...(Array.isArray(params.organisations) ? { organisations: params.organisations } : {}),
    ...(Array.isArray(params.questions) ? { questions: params.questions } : {}),
  });
}
