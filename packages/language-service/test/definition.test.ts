import { describe, expect, it } from 'vitest';
import { InMemoryWorkspace, positionOf, serviceOver } from './in-memory-workspace.js';
import { CONFIG_ROSTER_SURVEY, CONFIG_YAML, SMALL_SURVEY } from './surveys.js';

const SURVEY_URI = 'file:///w/enkater/a.survey.md';
const CONFIG_URI = 'file:///w/.rus-survey.yaml';

describe('getDefinition', () => {
  it("goes from an answer's organisation to its roster entry in the config file, read through the workspace", async () => {
    const workspace = new InMemoryWorkspace({ [SURVEY_URI]: CONFIG_ROSTER_SURVEY, [CONFIG_URI]: CONFIG_YAML });
    const location = await serviceOver(workspace).getDefinition(SURVEY_URI, positionOf(CONFIG_ROSTER_SURVEY, '| Region Skåne |', 4));
    expect(location).toEqual({ uri: CONFIG_URI, range: { start: { line: 2, character: 4 }, end: { line: 2, character: 16 } } });
    expect(workspace.configReads).toContain(CONFIG_URI);
  });

  it('goes to the front-matter roster entry when the survey lists its organisations itself', async () => {
    const workspace = new InMemoryWorkspace({ [SURVEY_URI]: SMALL_SURVEY });
    const location = await serviceOver(workspace).getDefinition(SURVEY_URI, positionOf(SMALL_SURVEY, '| Region Kronoberg | Genom VP', 3));
    expect(location).toEqual({ uri: SURVEY_URI, range: { start: { line: 4, character: 4 }, end: { line: 4, character: 20 } } });
  });

  it('has nowhere to go when the config cannot be read', async () => {
    const workspace = new InMemoryWorkspace({ [SURVEY_URI]: CONFIG_ROSTER_SURVEY, [CONFIG_URI]: CONFIG_YAML });
    workspace.readConfigFile = () => undefined;
    expect(await serviceOver(workspace).getDefinition(SURVEY_URI, positionOf(CONFIG_ROSTER_SURVEY, '| Region Skåne |', 4))).toBeNull();
  });
});
