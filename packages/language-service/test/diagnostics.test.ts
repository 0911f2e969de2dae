import { describe, expect, it } from 'vitest';
import { InMemoryWorkspace, serviceOver } from './in-memory-workspace.js';
import { SMALL_SURVEY } from './surveys.js';

const URI = 'file:///w/small.survey.md';

describe('getDiagnostics', () => {
  it("reports core's findings with the rule as code, its docs as href and the fixes in data, for the open version", async () => {
    const workspace = new InMemoryWorkspace();
    workspace.openDocument(URI, SMALL_SURVEY, 7);
    const report = await serviceOver(workspace).getDiagnostics(URI);
    expect(report?.version).toBe(7);
    const first = report!.diagnostics.find((d) => d.code === 'RUS002')!;
    expect(first).toMatchObject({
      code: 'RUS002',
      source: 'rus-survey',
      severity: 2,
      message: 'missing-organisation: Region Skåne has no answer to question 2.',
      range: { start: { line: 20, character: 0 }, end: { line: 20, character: 25 } },
      data: { ruleId: 'RUS002', facts: { question: 2, organisation: 'Region Skåne' } },
    });
    expect(first.codeDescription?.href).toMatch(/RUS002/);
  });

  it('answers for the current version of an open document (each edit is a new analysis) and the file on disk once it closes', async () => {
    const workspace = new InMemoryWorkspace({ [URI]: SMALL_SURVEY });
    const service = serviceOver(workspace);
    const complete = SMALL_SURVEY.replace('| Region Blekinge | Årligen. |', '| Region Blekinge | Årligen. |\n| Region Skåne | x |\n| Region Kronoberg | y |');
    workspace.openDocument(URI, complete, 1);
    const codes = async () => (await service.getDiagnostics(URI))!.diagnostics.map((d) => d.code);
    expect(await codes()).not.toContain('RUS002');
    workspace.openDocument(URI, SMALL_SURVEY, 2);
    expect(await codes()).toContain('RUS002');
    workspace.openDocument(URI, complete, 3);
    expect(await codes()).not.toContain('RUS002');
    workspace.closeDocument(URI);
    service.documentClosed(URI);
    expect((await service.getDiagnostics(URI))?.version).toBeNull();
    expect(await codes()).toContain('RUS002');
  });

  it('gives a file over the size limit one "too large" warning instead of validating it', async () => {
    const workspace = new InMemoryWorkspace({ [URI]: SMALL_SURVEY });
    workspace.setSettings({ maxFileSize: 100, locale: 'en' });
    // Open (the editor has the text even when the limit keeps the file from being read from disk).
    workspace.openDocument(URI, SMALL_SURVEY);
    const report = await serviceOver(workspace).getDiagnostics(URI);
    expect(report?.diagnostics).toEqual([
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 2,
        code: 'too-large',
        source: 'rus-survey',
        message: `This file is too large to validate (${SMALL_SURVEY.length} characters; the limit is 100, setting rusSurvey.maxFileSize).`,
      },
    ]);
  });

  it('reports a broken config on line 1 of the survey, pointing at the config file', async () => {
    const workspace = new InMemoryWorkspace({ [URI]: SMALL_SURVEY, 'file:///w/.rus-survey.json': '{ "rules": { "RUS002": "loud" } }' });
    const diagnostics = (await serviceOver(workspace).getDiagnostics(URI))!.diagnostics;
    const config = diagnostics.find((d) => d.code === 'config');
    expect(config?.message).toMatch(/^Invalid config file:\/\/\/w\/\.rus-survey\.json:1:\d+: /);
    expect(config?.relatedInformation?.[0]?.location.uri).toBe('file:///w/.rus-survey.json');
  });

  it('reports nothing for Markdown that is not a survey', async () => {
    const workspace = new InMemoryWorkspace({ 'file:///w/notes.md': '# Notes\n\n### 1. Q\n' });
    expect((await serviceOver(workspace).getDiagnostics('file:///w/notes.md'))?.diagnostics).toEqual([]);
  });

  it('a settings change while the settings are being fetched leaves no stale result behind', async () => {
    /** Settings answered late, as a client's workspace/configuration reply can be: the value read when asked. */
    class SlowSettings extends InMemoryWorkspace {
      release: () => void = () => undefined;
      override async settings() {
        const asked = await super.settings();
        await new Promise<void>((resolve) => (this.release = resolve));
        return asked;
      }
    }
    const workspace = new SlowSettings();
    workspace.openDocument(URI, SMALL_SURVEY, 1);
    const service = serviceOver(workspace);
    const first = service.getDiagnostics(URI);
    await new Promise((resolve) => setImmediate(resolve));
    workspace.setSettings({ locale: 'sv' });
    workspace.release();
    expect((await first)!.diagnostics.find((d) => d.code === 'RUS002')!.message).toMatch(/has no answer/);
    const second = service.getDiagnostics(URI);
    await new Promise((resolve) => setImmediate(resolve));
    workspace.release();
    expect((await second)!.diagnostics.find((d) => d.code === 'RUS002')!.message).toMatch(/saknar svar/);
  });
});
