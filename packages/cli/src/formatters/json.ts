import { FILE_ERROR_RULE_ID } from '../file-error.js';
import { escapeJsonForTerminal } from '../terminal-text.js';
import type { Formatter } from './types.js';

/** ESLint's JSON shape (a file error has `fatal: true`), with info counted apart and 1-based end positions. */
export const json: Formatter = (results) =>
  escapeJsonForTerminal(JSON.stringify(
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
        ...(d.ruleId === FILE_ERROR_RULE_ID ? { fatal: true } : {}),
        ...(d.fix
          ? { fix: { title: d.fix.title, edits: d.fix.edits.map((edit) => ({ range: [edit.range.start.offset, edit.range.end.offset], text: edit.newText })) } }
          : {}),
      })),
    })),
  )) + '\n';
