import { describe, expect, it } from 'vitest';
import { buildSurvey, serializeSurvey, surveyContentOf } from '../src/index.js';
import { exampleSurvey } from './test-files.js';

const sectionForm = `---
rus-survey: true
title: Enkät
organisations:
  - Region Blekinge
  - name: Region Skåne
    aliases:
      - Skåne
---

# Enkät 2026

Intro **text**.

> Tänk på att detta är ett diskussionsunderlag.

## Del ett

### 1. Hur går det?

Lead paragraph.

#### Region Blekinge

Bra, *tack*.

- en lista
- med två punkter

#### Skåne

Inget svar

## Del två

### 2. Och sen?

| Organisation | Svar |
| --- | --- |
| Region Blekinge | a \\| b<br>c |
| Skåne | |
`;

describe('serializeSurvey', () => {
  for (const [name, text] of [
    ['the example', exampleSurvey()],
    ['a survey in both forms', sectionForm],
  ] as const) {
    it(`parse → serialize → parse gives the same content for ${name}`, () => {
      const first = buildSurvey(text);
      const written = serializeSurvey(first);
      const second = buildSurvey(written);
      expect(surveyContentOf(second)).toEqual(surveyContentOf(first));
      // Canonical: writing again changes nothing.
      expect(serializeSurvey(second)).toBe(written);
    });
  }

  it('writes the example exactly as the importer did (the canonical form)', () => {
    expect(serializeSurvey(buildSurvey(exampleSurvey()))).toBe(exampleSurvey());
  });

  it('keeps each question\'s answer form and the answers\' Markdown', () => {
    const written = serializeSurvey(buildSurvey(sectionForm));
    expect(written).toContain('#### Region Blekinge\n\nBra, *tack*.\n\n- en lista\n- med två punkter\n\n#### Skåne\n\nInget svar');
    expect(written).toContain('| Region Blekinge | a \\| b<br>c |');
    expect(written).toContain('| Skåne |  |');
  });
});
