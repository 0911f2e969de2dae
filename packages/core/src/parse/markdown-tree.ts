import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// Frozen processors: building one per parse would dominate small documents.
const withFrontMatter = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();
const withoutFrontMatter = unified().use(remarkParse).use(remarkGfm).freeze();

// micromark's front matter construct, once it fails on an unclosed `---` at the top, leaves later `>` lines
// read as paragraphs; so it is only switched on when the text really opens with a closed front matter block.
export const CLOSED_FRONT_MATTER = /^---[ \t]*(?:\r\n|\r|\n)(?:[\s\S]*?(?:\r\n|\r|\n))?---[ \t]*(?:\r\n|\r|\n|$)/;

/** CommonMark + GFM + YAML front matter, as mdast with positions (offsets into `text`, BOM included). */
export function parseMarkdownTree(text: string): Root {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = bom ? text.slice(1) : text;
  const tree = (CLOSED_FRONT_MATTER.test(body) ? withFrontMatter : withoutFrontMatter).parse(body);
  // micromark drops a leading byte order mark and counts offsets without it; the model counts in the file.
  if (bom) shiftOffsets(tree, bom);
  return tree;
}

type Positioned = { position?: { start: { offset?: number }; end: { offset?: number } }; children?: unknown[] };

function shiftOffsets(root: Positioned, by: number): void {
  const pending: Positioned[] = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.position) {
      if (node.position.start.offset !== undefined) node.position.start.offset += by;
      if (node.position.end.offset !== undefined) node.position.end.offset += by;
    }
    for (const child of node.children ?? []) pending.push(child as Positioned);
  }
}

/** Start and end offsets of an mdast node; micromark always sets them when parsing text. */
export function offsetsOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): [number, number] {
  return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
}
