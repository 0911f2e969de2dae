import { describe, expect, it } from 'vitest';
import { InMemoryWorkspace, positionOf, serviceOver } from './in-memory-workspace.js';
import { SMALL_SURVEY } from './surveys.js';

const URI = 'file:///w/small.survey.md';

describe('navigate', () => {
  it("goes to the next organisation's answer, and to the same organisation's answer to the next question, skipping missing answers", async () => {
    const service = serviceOver(new InMemoryWorkspace({ [URI]: SMALL_SURVEY }));
    const onSkane = positionOf(SMALL_SURVEY, '| Region Skåne |', 4);
    expect((await service.navigate(URI, onSkane, 'nextOrganisation'))?.range.start.line).toBe(17);
    expect((await service.navigate(URI, onSkane, 'previousOrganisation'))?.range.start.line).toBe(18);
    // Region Skåne has no answer to question 2: "next question" wraps round to its own answer to question 1.
    expect((await service.navigate(URI, onSkane, 'nextQuestion'))?.range.start.line).toBe(16);
    const onBlekinge = positionOf(SMALL_SURVEY, '| Region Blekinge | Genom', 4);
    expect((await service.navigate(URI, onBlekinge, 'nextQuestion'))?.range.start.line).toBe(24);
  });
});
