import type { InlineDirective } from '../schema/survey.js';
import type { SourceRange } from '../schema/source-range.js';

const DIRECTIVE = /^<!--\s*rus-survey-(disable-next-line|disable-file|disable|enable)\b([\s\S]*?)-->\s*$/;

/** Reads a `<!-- rus-survey-disable RUS002 -->` comment; null when the HTML is something else. */
export function parseInlineDirective(html: string, range: SourceRange): InlineDirective | null {
  const match = DIRECTIVE.exec(html.trim());
  if (!match) return null;
  const rules = (match[2] ?? '')
    .split(/[\s,]+/)
    .map((rule) => rule.trim())
    .filter(Boolean);
  return { kind: match[1] as InlineDirective['kind'], rules, range };
}

/** Whether an HTML node is a `<!-- rus-survey-… -->` directive. */
export function isInlineDirective(html: string): boolean {
  return DIRECTIVE.test(html.trim());
}
