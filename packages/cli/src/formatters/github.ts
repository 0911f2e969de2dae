import type { Severity } from '@rus-survey/core';
import { escapeTerminalText } from '../terminal-text.js';
import type { Formatter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** GitHub's escaping for a workflow command's message; other control characters shown as `\x1B` (the log is a terminal). */
export const escapeData = (value: string): string => escapeTerminalText(value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));

/** …and for its properties, where `,` and `:` separate too. */
export const escapeProperty = (value: string): string => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One workflow command per problem; GitHub shows them as annotations on the pull request. */
export const github: Formatter = (results) =>
  results
    .flatMap((result) =>
      result.diagnostics.map((d) => {
        const properties = [
          ['file', result.relativePath],
          ['line', String(d.range.start.line)],
          ['col', String(d.range.start.column)],
          ['endLine', String(d.range.end.line)],
          ['endColumn', String(d.range.end.column)],
          ['title', `${d.ruleId} ${d.ruleName}`],
        ]
          .map(([key, value]) => `${key}=${escapeProperty(value!)}`)
          .join(',');
        return `::${COMMAND[d.severity]} ${properties}::${escapeData(d.message)}\n`;
      }),
    )
    .join('');
