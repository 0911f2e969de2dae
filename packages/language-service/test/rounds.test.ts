import { describe, expect, it } from 'vitest';
import { InMemoryWorkspace, positionOf, serviceOver } from './in-memory-workspace.js';
import { SMALL_SURVEY } from './surveys.js';

const OLD = 'file:///w/2023.survey.md';
const NEW = 'file:///w/2024.survey.md';
const OLD_TEXT = SMALL_SURVEY.replace('rus-survey: true', 'rus-survey: true\ndate: 2023-04-01');
const NEW_TEXT = SMALL_SURVEY.replace('rus-survey: true', 'rus-survey: true\ndate: 2024-04-01').replace('Genom budgeten.', 'Genom nya budgeten.');

describe('getRounds and getAnswerInRound', () => {
  it("finds the survey's other rounds in the workspace, oldest first, leaving other questionnaires out", async () => {
    const workspace = new InMemoryWorkspace({ [NEW]: NEW_TEXT, [OLD]: OLD_TEXT, 'file:///w/other.survey.md': '---\nrus-survey: true\n---\n\n# Annat\n\n## Del\n\n### 1. Något helt annat?\n\n| Organisation | Svar |\n| --- | --- |\n| Region Skåne | Ja. |\n' });
    const comparison = await serviceOver(workspace).getRounds(NEW);
    expect(comparison?.rounds.map((round) => round.uri)).toEqual([OLD, NEW]);
  });

  it("goes from an answer to the same organisation's answer in the round before", async () => {
    const workspace = new InMemoryWorkspace({ [NEW]: NEW_TEXT, [OLD]: OLD_TEXT });
    const found = await serviceOver(workspace).getAnswerInRound(NEW, positionOf(NEW_TEXT, 'Genom nya budgeten.', 3), -1);
    expect(found?.organisation).toBe('Region Skåne');
    expect(found?.location).toEqual({ uri: OLD, range: expect.objectContaining({ start: { line: 17, character: 0 } }) });
    expect(await serviceOver(workspace).getAnswerInRound(OLD, positionOf(OLD_TEXT, 'Genom budgeten.', 3), -1)).toBeNull();
  });
});
