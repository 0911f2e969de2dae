import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { lintSurvey, serializeSurveyContent, surveyContentOf } from '@rus-survey/core';
import { importDocx, surveyDocument } from '../src/index.js';
import { exampleSurvey, seedImportProblems } from './seed-oracle.js';

/** The seed's content, its two `<p>`-wrapped answers in the table form's paragraph convention (what Word cells hold). */
function seedContent() {
  const content = surveyContentOf(lintSurvey(exampleSurvey()).survey);
  for (const part of content.parts)
    for (const question of part.questions)
      for (const answer of question.answers) answer.text = answer.text.replace(/<\/p>\s*<p>/g, '<br><br>').replace(/<\/?p>/g, '');
  return content;
}

describe('surveyDocument', () => {
  it('writes the title, parts and questions as Word headings, one table per question', async () => {
    const bytes = await surveyDocument(lintSurvey(exampleSurvey()).survey);
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: ["p[style-name='Title'] => h1.title:fresh"] });
    expect(html).toMatch(/^<h1 class="title">Enkät inför RUS-nätverkets möte 24 april 2018<\/h1>/);
    expect(html.match(/<h1>[^<]*<\/h1>/g)).toEqual(['<h1>Del ett: RUSen som styrinstrument</h1>', '<h1>Del två: RUSens aktualitet</h1>']);
    expect(html.match(/<h2>/g)).toHaveLength(9);
    expect(html.match(/<table>/g)).toHaveLength(9);
    expect(html).toContain('<p>Här finns det förbättringspotential.');
  });

  it('reads back as the same survey: export → import gives the same model', async () => {
    const result = await importDocx(await surveyDocument(lintSurvey(exampleSurvey()).survey));
    expect(result.notes).toEqual([]);
    expect(seedImportProblems(result.content)).toEqual([]);
    const back = surveyContentOf(lintSurvey(serializeSurveyContent(result.content)).survey);
    expect(back).toEqual(seedContent());
  });

  it('adds a coverage table on request, from core\'s coverage', async () => {
    const bytes = await surveyDocument(lintSurvey(exampleSurvey()).survey, { coverage: true, locale: 'sv' });
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    const coverage = html.slice(html.indexOf('<h1>Svarstäckning</h1>'));
    expect(coverage).toContain('<td><p>4. Vilka spår ser ni av RUSen i viktiga samarbetsaktörers styrning?</p></td><td><p>8/10</p></td><td><p>Svenska ESF-rådet, Region Kronoberg</p></td>');
  });

  it('keeps bold, italics, links and line breaks of an answer', async () => {
    const survey = lintSurvey('# Enkät\n\n### 1. Fråga?\n\n| Organisation | Svar |\n| --- | --- |\n| Region Gotland | Ett **fet** och _kursiv_ [länk](https://example.se)<br>ny rad |\n').survey;
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(await surveyDocument(survey)) });
    expect(html).toContain('<td><p>Ett <strong>fet</strong> och <em>kursiv</em> <a href="https://example.se">länk</a><br />ny rad</p></td>');
  });
});

describe('surveyDocument with coverage → importDocx', () => {
  it('leaves the coverage table out of the survey, with a note, and keeps everything else', async () => {
    const result = await importDocx(await surveyDocument(lintSurvey(exampleSurvey()).survey, { coverage: true }));
    expect(seedImportProblems(result.content)).toEqual([]);
    expect(result.notes).toEqual([{ id: 'leftOutCoverage', data: { heading: 'Coverage' } }]);
  });
});
