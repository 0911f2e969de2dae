// Renaming a roster entry edits the parsed node and writes the new name so YAML and JSON read it back.
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildSurvey, frontMatterRosterNameEdit, locateRosterName, rosterNameEdit } from '../src/index.js';

const apply = (text: string, edit: { start: number; end: number; newText: string }): string => text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
const HARD_NAMES = ['Region Syd', 'Region: Syd', '*alias', 'Region #1', 'Say "hi"', 'C:\\Regioner', "O'Hara kommun", '123', 'null', 'yes', '- Region', '[Region]', 'Region, Syd', '  Region Syd', '@Region', '%Region'];

describe('YAML rosters', () => {
  const yaml = `title: Enkät till Region Skåne och andra\norganisations:\n  - Region Skåne # the south\n  - name: "Region Skåne Nord"\n    aliases: [RSN]\n  - 'Region Gotland'\n  - preset: sweden-regions\n`;

  it('finds the entry, not the same words elsewhere (a title) or in a longer name', () => {
    const found = locateRosterName(yaml, 'yaml', 'Region Skåne')!;
    expect(yaml.slice(found.start, found.end)).toBe('Region Skåne');
    expect(yaml.slice(0, found.start)).toContain('organisations:');
    const nord = locateRosterName(yaml, 'yaml', 'Region Skåne Nord')!;
    expect(yaml.slice(nord.start, nord.end)).toBe('"Region Skåne Nord"');
    expect(locateRosterName(yaml, 'yaml', 'Region Syd')).toBeUndefined();
  });

  for (const name of HARD_NAMES) {
    it(`writes ${JSON.stringify(name)} so the roster reads it back and nothing else changes`, () => {
      for (const old of ['Region Skåne', 'Region Skåne Nord', 'Region Gotland']) {
        const edit = rosterNameEdit(yaml, 'yaml', old, name);
        expect(edit, old).toBeDefined();
        const before = parseYaml(yaml) as { title: string; organisations: unknown[] };
        const after = parseYaml(apply(yaml, edit!)) as typeof before;
        expect(after.title).toBe(before.title);
        const renamed = before.organisations.map((entry) =>
          entry === old ? name : typeof entry === 'object' && entry !== null && (entry as { name?: string }).name === old ? { ...entry, name } : entry,
        );
        expect(after.organisations).toEqual(renamed);
      }
    });
  }

  it('renames in a flow sequence too', () => {
    const flow = 'organisations: [Region A, Region B]\n';
    const edit = rosterNameEdit(flow, 'yaml', 'Region A', 'Region, Syd')!;
    expect(parseYaml(apply(flow, edit))).toEqual({ organisations: ['Region, Syd', 'Region B'] });
  });

  it('renames in a survey\'s front matter, at offsets into the survey', () => {
    const text = `---\nrus-survey: true\ntitle: Enkät till Region Skåne\norganisations:\n  - Region Skåne\n  - Region Gotland\n---\n\n# T\n`;
    const edit = frontMatterRosterNameEdit(text, buildSurvey(text), 'Region Skåne', 'Region: Syd')!;
    const after = apply(text, edit);
    expect(after).toContain('title: Enkät till Region Skåne\n');
    expect(buildSurvey(after).frontMatter?.data['organisations']).toEqual(['Region: Syd', 'Region Gotland']);
  });
});

describe('JSON(C) rosters', () => {
  const json = `{\n  // the roster\n  "title": "Region Skåne",\n  "organisations": ["Region Skåne Nord", "Region Skåne", { "name": "Region Gotland", "aliases": ["RG"] },],\n}\n`;

  it('edits the entry, not a longer name that contains it', () => {
    const edit = rosterNameEdit(json, 'json', 'Region Skåne', 'Region Syd')!;
    const after = parseJsonc(apply(json, edit), [], { allowTrailingComma: true });
    expect(after.organisations).toEqual(['Region Skåne Nord', 'Region Syd', { name: 'Region Gotland', aliases: ['RG'] }]);
    expect(after.title).toBe('Region Skåne');
  });

  for (const name of HARD_NAMES) {
    it(`writes ${JSON.stringify(name)} as a valid JSON string`, () => {
      const edit = rosterNameEdit(json, 'json', 'Region Gotland', name)!;
      const errors: ParseError[] = [];
      const after = parseJsonc(apply(json, edit), errors, { allowTrailingComma: true });
      expect(errors).toEqual([]);
      expect(after.organisations[2].name).toBe(name);
    });
  }
});
