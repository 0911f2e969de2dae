import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeLensRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  WorkspaceSymbolRequest,
  type CompletionItem,
  type DocumentSymbol,
  type Hover,
  type Location,
  type MarkupContent,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node.js';
import { EXAMPLE, LspClient, SMALL_SURVEY } from './lsp-client.js';

const exampleText = readFileSync(EXAMPLE, 'utf8');
const exampleLines = exampleText.split('\n');
/** 0-based line of the first line starting with `prefix`. */
const lineOf = (lines: string[], prefix: string): number => lines.findIndex((line) => line.startsWith(prefix));
const smallLines = SMALL_SURVEY.split('\n');

describe('language features', () => {
  let client: LspClient;
  let example: string;
  let small: string;
  beforeAll(async () => {
    client = await LspClient.start({ withExample: 'rus-natverket-2018.survey.md', files: { 'other/second.survey.md': SMALL_SURVEY } });
    example = await client.open('rus-natverket-2018.survey.md', exampleText, { writeToDisk: false });
    small = await client.open('small.survey.md', SMALL_SURVEY);
    await client.diagnostics(example);
  });
  afterAll(() => client.stop());

  it('outlines title › parts › questions › answers, marking missing ones', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: example } })) as DocumentSymbol[];
    expect(symbols).toHaveLength(1);
    const [title] = symbols;
    expect(title!.name).toBe('Enkät inför RUS-nätverkets möte 24 april 2018');
    expect(title!.children!.map((part) => part.name)).toEqual(['Del ett: RUSen som styrinstrument', 'Del två: RUSens aktualitet']);
    const questions = title!.children!.flatMap((part) => part.children!);
    expect(questions).toHaveLength(9);
    expect(questions[0]!.name).toMatch(/^1\. På vilka sätt/);
    expect(questions[0]!.children!.map((answer) => answer.name)).toContain('Region Skåne');
    const missing = questions.flatMap((question) => question.children!.filter((answer) => answer.detail === 'missing'));
    expect(missing).toHaveLength(12);

    const smallSymbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: small } })) as DocumentSymbol[];
    const q1 = smallSymbols[0]!.children![0]!.children![0]!;
    expect(q1.children!.map((a) => `${a.name}:${a.detail}`)).toEqual(['Region Skåne:', 'SLL:', 'Region Gotland:missing']);
  });

  it('folds parts, questions and section-form answers', async () => {
    const ranges = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: small } });
    const starts = ranges!.map((range) => `${range.startLine}-${range.endLine}`);
    const part = lineOf(smallLines, '## Del ett');
    const q2 = lineOf(smallLines, '### 2.');
    const skane = smallLines.indexOf('#### Region Skåne');
    const lastLine = smallLines.lastIndexOf('Kanske.');
    expect(starts).toContain(`${part}-${lastLine}`);
    expect(starts).toContain(`${q2}-${lastLine}`);
    expect(starts).toContain(`${skane}-${skane + 4}`); // the heading, a blank, two paragraphs
    expect(starts).toContain('0-7'); // the front matter
  });

  it('hovers a question heading with answered n/m and the missing organisations', async () => {
    const line = lineOf(smallLines, '### 1.');
    const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: small }, position: { line, character: 5 } })) as Hover;
    const value = (hover.contents as MarkupContent).value;
    expect(value).toContain('answered 2/3');
    expect(value).toContain('Missing: Region Gotland');
  });

  it('hovers an organisation with the questions it answered and the ones it missed', async () => {
    const line = lineOf(smallLines, '| SLL');
    const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: small }, position: { line, character: 3 } })) as Hover;
    const value = (hover.contents as MarkupContent).value;
    expect(value).toContain('**Region Stockholm**: answered 1/2 questions');
    expect(value).toContain('Missing: 2');
    const nothing = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: small }, position: { line: lineOf(smallLines, 'Ett långt'), character: 2 } });
    expect(nothing).toBeNull();
  });

  it('shows "n/m answered" and "Compare" lenses above each question', async () => {
    const lenses = await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: small } });
    expect(lenses!.map((lens) => lens.command?.title)).toEqual(['2/3 answered', 'Compare', '2/3 answered', 'Compare']);
    const compare = lenses!.filter((lens) => lens.command?.command === 'rusSurvey.compareRegions');
    expect(compare.map((lens) => lens.command!.arguments)).toEqual([[1], [2]]);
    expect(compare[0]!.range.start.line).toBe(lineOf(smallLines, '### 1.'));
  });

  it('completes roster names in a table row and after ####, and the next question number after ###', async () => {
    const editing = await client.open('editing.survey.md', `${SMALL_SURVEY}\n### `);
    const lines = `${SMALL_SURVEY}\n### `.split('\n');
    const numbers = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: editing },
      position: { line: lines.length - 1, character: 4 },
    })) as CompletionItem[];
    expect(numbers.map((item) => (item.textEdit as TextEdit).newText)).toEqual(['3. ']);

    const withRow = SMALL_SURVEY.replace('| SLL | Nej. |', '| SLL | Nej. |\n| Reg');
    const rowUri = await client.open('row.survey.md', withRow);
    const rowLine = withRow.split('\n').indexOf('| Reg');
    const names = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: rowUri }, position: { line: rowLine, character: 5 } })) as CompletionItem[];
    expect(names.map((item) => item.label)).toEqual(['Region Skåne', 'Region Stockholm', 'Region Gotland']);
    // Gotland has no answer to question 1 yet, so it sorts first.
    const sorted = [...names].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    expect(sorted[0]!.label).toBe('Region Gotland');
    expect((names[0]!.textEdit as TextEdit).range.start.character).toBe(2);

    const withHeading = SMALL_SURVEY.replace('#### Region Gotland', '#### Region Gotland\n\nx\n\n#### ');
    const headingUri = await client.open('heading.survey.md', withHeading);
    const headingLine = withHeading.split('\n').indexOf('#### ');
    const headingNames = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: headingUri }, position: { line: headingLine, character: 5 } })) as CompletionItem[];
    expect(headingNames.map((item) => item.label)).toContain('Region Stockholm');
  });

  it('goes from an organisation to its roster entry in the front matter', async () => {
    const line = lineOf(smallLines, '| SLL');
    const location = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: small }, position: { line, character: 3 } })) as Location;
    expect(location.uri).toBe(small);
    expect(location.range.start).toEqual({ line: smallLines.indexOf('  - name: Region Stockholm'), character: 10 });
  });

  it('goes to a roster entry in the config file when the roster comes from there', async () => {
    const config = { organisations: ['Region Blekinge', 'Region Skåne'] };
    client.write('cfg/.rus-survey.json', JSON.stringify(config, null, 2));
    const text = '---\nrus-survey: true\n---\n# T\n\n> notis\n\n## Del\n\n### 1. Fråga?\n\n| Organisation | Svar |\n| --- | --- |\n| Region Skåne | Ja |\n';
    const uri = await client.open('cfg/c.survey.md', text);
    const location = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: { line: 13, character: 4 } })) as Location;
    expect(location.uri).toBe(client.uri('cfg/.rus-survey.json'));
    expect(location.range.start.line).toBe(3);
  });

  it('finds every answer of an organisation across the workspace', async () => {
    const line = lineOf(smallLines, '| Region Skåne');
    const locations = (await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: small },
      position: { line, character: 4 },
      context: { includeDeclaration: false },
    })) as Location[];
    const byUri = (uri: string) => locations.filter((location) => location.uri === uri).length;
    expect(byUri(small)).toBe(2);
    expect(byUri(client.uri('other/second.survey.md'))).toBe(2);
    expect(byUri(example)).toBe(9);
  });

  it('renames an organisation across roster and answers in one WorkspaceEdit', async () => {
    const line = lineOf(smallLines, '| Region Skåne');
    const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: small }, position: { line, character: 4 } });
    expect(prepared).toMatchObject({ range: { start: { line, character: 2 }, end: { line, character: 14 } }, placeholder: 'Region Skåne' });
    const edit = (await client.connection.sendRequest(RenameRequest.type, {
      textDocument: { uri: small },
      position: { line, character: 4 },
      newName: 'Region Skåne län',
    })) as WorkspaceEdit;
    const smallEdits = edit.changes![small]!;
    // Roster entry, the table row, the H4.
    expect(smallEdits).toHaveLength(3);
    expect(smallEdits.every((e) => e.newText === 'Region Skåne län')).toBe(true);
    expect(edit.changes![client.uri('other/second.survey.md')]).toHaveLength(3);
    expect(edit.changes![example]).toHaveLength(9);
    const nowhere = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: small }, position: { line: 0, character: 0 } });
    expect(nowhere).toBeNull();
  });

  it('finds "Skåne 4" as Region Skåne’s answer to question 4', async () => {
    const symbols = await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Skåne 4' });
    const list = symbols as { name: string; location: Location }[];
    expect(list).toHaveLength(1);
    expect(list[0]!.name).toBe('Region Skåne 4');
    expect(list[0]!.location.uri).toBe(example);
    expect(exampleLines[list[0]!.location.range.start.line]).toMatch(/^\| Region Skåne \|/);
    // Case and diacritics folded.
    const folded = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'skane 1' })) as { name: string; location: Location }[];
    expect(folded.some((symbol) => symbol.location.uri === example && symbol.name === 'Region Skåne 1')).toBe(true);
  });
});

describe('the server\'s own words follow the locale', () => {
  it('hover, code lens and outline details in Swedish', async () => {
    const client = await LspClient.start({ locale: 'sv-SE' });
    try {
      const uri = await client.open('sv.survey.md', SMALL_SURVEY);
      const line = lineOf(smallLines, '### 1.');
      const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character: 5 } })) as Hover;
      expect((hover.contents as MarkupContent).value).toContain('2/3 har svarat');
      expect((hover.contents as MarkupContent).value).toContain('Saknas: Region Gotland');
      const lenses = await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
      expect(lenses!.map((lens) => lens.command?.title).slice(0, 2)).toEqual(['2/3 har svarat', 'Jämför']);
    } finally {
      await client.stop();
    }
  });
});
