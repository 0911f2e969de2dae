import { describe, expect, it } from 'vitest';
import { buildSurvey, fixSurvey, guardEdit, guardProblemMessage, organisationNameProblem, organisationRenameProblem, renameProblemMessage } from '../src/index.js';
import { answerWords } from '../src/fix/answer-words.js';
import { survey } from './rules/rule-test-helpers.js';
import { exampleSurvey } from './test-files.js';

const table = (rows: string, second = '| Region Dalarna | Nej. |'): string => survey`
  # Enkät

  > Notis.

  ## Del ett

  ### 1. Hur styr RUSen?

  | Organisation | Svar |
  | --- | --- |
  ${rows}
  ${second}
`;

const verdict = (before: string, after: string, renames: { from: string; to: string }[] = []) => guardEdit(buildSurvey(before), after, { renames });

describe('answer words', () => {
  it('reads tags, comments and escapes as a reader does', () => {
    expect(answerWords('<p>Ett.</p> <p>Två</p>')).toEqual(['Ett.', 'Två']);
    expect(answerWords('Ett.<br><br>Två')).toEqual(['Ett.', 'Två']);
    expect(answerWords('Skriv \\<p> här <!-- <p> anteckning --> och A\\|B')).toEqual(['Skriv', '<p>', 'här', 'och', 'A|B']);
    expect(answerWords('\\\\<br>x')).toEqual(['\\', 'x']);
    // Only what CommonMark reads as a tag: "<två" is text.
    expect(answerWords('!<två</p> ####')).toEqual(['!<två', '####']);
  });
});

describe('guardEdit', () => {
  it('accepts an edit that keeps every answer under its organisation', () => {
    const before = table('| Region Skåne | <p>Här finns potential.</p> <p>I dagsläget inget.</p> |');
    const after = table('| Region Skåne | Här finns potential.<br><br>I dagsläget inget. |');
    expect(verdict(before, after).ok).toBe(true);
  });

  it('refuses words moved into an organisation\'s name', () => {
    const before = table('| Region Blekinge |\n|  | fortsättning |');
    const after = table('| Region Blekinge fortsättning|');
    const result = verdict(before, after);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toEqual({ kind: 'answer-lost', question: '1', organisation: 'Region Blekinge' });
  });

  it('refuses words moved from one organisation to another', () => {
    const before = table('| Region Skåne | Ja, tydligt. |', '| Region Dalarna | Nej. |');
    const after = table('| Region Skåne | Ja, |', '| Region Dalarna | tydligt. Nej. |');
    const result = verdict(before, after);
    expect(!result.ok && result.problem).toEqual({ kind: 'words-lost', question: '1', organisation: 'Region Skåne', words: ['tydligt.'] });
    expect(!result.ok && guardProblemMessage(result.problem, 'sv')).toBe('Ändringen skulle ta bort ord ur svaret från Region Skåne på fråga 1 (tydligt.).');
  });

  it('lets a renamed organisation\'s answer move to the new name, and no other', () => {
    const before = table('| Regon Skåne | Ja. |');
    const after = table('| Region Skåne | Ja. |');
    expect(verdict(before, after).ok).toBe(false);
    expect(verdict(before, after, [{ from: 'Regon Skåne', to: 'Region Skåne' }]).ok).toBe(true);
    // The declared rename does not cover moving Dalarna's answer too.
    const both = table('| Region Skåne | Ja. |', '| Region Skåne Dalarna | Nej. |');
    expect(verdict(before, both, [{ from: 'Regon Skåne', to: 'Region Skåne' }]).ok).toBe(false);
  });

  it('refuses a rename that merges two organisations of one question', () => {
    const before = table('| Regon Skåne | Ja. |', '| Region Skåne | Nej. |');
    const after = table('| Region Skåne | Ja. |', '| Region Skåne | Nej. |');
    const result = verdict(before, after, [{ from: 'Regon Skåne', to: 'Region Skåne' }]);
    expect(!result.ok && result.problem.kind).toBe('organisations-merged');
  });

  it('counts a known organisation under its earlier name as the same organisation', () => {
    const before = table('| Stockholms läns landsting | Ja. |');
    const after = table('| Region Stockholm | Ja. |');
    expect(verdict(before, after).ok).toBe(true);
  });

  it('refuses an edit that breaks the front matter or removes a question', () => {
    const before = `---\norganisations: [Region Skåne, Region Dalarna]\n---\n${table('| Region Skåne | Ja. |')}`;
    const brokenYaml = before.replace('organisations: [Region Skåne,', 'organisations: [Region: Skåne,');
    const result = verdict(before, brokenYaml);
    expect(!result.ok && result.problem).toEqual({ kind: 'structure-broken', problem: 'invalid-front-matter' });
    const noQuestion = before.replace('### 1. Hur styr RUSen?', 'Hur styr RUSen?');
    expect(!verdict(before, noQuestion).ok).toBe(true);
  });

  it('holds back nothing when fixing the example survey', () => {
    expect(fixSurvey(exampleSurvey()).withheld).toEqual([]);
  });
});

describe('organisation names for rename', () => {
  it('refuses names that would change the structure, in English and Swedish', () => {
    expect(organisationNameProblem('A | B')).toEqual({ kind: 'pipe', name: 'A | B' });
    expect(organisationNameProblem('Region\nSkåne')?.kind).toBe('line-break');
    expect(organisationNameProblem('  ')?.kind).toBe('empty');
    for (const markup of ['Region ##', '<b>Region</b>', 'Region <!-- x -->']) expect(organisationNameProblem(markup)?.kind).toBe('markup');
    expect(renameProblemMessage(organisationNameProblem('A | B')!, 'en')).toBe('"A | B" contains "|", which would split every table row it is written in.');
    expect(renameProblemMessage(organisationNameProblem('A | B')!, 'sv')).toBe('"A | B" innehåller "|", som skulle dela varje tabellrad där namnet står.');
  });

  it('accepts real names, punctuation and all', () => {
    for (const name of ['Region Jämtland Härjedalen', 'Svenska ESF-rådet', 'Malung-Sälens kommun', 'Länsstyrelsen i Västra Götalands län', 'RUS-nätverket (Norr)']) {
      expect(organisationNameProblem(name)).toBeNull();
    }
  });

  it('refuses to merge into an organisation that answers the same question', () => {
    const text = table('| Region Skåne | Ja. |', '| Region Dalarna | Nej. |');
    const problem = organisationRenameProblem(text, {}, 'Region Skåne', 'Region Dalarna');
    expect(problem).toEqual({ kind: 'merge', name: 'Region Dalarna', question: '1' });
    expect(renameProblemMessage(problem!, 'en')).toBe('"Region Dalarna" already answers question 1: renaming would merge two organisations\' answers.');
    expect(organisationRenameProblem(text, {}, 'Region Skåne', 'Region Halland')).toBeNull();
  });
});
