import type { Yaml } from 'mdast';
import { FrontMatterSchema, type FrontMatter } from '../schema/front-matter.js';
import type { StructureProblem } from '../schema/survey.js';
import { offsetsOf } from './markdown-tree.js';
import { problem, type ParseContext } from './parse-context.js';
import { locateYamlPath, parseYamlSource } from './yaml-source.js';

export interface FrontMatterResult {
  /** The valid front matter, or the keys that were valid when some were not (never throws, never null for a block). */
  data: FrontMatter;
  raw: Record<string, unknown>;
  problems: StructureProblem[];
}

export function parseFrontMatter(ctx: ParseContext, node: Yaml): FrontMatterResult {
  const [start] = offsetsOf(node);
  // The YAML starts on the line after the opening `---`.
  const fence = /\r\n|\r|\n/.exec(ctx.text.slice(start, start + 256));
  const contentStart = fence ? start + fence.index + fence[0].length : start;
  const parsed = parseYamlSource(node.value);
  const problems: StructureProblem[] = parsed.errors.map((error) =>
    problem(ctx, 'invalid-front-matter', contentStart + error.start, contentStart + error.end, error.message),
  );
  const raw = parsed.value && typeof parsed.value === 'object' && !Array.isArray(parsed.value) ? (parsed.value as Record<string, unknown>) : {};
  if (parsed.errors.length === 0 && parsed.value !== null && raw !== parsed.value) {
    problems.push(problem(ctx, 'invalid-front-matter', ...offsetsOf(node), 'front matter must be a mapping'));
  }
  const result = FrontMatterSchema.safeParse(raw);
  if (result.success) return { data: result.data, raw, problems };

  const data: Record<string, unknown> = { ...raw };
  for (const issue of result.error.issues) {
    const [from, to] = locateYamlPath(parsed.document, issue.path);
    problems.push(
      problem(ctx, 'invalid-front-matter', contentStart + from, contentStart + to, `${issue.path.join('.')}: ${issue.message}`),
    );
    if (issue.path[0] !== undefined) delete data[String(issue.path[0])];
  }
  const retry = FrontMatterSchema.safeParse(data);
  return { data: retry.success ? retry.data : {}, raw, problems };
}
