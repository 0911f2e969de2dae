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
const CLOSED_FRONT_MATTER = /^---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** CommonMark + GFM + YAML front matter, as mdast with positions. */
export function parseMarkdownTree(text: string): Root {
  return (CLOSED_FRONT_MATTER.test(text) ? withFrontMatter : withoutFrontMatter).parse(text);
}

/** Start and end offsets of an mdast node; micromark always sets them when parsing text. */
export function offsetsOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): [number, number] {
  return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
}
