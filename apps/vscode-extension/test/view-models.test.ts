import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareMatrix, parseSurvey, type CompareMatrix } from '@rus-survey/core';
import { organisationsTree, preview, questionsTree } from '../src/views/tree-model';
import { statusModel } from '../src/status-model';
import { editorStart } from '../src/locations';

const examplePath = fileURLToPath(new URL('../../../examples/rus-natverket-2018.survey.md', import.meta.url));
const text = readFileSync(examplePath, 'utf8');
const uri = 'file:///work/rus-natverket-2018.survey.md';
const matrix: CompareMatrix = compareMatrix([{ uri, survey: parseSurvey(text).survey }]);
const lines = text.split('\n');

describe('status bar model', () => {
  it('counts answered cells over all cells', () => {
    expect(statusModel(matrix).text).toBe('✓ 78/90 answered');
  });
  it('has a tooltip line per part and the totals of what is not answered', () => {
    expect(statusModel(matrix).tooltip.split('\n')).toEqual([
      'Del ett: RUSen som styrinstrument: 38/40 answered',
      'Del två: RUSens aktualitet: 40/50 answered',
      '12 missing, 0 no answer, 0 empty',
    ]);
  });
  it('uses the translation it is given', () => {
    const sv = (message: string, ...args: (string | number)[]) => message.replace('answered', 'besvarade').replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)]));
    expect(statusModel(matrix, sv).text).toBe('✓ 78/90 besvarade');
  });
});

describe('questions tree', () => {
  const tree = questionsTree(matrix);
  it('groups questions under their parts with coverage', () => {
    expect(tree.map((node) => [node.label, node.description])).toEqual([
      ['Del ett: RUSen som styrinstrument', '38/40 answered'],
      ['Del två: RUSens aktualitet', '40/50 answered'],
    ]);
    expect(tree.map((node) => node.children!.length)).toEqual([4, 5]);
  });
  it('lists every organisation under a question with its status icon', () => {
    const q4 = tree[0]!.children![3]!;
    expect(q4.label).toMatch(/^4\. Vilka spår/);
    expect(q4.description).toBe('8/10 answered');
    expect(q4.children).toHaveLength(10);
    expect(q4.children!.filter((node) => node.icon === 'missing').map((node) => node.location)).toEqual([undefined, undefined]);
    const answered = q4.children!.find((node) => node.icon === 'answered')!;
    expect(answered.description).toMatch(/^\d+ words$/);
  });
  it('locates answers on their table rows, converted to 0-based editor positions', () => {
    const blekinge = tree[0]!.children![0]!.children![0]!;
    expect(blekinge.label).toBe('Region Blekinge');
    const start = editorStart(blekinge.location!);
    expect(start).toEqual({ line: lines.findIndex((line) => line.startsWith('| Region Blekinge')), character: 0 });
  });
  it('keeps ids stable and unique, so expanded nodes survive a refresh', () => {
    const ids = tree.flatMap((part) => [part.id, ...part.children!.flatMap((question) => [question.id, ...question.children!.map((answer) => answer.id)])]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(questionsTree(matrix).map((node) => node.id)).toEqual(tree.map((node) => node.id));
  });
});

describe('organisations tree', () => {
  const tree = organisationsTree(matrix);
  it('lists the ten organisations with their coverage', () => {
    expect(tree).toHaveLength(10);
    expect(tree[0]).toMatchObject({ label: 'Region Blekinge', icon: 'organisation' });
    const total = tree.reduce((sum, node) => sum + Number(/^(\d+)\//.exec(node.description!)![1]), 0);
    expect(total).toBe(78);
    expect(tree.every((node) => /^\d+\/9 answered \(\d+%\)$/.test(node.description!))).toBe(true);
  });
  it('lists each organisation’s answer to every question', () => {
    const skane = tree.find((node) => node.label === 'Region Skåne')!;
    expect(skane.children!.map((node) => node.label.split('.')[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });
});

describe('the counts shown are core\'s', () => {
  // A matrix whose coverage says other numbers than its cells would sum to: the views must show the coverage.
  const edited: CompareMatrix = structuredClone(matrix);
  edited.coverage.parts[0]!.answered = 1;
  edited.coverage.questions[3]!.answered = 2;
  edited.coverage.organisations[0]!.answered = 3;
  edited.coverage.totals = { ...edited.coverage.totals, answered: 4, missing: 5, noAnswer: 6, empty: 7 };

  it('status bar: totals and parts from matrix.coverage', () => {
    expect(statusModel(edited).text).toBe('✓ 4/90 answered');
    expect(statusModel(edited).tooltip.split('\n')).toEqual(['Del ett: RUSen som styrinstrument: 1/40 answered', 'Del två: RUSens aktualitet: 40/50 answered', '5 missing, 6 no answer, 7 empty']);
  });
  it('trees: parts, questions and organisations from matrix.coverage', () => {
    const [part] = questionsTree(edited);
    expect(part!.description).toBe('1/40 answered');
    expect(part!.children![3]!.description).toBe('2/10 answered');
    expect(organisationsTree(edited)[0]!.description).toBe('3/9 answered (33%)');
  });
});

describe('tooltips', () => {
  it('preview answers on one line without markup', () => {
    expect(preview('<p>Ett</p> <p>två</p>')).toBe('Ett två');
  });
});
