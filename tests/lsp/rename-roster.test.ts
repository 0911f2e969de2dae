// Renaming a roster entry edits the parsed roster node (front matter, YAML or JSON config), never the same
// words elsewhere, and writes names that YAML and JSON read back as written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PrepareRenameRequest, RenameRequest, type WorkspaceEdit } from 'vscode-languageserver-protocol/node.js';
import { buildSurvey, lintSurvey, loadConfig } from '@rus-survey/core';
import { applyEdits, LspClient } from './lsp-client.js';

let client: LspClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

const body = `# Enkät

> Tänk på att detta är ett diskussionsunderlag för nätverket, vill du använda materialet i något annat sammanhang, kontakta deltagarna i nätverket och stäm av.

## Del ett

### 1. Första frågan?

| Organisation | Svar |
| --- | --- |
| Region Skåne | Ja. |
| Region Skåne Nord | Nej. |
`;

const withFrontMatter = `---
rus-survey: true
title: Enkät till Region Skåne och Region Skåne Nord
organisations:
  - Region Skåne
  - Region Skåne Nord
---

${body}`;

async function renameAt(current: LspClient, uri: string, text: string, newName: string): Promise<WorkspaceEdit> {
  const line = text.split('\n').indexOf('| Region Skåne | Ja. |');
  return (await current.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: { line, character: 4 }, newName })) as WorkspaceEdit;
}

const NAMES = ['Region Syd', 'Region: Syd', '*alias', 'Region #1', 'Region "Syd"', 'Region \\ Syd', '123'];

describe('a front-matter roster', () => {
  for (const newName of NAMES) {
    it(`renames the entry to ${JSON.stringify(newName)}, not the title, and the roster reads it back`, async () => {
      client = await LspClient.start();
      const uri = await client.open('a.survey.md', withFrontMatter);
      const edit = await renameAt(client, uri, withFrontMatter, newName);
      const after = applyEdits(withFrontMatter, edit.changes![uri]!);
      const survey = buildSurvey(after);
      expect(survey.frontMatter?.data['title']).toBe('Enkät till Region Skåne och Region Skåne Nord');
      expect(survey.frontMatter?.data['organisations']).toEqual([newName, 'Region Skåne Nord']);
      const answers = survey.parts[0]!.questions[0]!.answers.map((answer) => answer.organisation.text);
      expect(answers).toEqual([newName, 'Region Skåne Nord']);
      expect(lintSurvey(after).diagnostics.filter((d) => d.ruleId === 'RUS002' || d.ruleId === 'RUS004')).toEqual([]);
    });
  }

  it('prepares a rename on the roster entry with the name as the placeholder', async () => {
    client = await LspClient.start();
    const text = withFrontMatter.replace('  - Region Skåne Nord', '  - "Region Skåne Nord"');
    const uri = await client.open('a.survey.md', text);
    const line = text.split('\n').indexOf('  - "Region Skåne Nord"');
    const prepared = (await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position: { line, character: 6 } })) as { placeholder: string };
    expect(prepared.placeholder).toBe('Region Skåne Nord');
  });
});

describe('a config roster', () => {
  const json = `{\n  // Who answers\n  "organisations": ["Region Skåne Nord", "Region Skåne"]\n}\n`;
  const yaml = `organisations:\n  - Region Skåne Nord\n  - Region Skåne\n`;

  for (const [file, config] of [['.rus-survey.jsonc', json], ['.rus-survey.yaml', yaml]] as const) {
    for (const newName of NAMES) {
      it(`renames "Region Skåne" to ${JSON.stringify(newName)} in ${file}, leaving "Region Skåne Nord"`, async () => {
        client = await LspClient.start({ files: { [file]: config } });
        const survey = `---\nrus-survey: true\n---\n\n${body}`;
        const uri = await client.open('a.survey.md', survey);
        const edit = await renameAt(client, uri, survey, newName);
        const configUri = client.uri(file);
        expect(Object.keys(edit.changes!).sort()).toEqual([uri, configUri].sort());
        const written = applyEdits(readFileSync(join(client.workspace, file), 'utf8'), edit.changes![configUri]!);
        const loaded = loadConfig({ filename: join(client.workspace, file), text: written });
        expect(loaded.errors).toEqual([]);
        expect(loaded.config.organisations).toEqual(['Region Skåne Nord', newName]);
      });
    }
  }
});
