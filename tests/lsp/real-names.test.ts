// Real Swedish organisation names over the language server: RUS004 never calls one real organisation a
// misspelling of another, and every edit the server offers (quick fixes, add-all-missing, disable comments,
// rename) keeps every answer's words under the same organisation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  PrepareRenameRequest,
  RenameRequest,
  ResponseError,
  type CodeAction,
  type Diagnostic,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node.js';
import { applyEdits, LspClient } from './lsp-client.js';

// ---------------------------------------------------------------------------------------------------------
// The oracle: our own reading of who answered what, independent of the server's parser.
// ---------------------------------------------------------------------------------------------------------

/** question number → organisation key (whitespace and case folded) → the answer's words, in order. */
type Answers = Map<string, Map<string, string[]>>;

const orgKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
const wordsOf = (text: string): string[] =>
  text
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\\\|/g, '|')
    .split(/\s+/)
    .filter((word) => word !== '');

/** Splits a table row on unescaped `|`, dropping the outer pipes. */
function cells(row: string): string[] {
  const trimmed = row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return trimmed.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

function readAnswers(text: string): Answers {
  const answers: Answers = new Map();
  let question: string | null = null;
  let inTable = false;
  let lastTableOrg: string | null = null;
  let section: string | null = null;
  let inFrontMatter = false;
  const add = (org: string, words: string[]): void => {
    if (question === null) return;
    const byOrg = answers.get(question) ?? new Map<string, string[]>();
    answers.set(question, byOrg);
    byOrg.set(org, [...(byOrg.get(org) ?? []), ...words]);
  };
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (i === 0 && line === '---') return void (inFrontMatter = true);
    if (inFrontMatter) {
      if (line === '---') inFrontMatter = false;
      return;
    }
    const heading = /^(#{1,4})\s+(.*?)\s*$/.exec(line);
    if (heading) {
      inTable = false;
      lastTableOrg = null;
      section = null;
      const level = heading[1]!.length;
      if (level <= 2) question = null;
      if (level === 3) question = /^(\d+)[.)]/.exec(heading[2]!)?.[1] ?? null;
      if (level === 4 && question !== null) {
        section = orgKey(heading[2]!.replace(/\s+#+$/, ''));
        add(section, []);
      }
      return;
    }
    if (/^\s*\|/.test(line)) {
      if (!inTable) {
        // A header row: the next line is the delimiter row.
        inTable = true;
        lastTableOrg = null;
        return;
      }
      const row = cells(line);
      if (row.every((cell) => /^:?-*:?$/.test(cell))) return; // delimiter or junk row
      const [first = '', ...rest] = row;
      const words = wordsOf(rest.join(' '));
      if (first === '') {
        if (lastTableOrg !== null) add(lastTableOrg, words);
        return;
      }
      lastTableOrg = orgKey(first);
      add(lastTableOrg, words);
      return;
    }
    inTable = false;
    lastTableOrg = null;
    if (section !== null && !/^<!--\s*rus-survey-/.test(line.trim())) add(section, wordsOf(line));
  });
  return answers;
}

/** Whether `have` contains every word of `need`, with multiplicity. */
function missingWords(need: string[], have: string[]): string[] {
  const counts = new Map<string, number>();
  for (const word of have) counts.set(word, (counts.get(word) ?? 0) + 1);
  const missing: string[] = [];
  for (const word of need) {
    const n = counts.get(word) ?? 0;
    if (n === 0) missing.push(word);
    else counts.set(word, n - 1);
  }
  return missing;
}

/**
 * What an edit broke: a word gone from an organisation's answer, an answer gone, two organisations of a question
 * become one. `renames` maps old organisation keys to new names (the one renamed on purpose).
 */
function guardProblems(before: string, after: string, renames: Record<string, string> = {}): string[] {
  const problems: string[] = [];
  const a = readAnswers(before);
  const b = readAnswers(after);
  const target = (org: string): string => (renames[org] !== undefined ? orgKey(renames[org]!) : org);
  for (const [question, byOrg] of a) {
    const afterQuestion = b.get(question);
    if (!afterQuestion) {
      problems.push(`question ${question} is gone`);
      continue;
    }
    const seen = new Map<string, string>();
    for (const [org, words] of byOrg) {
      const to = target(org);
      if (seen.has(to)) problems.push(`question ${question}: "${seen.get(to)}" and "${org}" merged into "${to}"`);
      seen.set(to, org);
      if (to !== org && byOrg.has(to) && !(renames[to] !== undefined)) problems.push(`question ${question}: "${org}" renamed into "${to}", which already answers`);
      const now = afterQuestion.get(to);
      if (now === undefined) {
        problems.push(`question ${question}: the answer of "${org}" is gone`);
        continue;
      }
      const missing = missingWords(words, now);
      if (missing.length > 0) problems.push(`question ${question}: "${org}" lost ${JSON.stringify(missing)}`);
      // An answer that was there takes no words from anywhere else (another organisation's, above all).
      const gained = missingWords(now, words);
      if (gained.length > 0) problems.push(`question ${question}: "${org}" gained ${JSON.stringify(gained)}`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------
// The survey: 15 regions and four municipalities by their real names, five questions, question 3 in section form.
// ---------------------------------------------------------------------------------------------------------

const NOTICE = '> Tänk på att detta är ett diskussionsunderlag för nätverket, vill du använda materialet i något annat sammanhang, kontakta deltagarna i nätverket och stäm av.';

const REGIONS = [
  'Region Stockholm',
  'Region Uppsala',
  'Region Östergötland',
  'Region Jönköpings län',
  'Region Kronoberg',
  'Region Kalmar län',
  'Region Gotland',
  'Region Blekinge',
  'Region Skåne',
  'Region Halland',
  'Region Örebro län',
  'Region Västmanland',
  'Region Dalarna',
];

/** Each answer's words name its organisation, so an answer moved to another organisation shows. */
const answerText = (org: string, question: number): string => `Svar från ${org.replace(/\s+/g, '-')} på fråga ${question}: vi arbetar med RUS-mål nummer ${question}.`;
const row = (org: string, question: number): string => `| ${org} | ${answerText(org, question)} |`;
const table = (header: string, orgs: string[], question: number): string =>
  [`| Organisation | ${header} |`, '| --- | --- |', ...orgs.map((org) => row(org, question))].join('\n');
const sections = (orgs: string[], question: number): string => orgs.map((org) => `#### ${org}\n\n${answerText(org, question)}\n\nAndra stycket från ${org}.`).join('\n\n');

/** Who answers which question: Värmland only 4 and Sörmland the others; Mora and Nora, Jönköping and Linköping disjoint. */
const Q = {
  1: [...REGIONS, 'Region Sörmland', 'Mora kommun', 'Jönköpings kommun'],
  2: [...REGIONS, 'Region Sörmland', 'Nora kommun', 'Linköpings kommun'],
  3: [...REGIONS.slice(0, 6), 'Region Sörmland', 'Mora kommun'],
  4: [...REGIONS, 'Region Värmland', 'Nora kommun', 'Linköpings kommun'],
  5: [...REGIONS, 'Region Sörmland', 'Mora kommun', 'Jönköpings kommun'],
} as const;

function survey(q: Record<1 | 2 | 3 | 4 | 5, readonly string[]> = Q, frontMatter = ''): string {
  return `---
rus-survey: true
${frontMatter}---

# Enkät om RUS med riktiga namn

${NOTICE}

## Del ett: RUSen som styrinstrument

### 1. Hur styr RUSen er verksamhet?

${table('Svar', [...q[1]], 1)}

### 2. Hur ser kopplingen ut mellan er RUS och er VP?

${table('2. Hur ser kopplingen ut mellan er RUS och er VP?', [...q[2]], 2)}

### 3. Hur följer ni upp RUSen?

${sections([...q[3]], 3)}

## Del två: RUSens aktualitet

### 4. När antogs er nuvarande RUS?

${table('Svar', [...q[4]], 4)}

### 5. Vad vill ni ta upp på nästa möte?

${table('Svar', [...q[5]], 5)}
`;
}

const BASE = survey();

describe('the oracle', () => {
  it('reads the survey as written', () => {
    const answers = readAnswers(BASE);
    expect([...answers.keys()]).toEqual(['1', '2', '3', '4', '5']);
    expect([...answers.get('4')!.keys()]).toContain('region värmland');
    expect(answers.get('3')!.get('region sörmland')).toEqual([...wordsOf(answerText('Region Sörmland', 3)), 'Andra', 'stycket', 'från', 'Region', 'Sörmland.']);
    expect(answers.get('1')!.size).toBe(Q[1].length);
    expect(guardProblems(BASE, BASE)).toEqual([]);
    const check = (from: string, to: string): string[] => {
      const after = BASE.replace(from, to);
      expect(after).not.toBe(BASE);
      return guardProblems(BASE, after);
    };
    expect(check(row('Region Blekinge', 1), row('Region Blekinge', 1).replace('Svar från ', ''))).toHaveLength(1);
    expect(check(row('Mora kommun', 1), row('Mora kommun', 1).replace('| Mora kommun', '| Nora kommun'))).toEqual(['question 1: the answer of "mora kommun" is gone']);
    expect(check(`${row('Region Uppsala', 1)}\n`, '')).toEqual(['question 1: the answer of "region uppsala" is gone']);
    expect(check(`${row('Region Uppsala', 1)}\n${row('Region Östergötland', 1)}`, `${row('Region Uppsala', 1).slice(0, -2)} ${answerText('Region Östergötland', 1)} |`)).toEqual([
      `question 1: "region uppsala" gained ${JSON.stringify(wordsOf(answerText('Region Östergötland', 1)))}`,
      'question 1: the answer of "region östergötland" is gone',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------

const lineIndex = (text: string, prefix: string, from = 0): number => text.split('\n').findIndex((line, i) => i >= from && line.startsWith(prefix));

const actionsFor = (client: LspClient, uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> =>
  client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic] },
  }) as Promise<CodeAction[]>;

/** The organisation name a RUS004 diagnostic is about, as written. */
const reportedName = (text: string, diagnostic: Diagnostic): string =>
  text.split('\n')[diagnostic.range.start.line]!.slice(diagnostic.range.start.character, diagnostic.range.end.character);

/**
 * Every code action offered for any diagnostic of the file, applied alone, must pass the oracle. A RUS004 rename
 * renames on purpose, and "Fix all" applies the certain (preferred) RUS004 renames: those names' words move to the
 * new name.
 */
async function checkEveryAction(client: LspClient, uri: string, text: string, diagnostics: Diagnostic[]): Promise<{ applied: number; failures: string[] }> {
  const failures: string[] = [];
  let applied = 0;
  const offered: { diagnostic: Diagnostic; action: CodeAction }[] = [];
  for (const diagnostic of diagnostics) for (const action of await actionsFor(client, uri, diagnostic)) offered.push({ diagnostic, action });
  // Fix-all is computed only when asked for by kind (or resolved): ask, so its guard is checked here too.
  const fixAll = (await client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['source.fixAll'] },
  })) as CodeAction[];
  if (diagnostics[0]) for (const action of fixAll) offered.push({ diagnostic: diagnostics[0], action });
  const renameTarget = (title: string): string | undefined => /^Rename to "(.*)" \(RUS004 |^Fix this RUS004 [\w-]+ problem: Rename to "(.*)"$/.exec(title)?.slice(1).find((x) => x !== undefined);
  const certainRenames: Record<string, string> = {};
  for (const { diagnostic, action } of offered) {
    const to = diagnostic.code === 'RUS004' && action.isPreferred ? renameTarget(action.title) : undefined;
    if (to !== undefined) certainRenames[orgKey(reportedName(text, diagnostic))] = to;
  }
  for (const { diagnostic, action } of offered) {
    if (!action.edit) continue;
    const changes = action.edit.changes ?? {};
    const others = Object.keys(changes).filter((key) => key !== uri);
    if (others.length > 0) failures.push(`${diagnostic.code} "${action.title}" edits other files: ${others.join(', ')}`);
    const after = applyEdits(text, changes[uri] ?? []);
    applied++;
    const to = diagnostic.code === 'RUS004' ? renameTarget(action.title) : undefined;
    const renames: Record<string, string> =
      to !== undefined ? { [orgKey(reportedName(text, diagnostic))]: to } : action.title === 'Fix all auto-fixable rus-survey problems' ? certainRenames : {};
    for (const problem of guardProblems(text, after, renames)) failures.push(`line ${diagnostic.range.start.line + 1} ${diagnostic.code} "${action.title}": ${problem}`);
  }
  return { applied, failures };
}

describe('real organisation names (inferred roster)', () => {
  let client: LspClient;
  beforeAll(async () => {
    client = await LspClient.start();
  });
  afterAll(() => client.stop());

  it('reports no RUS004 for real regions and municipalities a letter apart that answer disjoint questions', async () => {
    const uri = await client.open('real.survey.md', BASE);
    const diagnostics = await client.diagnostics(uri);
    expect(diagnostics.filter((d) => d.code === 'RUS004').map((d) => d.message)).toEqual([]);
    // The municipalities that answer disjoint questions are RUS002 "missing" answers, not misspellings.
    expect(diagnostics.some((d) => d.code === 'RUS002' && d.message.includes('Region Värmland'))).toBe(true);
    expect(diagnostics.some((d) => d.code === 'RUS002' && d.message.includes('Region Sörmland'))).toBe(true);
    expect(diagnostics.filter((d) => d.severity === 1).map((d) => `${d.code} ${d.message}`)).toEqual([]);
  });

  it('no code action for any diagnostic of the real-names survey loses an answer word', async () => {
    const uri = await client.open('real-actions.survey.md', BASE);
    const diagnostics = await client.diagnostics(uri);
    const { applied, failures } = await checkEveryAction(client, uri, BASE, diagnostics);
    expect(applied).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });

  it('"Regon Skåne" is RUS004 with a non-preferred rename to "Region Skåne" that keeps the answer', async () => {
    const text = BASE.replace(row('Region Skåne', 4), row('Region Skåne', 4).replace('Region Skåne', 'Regon Skåne'));
    expect(text).not.toBe(BASE);
    const uri = await client.open('regon.survey.md', text);
    const diagnostics = await client.diagnostics(uri);
    const rus004 = diagnostics.filter((d) => d.code === 'RUS004');
    expect(rus004).toHaveLength(1);
    const line = lineIndex(text, '| Regon Skåne |');
    expect(rus004[0]!.range.start.line).toBe(line);
    expect(rus004[0]!.message).toContain('Region Skåne');

    const actions = await actionsFor(client, uri, rus004[0]!);
    const rename = actions.find((action) => action.title === 'Rename to "Region Skåne" (RUS004 unknown-organisation)');
    expect(rename, actions.map((a) => a.title).join('\n')).toBeDefined();
    expect(rename!.isPreferred).not.toBe(true);
    expect(actions.some((action) => action.isPreferred && action.title.startsWith('Fix this RUS004'))).toBe(false);
    const fixed = applyEdits(text, rename!.edit!.changes![uri]!);
    expect(fixed.split('\n')[line]).toBe(`| Region Skåne | ${answerText('Region Skåne', 4)} |`);
    expect(fixed).toBe(BASE);

    const { applied, failures } = await checkEveryAction(client, uri, text, diagnostics);
    expect(applied).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });

  it('RUS008 on a row without an answer cell: the fix gives the row its answer cell, never joins the text to the name', async () => {
    const text = BASE.replace(row('Region Blekinge', 2), '| Region Blekinge |\n|  | fortsättning |');
    expect(text).not.toBe(BASE);
    const uri = await client.open('continuation.survey.md', text);
    const diagnostics = await client.diagnostics(uri);
    const rowLine = lineIndex(text, '|  | fortsättning |');
    const rus008 = diagnostics.filter((d) => d.code === 'RUS008');
    expect(rus008.map((d) => d.range.start.line)).toEqual([rowLine]);
    // Our reading and the survey format agree: "fortsättning" is Region Blekinge's answer to question 2.
    expect(readAnswers(text).get('2')!.get('region blekinge')).toEqual(['fortsättning']);

    const actions = await actionsFor(client, uri, rus008[0]!);
    for (const action of actions.filter((a) => a.edit)) {
      const fixed = applyEdits(text, action.edit!.changes![uri]!);
      expect(fixed, action.title).not.toMatch(/\| Region Blekinge fortsättning ?\|/);
      expect(guardProblems(text, fixed), action.title).toEqual([]);
    }
    const fix = actions.find((action) => action.title.startsWith('Fix this RUS008'));
    if (fix) {
      const fixed = applyEdits(text, fix.edit!.changes![uri]!);
      expect(fixed.split('\n')).toContain('| Region Blekinge | fortsättning |');
      expect(fixed).not.toContain('|  | fortsättning |');
    }

    const { failures } = await checkEveryAction(client, uri, text, diagnostics);
    expect(failures).toEqual([]);
  });
});

describe('a certain RUS004 rename is the preferred fix', () => {
  const variant = BASE.replace(row('Region Örebro län', 2), row('Region Örebro län', 2).replace('| Region Örebro län |', '| Region Örebro |'));
  const certain = 'Fix this RUS004 unknown-organisation problem: Rename to "Region Örebro län"';

  it.each([
    ['inferred from the other questions', variant],
    ['from an explicit roster', variant.replace('rus-survey: true\n', 'rus-survey: true\norganisations: { preset: sweden-regions }\n')],
  ])('"Region Örebro" → "Region Örebro län", %s', async (_, text) => {
    const line = lineIndex(text, '| Region Örebro |');
    expect(line).toBeGreaterThan(0);
    const client = await LspClient.start();
    try {
      const uri = await client.open('orebro.survey.md', text);
      const diagnostics = await client.diagnostics(uri);
      const rus004 = diagnostics.filter((d) => d.code === 'RUS004' && d.range.start.line === line);
      expect(rus004).toHaveLength(1);
      const actions = await actionsFor(client, uri, rus004[0]!);
      const fix = actions.find((action) => action.title === certain);
      expect(fix, actions.map((a) => a.title).join('\n')).toBeDefined();
      expect(fix!.isPreferred).toBe(true);
      const fixed = applyEdits(text, fix!.edit!.changes![uri]!);
      expect(fixed.split('\n')[line]).toBe(row('Region Örebro län', 2));
      const { failures } = await checkEveryAction(client, uri, text, diagnostics);
      expect(failures).toEqual([]);
    } finally {
      await client.stop();
    }
  });
});

describe('renaming a real organisation', () => {
  let client: LspClient;
  let uri: string;
  const line = lineIndex(BASE, '| Region Värmland |');
  const position = { line, character: 5 };
  beforeAll(async () => {
    client = await LspClient.start();
    uri = await client.open('rename.survey.md', BASE);
    await client.diagnostics(uri);
  });
  afterAll(() => client.stop());

  const renameTo = (newName: string, at = position) =>
    client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: at, newName }) as Promise<WorkspaceEdit | null>;
  const refusal = async (newName: string, at = position): Promise<ResponseError<unknown>> => {
    try {
      await renameTo(newName, at);
    } catch (error) {
      expect(error).toBeInstanceOf(ResponseError);
      return error as ResponseError<unknown>;
    }
    throw new Error(`rename to ${JSON.stringify(newName)} was not refused`);
  };

  it('prepares and renames "Region Värmland" everywhere, keeping every answer under the new name', async () => {
    const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position });
    expect(prepared).toMatchObject({ range: { start: { line, character: 2 }, end: { line, character: 2 + 'Region Värmland'.length } }, placeholder: 'Region Värmland' });
    const edit = await renameTo('Region Värmland (RUS-gruppen)');
    expect(Object.keys(edit!.changes!)).toEqual([uri]);
    const edits = edit!.changes![uri]!;
    expect(edits).toHaveLength(BASE.split('\n').filter((l) => l.startsWith('| Region Värmland |')).length);
    const renamed = applyEdits(BASE, edits);
    expect(renamed).not.toContain('| Region Värmland |');
    expect(renamed.split('\n')[line]).toBe(`| Region Värmland (RUS-gruppen) | ${answerText('Region Värmland', 4)} |`);
    expect(guardProblems(BASE, renamed, { [orgKey('Region Värmland')]: 'Region Värmland (RUS-gruppen)' })).toEqual([]);
  });

  it('renames an organisation written in tables and in a section heading, keeping every answer', async () => {
    const at = { line: lineIndex(BASE, '| Region Sörmland |'), character: 4 };
    const edit = await renameTo('Region Sörmland (RUS-gruppen)', at);
    const edits = edit!.changes![uri]!;
    expect(edits).toHaveLength(4); // questions 1, 2, 5 in tables, 3 as an H4
    const renamed = applyEdits(BASE, edits);
    expect(renamed).toContain('#### Region Sörmland (RUS-gruppen)\n');
    expect(renamed).not.toMatch(/Region Sörmland \|/);
    expect(guardProblems(BASE, renamed, { [orgKey('Region Sörmland')]: 'Region Sörmland (RUS-gruppen)' })).toEqual([]);
  });

  it('refuses a name with "|", a line break or markup', async () => {
    expect((await refusal('A | B')).message).toContain('"|"');
    expect((await refusal('Region\nVärmland')).message).toMatch(/line/);
    expect((await refusal('Region ##')).message).toMatch(/markup/);
  });

  it('refuses a rename into an organisation that answers the same question', async () => {
    expect((await refusal('Region Dalarna')).message).toBe('"Region Dalarna" already answers question 4: renaming would merge two organisations\' answers.');
  });

  it('says why in Swedish with locale sv', async () => {
    const sv = await LspClient.start({ settings: { locale: 'sv' } });
    try {
      const svUri = await sv.open('rename-sv.survey.md', BASE);
      await sv.diagnostics(svUri);
      let message = '';
      try {
        await sv.connection.sendRequest(RenameRequest.type, { textDocument: { uri: svUri }, position, newName: 'A | B' });
      } catch (error) {
        expect(error).toBeInstanceOf(ResponseError);
        message = (error as Error).message;
      }
      expect(message).toContain('innehåller "|"');
    } finally {
      await sv.stop();
    }
  });
});

describe('renaming an organisation listed in the front matter', () => {
  it.each(['123', 'null', 'Region: Värmland'])('writes "%s" into the roster as a YAML string, and the survey still reads', async (newName) => {
    const text = survey(Q, 'organisations:\n  - Region Värmland\n  - Region Sörmland\n');
    const client = await LspClient.start();
    try {
      const uri = await client.open('front-matter-rename.survey.md', text);
      await client.diagnostics(uri);
      const line = lineIndex(text, '| Region Värmland |');
      const edit = (await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: { line, character: 5 }, newName })) as WorkspaceEdit;
      const renamed = applyEdits(text, edit.changes![uri]!);
      const again = await client.open('front-matter-renamed.survey.md', renamed);
      const diagnostics = await client.diagnostics(again);
      expect(diagnostics.filter((d) => d.code === 'RUS010').map((d) => d.message)).toEqual([]);
      // Every other region is outside this two-name roster; the renamed one is in it.
      expect(diagnostics.filter((d) => d.code === 'RUS004' && d.message.includes(`"${newName}"`)).map((d) => d.message)).toEqual([]);
      expect(renamed.split('\n')[line]).toBe(`| ${newName} | ${answerText('Region Värmland', 4)} |`);
    } finally {
      await client.stop();
    }
  });
});

describe('an explicit roster from a preset', () => {
  it('"Stockholms läns landsting" is Region Stockholm: no RUS004, and no RUS002 for Region Stockholm', async () => {
    const asLandsting = (orgs: readonly string[]) => orgs.map((org) => (org === 'Region Stockholm' ? 'Stockholms läns landsting' : org));
    const regionsOnly = (orgs: readonly string[]) => orgs.filter((org) => !/kommun$/.test(org));
    const text = survey(
      {
        1: asLandsting(regionsOnly(Q[1])),
        2: asLandsting(regionsOnly(Q[2])),
        3: asLandsting(regionsOnly(Q[3])),
        4: regionsOnly(Q[4]),
        5: regionsOnly(Q[5]),
      },
      'organisations: { preset: sweden-regions }\n',
    );
    expect(text).toContain('| Stockholms läns landsting |');
    expect(text).toContain('#### Stockholms läns landsting');
    const client = await LspClient.start();
    try {
      const uri = await client.open('preset.survey.md', text);
      const diagnostics = await client.diagnostics(uri);
      expect(diagnostics.filter((d) => d.code === 'RUS004').map((d) => d.message)).toEqual([]);
      expect(diagnostics.filter((d) => d.code === 'RUS010').map((d) => d.message)).toEqual([]);
      // The roster is the preset: regions that never answer are missing, so the roster was read.
      expect(diagnostics.some((d) => d.code === 'RUS002' && d.message.includes('Region Norrbotten'))).toBe(true);
      expect(diagnostics.filter((d) => d.code === 'RUS002' && /Region Stockholm|Stockholms läns landsting/.test(d.message)).map((d) => d.message)).toEqual([]);
      const { failures } = await checkEveryAction(client, uri, text, diagnostics);
      expect(failures).toEqual([]);
    } finally {
      await client.stop();
    }
  });
});
