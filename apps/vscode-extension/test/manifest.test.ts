// The manifest's public surface: command, view and setting ids that keybindings, docs and users rely on.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8'));
const contributes = manifest.contributes;
const src = fileURLToPath(new URL('../src', import.meta.url));
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? sourceFiles(join(dir, name)) : name.endsWith('.ts') ? [join(dir, name)] : []));

describe('package.json', () => {
  it('is the extension rus-survey.rus-survey-vscode, bundled with no runtime dependencies', () => {
    expect(`${manifest.publisher}.${manifest.name}`).toBe('rus-survey.rus-survey-vscode');
    expect(manifest.displayName).toBe('RUS Survey');
    expect(manifest.engines.vscode).toBe('^1.100.0');
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.main).toBe('./dist/extension.js');
  });

  it('contributes the documented commands', () => {
    const ids = contributes.commands.map((command: { command: string }) => command.command);
    for (const id of ['nextOrganisation', 'previousOrganisation', 'nextQuestion', 'previousQuestion', 'goToAnswer', 'compareRegions', 'exportCompare', 'restartServer'])
      expect(ids).toContain(`rusSurvey.${id}`);
  });

  it('binds the navigation commands only in a focused Markdown editor', () => {
    const bound = contributes.keybindings.map((binding: { command: string; when: string }) => [binding.command, binding.when]);
    expect(bound).toEqual(
      ['nextOrganisation', 'previousOrganisation', 'nextQuestion', 'previousQuestion'].map((id) => [`rusSurvey.${id}`, 'editorTextFocus && editorLangId == markdown']),
    );
  });

  it('has the two views in their own activity-bar container', () => {
    expect(contributes.viewsContainers.activitybar[0].id).toBe('rusSurvey');
    expect(contributes.views.rusSurvey.map((view: { id: string }) => view.id)).toEqual(['rusSurvey.questions', 'rusSurvey.organisations']);
  });

  it('validates .rus-survey.json and .jsonc with the schema core generates', () => {
    expect(contributes.jsonValidation).toEqual([
      { fileMatch: '.rus-survey.json', url: './schemas/rus-survey-config.schema.json' },
      { fileMatch: '.rus-survey.jsonc', url: './schemas/rus-survey-config.schema.json' },
    ]);
  });

  it('activates for surveys, survey configs, Markdown, and a compare panel restored after a reload', () => {
    expect(manifest.activationEvents).toEqual(['workspaceContains:**/*.survey.md', 'workspaceContains:**/.rus-survey.*', 'onLanguage:markdown', 'onWebviewPanel:rusSurvey.compare']);
  });

  it('offers the settings the language server reads', () => {
    expect(Object.keys(contributes.configuration.properties).sort()).toEqual(
      ['rusSurvey.debounceMs', 'rusSurvey.files', 'rusSurvey.locale', 'rusSurvey.maxFileSize', 'rusSurvey.rules', 'rusSurvey.trace.server'].sort(),
    );
  });

  it('leaves the settings the server owns to the server: the extension reads none of them itself', () => {
    // rusSurvey.locale is read by the extension too (its views and webviews follow it); trace.server is
    // vscode-languageclient's own. The others (the debounce, rules, files, the size limit) are the server's.
    const owned = Object.keys(contributes.configuration.properties)
      .map((key) => key.replace(/^rusSurvey\./, ''))
      .filter((name) => name !== 'locale' && name !== 'trace.server');
    expect(owned).toContain('debounceMs');
    const mentions = sourceFiles(src).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return owned.filter((name) => new RegExp(`['"\`](?:rusSurvey\\.)?${name.replace('.', '\\.')}['"\`]`).test(text)).map((name) => `${file.slice(src.length + 1)}: ${name}`);
    });
    expect(mentions).toEqual([]);
  });

  it('speaks to the server through @rus-survey/protocol only: no source file imports @rus-survey/core', () => {
    const importsCore = sourceFiles(src)
      .filter((file) => /from\s+['"]@rus-survey\/core(?:\/[^'"]*)?['"]|import\(\s*['"]@rus-survey\/core/.test(readFileSync(file, 'utf8')))
      .map((file) => file.slice(src.length + 1));
    expect(importsCore).toEqual([]);
  });
});
