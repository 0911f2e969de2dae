// The inferred roster (and its near-duplicate search) is worked out once per model: a lint, fixSurvey's guard
// and the compare views that ask again for the same model get the same result, not a second search.
import { describe, expect, it } from 'vitest';
import { lintSurvey, resolveRoster, resolveRosterDetailed } from '../../src/index.js';

const SURVEY = [
  '# Enkät',
  '',
  '## Del',
  '',
  '### 1. Fråga?',
  '',
  '| Organisation | Svar |',
  '| --- | --- |',
  '| Region Skåne | Ja. |',
  '| Region Skane | Nej. |',
  '| Region Blekinge | Ja. |',
  '',
].join('\n');

describe('the inferred roster of one model', () => {
  it('is the one the lint resolved, not a second search', () => {
    const { survey } = lintSurvey(SURVEY);
    const first = resolveRosterDetailed(survey);
    expect(resolveRosterDetailed(survey, {})).toBe(first);
    expect(resolveRoster(survey)).toBe(first.roster);
    expect(first.roster.source).toBe('inferred');
  });

  it('equals a fresh search on another model of the same text', () => {
    const a = lintSurvey(SURVEY).survey;
    const b = lintSurvey(SURVEY).survey;
    expect(resolveRosterDetailed(b)).not.toBe(resolveRosterDetailed(a));
    expect(resolveRosterDetailed(b)).toStrictEqual(resolveRosterDetailed(a));
  });

  it('is not used when the config names the roster', () => {
    const { survey } = lintSurvey(SURVEY);
    resolveRosterDetailed(survey);
    expect(resolveRosterDetailed(survey, { organisations: ['Region Halland'] }).roster.source).toBe('config');
  });
});
