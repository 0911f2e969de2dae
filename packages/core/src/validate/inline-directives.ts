import { findRule } from '../rules/registry.js';
import type { Diagnostic } from '../schema/diagnostic.js';
import type { InlineDirective } from '../schema/survey.js';

const appliesTo = (directive: InlineDirective, ruleId: string): boolean =>
  directive.rules.length === 0 || directive.rules.some((key) => findRule(key)?.id === ruleId);

/** Whether `<!-- rus-survey-… -->` comments silence this diagnostic (markdownlint's semantics, by line). */
function isSuppressed(diagnostic: Diagnostic, directives: readonly InlineDirective[]): boolean {
  const line = diagnostic.range.start.line;
  let disabled = false;
  for (const directive of directives) {
    if (!appliesTo(directive, diagnostic.ruleId)) continue;
    switch (directive.kind) {
      case 'disable-file':
        return true;
      case 'disable-next-line':
        if (directive.range.end.line + 1 === line) return true;
        break;
      case 'disable':
        if (directive.range.start.line <= line) disabled = true;
        break;
      case 'enable':
        if (directive.range.start.line <= line) disabled = false;
        break;
    }
  }
  return disabled;
}

/** Drops the diagnostics that inline directives turn off. Directives must be in document order. */
export function applyInlineDirectives(diagnostics: readonly Diagnostic[], directives: readonly InlineDirective[]): Diagnostic[] {
  if (directives.length === 0) return [...diagnostics];
  return diagnostics.filter((diagnostic) => !isSuppressed(diagnostic, directives));
}
