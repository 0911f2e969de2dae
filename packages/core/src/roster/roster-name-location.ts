import { findNodeAtLocation, parseTree, type Node as JsonNode } from 'jsonc-parser';
import { isMap, isScalar, isSeq, parseDocument, stringify, type Document, type Scalar } from 'yaml';
import type { Survey } from '../schema/survey.js';
import { foldText } from './fold-text.js';

/** The text a roster is written in: a survey's front matter and `.yaml` configs are YAML, the others JSON(C). */
export type RosterSyntax = 'yaml' | 'json';

/** Where a roster writes one organisation's name, as offsets into the text searched. */
export interface RosterNameLocation {
  start: number;
  end: number;
}

/** An edit writing a new name where the roster wrote the old one. */
export interface RosterNameEdit extends RosterNameLocation {
  newText: string;
}

export function rosterSyntaxOfPath(path: string): RosterSyntax {
  return /\.ya?ml$/i.test(path) ? 'yaml' : 'json';
}

const sameName = (written: unknown, name: string): boolean => typeof written === 'string' && foldText(written) === foldText(name);

/** The YAML scalar holding `name` in `organisations` (a list entry or an entry's `name`); presets hold no names. */
function yamlNameNode(document: Document, name: string): Scalar | undefined {
  const organisations = document.get('organisations', true);
  const items = isSeq(organisations) ? organisations.items : [organisations];
  for (const item of items) {
    const scalar = isScalar(item) ? item : isMap(item) ? item.get('name', true) : undefined;
    if (isScalar(scalar) && sameName(scalar.value, name) && scalar.range) return scalar;
  }
  return undefined;
}

function jsonNameNode(tree: JsonNode | undefined, name: string): JsonNode | undefined {
  const organisations = tree && findNodeAtLocation(tree, ['organisations']);
  if (!organisations) return undefined;
  const items = organisations.type === 'array' ? (organisations.children ?? []) : [organisations];
  for (const item of items) {
    const node = item.type === 'object' ? findNodeAtLocation(item, ['name']) : item;
    if (node?.type === 'string' && sameName(node.value, name)) return node;
  }
  return undefined;
}

/** Where `organisations` in a YAML or JSON(C) text writes `name` (the first entry that is that name, case and space folded). */
export function locateRosterName(source: string, syntax: RosterSyntax, name: string): RosterNameLocation | undefined {
  if (syntax === 'json') {
    const node = jsonNameNode(parseTree(source, [], { allowTrailingComma: true }), name);
    return node ? { start: node.offset, end: node.offset + node.length } : undefined;
  }
  const node = yamlNameNode(parseDocument(source), name);
  return node?.range ? { start: node.range[0], end: node.range[1] } : undefined;
}

/** The ways to write `name` as this YAML scalar, the scalar's own style first; each is checked by reading it back. */
function yamlCandidates(node: Scalar, name: string): string[] {
  const doubleQuoted = JSON.stringify(name);
  const singleQuoted = `'${name.replace(/'/g, "''")}'`;
  if (node.type === 'QUOTE_DOUBLE') return [doubleQuoted];
  if (node.type === 'QUOTE_SINGLE') return [singleQuoted, doubleQuoted];
  const plain = stringify(name, { lineWidth: 0 }).trimEnd();
  return [...(plain.includes('\n') ? [] : [plain]), doubleQuoted];
}

/**
 * The edit renaming roster entry `oldName` to `newName` in a YAML or JSON(C) text, written so the text still
 * reads `newName` there (quoted and escaped as that syntax needs: `Region: Syd`, `*alias`, `Region #1`, `"`
 * and `\`). Undefined when the roster does not write `oldName` (a preset) or no spelling reads back.
 */
export function rosterNameEdit(source: string, syntax: RosterSyntax, oldName: string, newName: string): RosterNameEdit | undefined {
  if (syntax === 'json') {
    const node = jsonNameNode(parseTree(source, [], { allowTrailingComma: true }), oldName);
    if (!node) return undefined;
    const edit = { start: node.offset, end: node.offset + node.length, newText: JSON.stringify(newName) };
    const after = source.slice(0, edit.start) + edit.newText + source.slice(edit.end);
    return jsonNameNode(parseTree(after, [], { allowTrailingComma: true }), newName)?.offset === edit.start ? edit : undefined;
  }
  const node = yamlNameNode(parseDocument(source), oldName);
  if (!node?.range) return undefined;
  const [start, end] = node.range;
  for (const newText of yamlCandidates(node, newName)) {
    const after = source.slice(0, start) + newText + source.slice(end);
    const reread = parseDocument(after);
    const renamed = reread.errors.length === 0 ? yamlNameNode(reread, newName) : undefined;
    // The same entry now holds exactly the new name, and nothing else in the document changed meaning.
    if (renamed?.range?.[0] === start && renamed.value === newName && sameValues(parseDocument(source), reread, oldName, newName)) return { start, end, newText };
  }
  return undefined;
}

/** The two documents' values are equal once the renamed entry is set back (a stray `:` or `#` would change more). */
function sameValues(before: Document, after: Document, oldName: string, newName: string): boolean {
  const restore = yamlNameNode(after, newName);
  if (!restore) return false;
  const original = yamlNameNode(before, oldName)?.value;
  restore.value = original;
  return JSON.stringify(before.toJS()) === JSON.stringify(after.toJS());
}

/** The survey's front matter YAML and where it starts in the survey text; undefined without front matter. */
function frontMatterSource(text: string, survey: Survey): { source: string; offset: number } | undefined {
  const range = survey.frontMatter?.range;
  if (!range) return undefined;
  const offset = text.indexOf('\n', range.start.offset) + 1;
  const closingLine = text.lastIndexOf('\n', range.end.offset - 1) + 1;
  if (offset <= 0 || closingLine < offset) return undefined;
  return { source: text.slice(offset, closingLine), offset };
}

/** Where the survey's front-matter roster writes `name`, as offsets into the survey text. */
export function locateFrontMatterRosterName(text: string, survey: Survey, name: string): RosterNameLocation | undefined {
  const frontMatter = frontMatterSource(text, survey);
  const found = frontMatter && locateRosterName(frontMatter.source, 'yaml', name);
  return frontMatter && found ? { start: frontMatter.offset + found.start, end: frontMatter.offset + found.end } : undefined;
}

/** `rosterNameEdit` for the survey's front matter, as offsets into the survey text. */
export function frontMatterRosterNameEdit(text: string, survey: Survey, oldName: string, newName: string): RosterNameEdit | undefined {
  const frontMatter = frontMatterSource(text, survey);
  const edit = frontMatter && rosterNameEdit(frontMatter.source, 'yaml', oldName, newName);
  return frontMatter && edit ? { start: frontMatter.offset + edit.start, end: frontMatter.offset + edit.end, newText: edit.newText } : undefined;
}
