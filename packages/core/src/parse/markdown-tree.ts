import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// One frozen processor: building it per parse would dominate small documents.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

/** CommonMark + GFM + YAML front matter, as mdast with positions. */
export function parseMarkdownTree(text: string): Root {
  return processor.parse(text);
}

/** Start and end offsets of an mdast node; micromark always sets them when parsing text. */
export function offsetsOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): [number, number] {
  return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
}
