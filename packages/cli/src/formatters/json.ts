import type { Formatter } from './types.js';

/** ESLint's JSON shape, with info counted apart and 1-based end positions. */
export const json: Formatter = (results) =>
  JSON.stringify(
    results.map((result) => ({
      filePath: result.filePath,
      errorCount: result.errorCount,
      warningCount: result.warningCount,
      infoCount: result.infoCount,
      fixableCount: result.fixableCount,
      messages: result.diagnostics.map((d) => ({
        ruleId: d.ruleId,
        ruleName: d.ruleName,
        severity: d.severity,
        line: d.range.start.line,
        column: d.range.start.column,
        endLine: d.range.end.line,
        endColumn: d.range.end.column,
        message: d.message,
        ...(d.fix
          ? { fix: { title: d.fix.title, edits: d.fix.edits.map((edit) => ({ range: [edit.range.start.offset, edit.range.end.offset], text: edit.newText })) } }
          : {}),
      })),
    })),
  ) + '\n';
