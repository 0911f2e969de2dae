import pc from 'picocolors';
import { count, t } from '../i18n.js';
import { escapeTerminalText } from '../terminal-text.js';
import type { Formatter } from './types.js';

/** Grouped per file, one aligned line per problem, and ESLint's summary line. */
export const stylish: Formatter = (results, { locale, color }) => {
  const c = pc.createColors(color);
  const paint = { error: c.red, warning: c.yellow, info: c.blue };
  const totals = { problems: 0, error: 0, warning: 0, info: 0, fixable: 0 };
  const blocks: string[] = [];
  for (const result of results) {
    if (result.diagnostics.length === 0) continue;
    const rows = result.diagnostics.map((d) => ({
      position: `${d.range.start.line}:${d.range.start.column}`,
      severity: d.severity,
      label: t(locale, `severity_${d.severity}`),
      message: escapeTerminalText(d.message.replace(/\s*\r?\n\s*/g, ' ')),
      rule: escapeTerminalText(`${d.ruleId}/${d.ruleName}`),
    }));
    // A loop, not Math.max(...rows): spreading 100,000 findings overflows the call stack.
    const widest = (of: (row: (typeof rows)[number]) => string): number => rows.reduce((max, row) => Math.max(max, of(row).length), 0);
    const width = {
      position: widest((row) => row.position),
      label: widest((row) => row.label),
      // Capped, so one long message does not push every rule name off the screen.
      message: Math.min(72, widest((row) => row.message)),
    };
    const lines = rows.map(
      (row) =>
        `  ${c.dim(row.position.padEnd(width.position))}  ${paint[row.severity](row.label.padEnd(width.label))}  ${row.message.padEnd(width.message)}  ${c.dim(row.rule)}`.trimEnd(),
    );
    blocks.push(`${c.underline(escapeTerminalText(result.relativePath))}\n${lines.join('\n')}`);
    totals.problems += result.diagnostics.length;
    totals.error += result.errorCount;
    totals.warning += result.warningCount;
    totals.info += result.infoCount;
    totals.fixable += result.fixableCount;
  }
  if (totals.problems === 0) return '';
  const summary = `✖ ${t(locale, 'problems', {
    problems: count(locale, totals.problems, 'problem'),
    errors: count(locale, totals.error, 'error'),
    warnings: count(locale, totals.warning, 'warning'),
    infos: count(locale, totals.info, 'info'),
  })}`;
  const tone = totals.error > 0 ? c.red : totals.warning > 0 ? c.yellow : c.blue;
  const fixable = totals.fixable > 0 ? `\n  ${tone(t(locale, 'fixable', { problems: count(locale, totals.fixable, 'problem') }))}` : '';
  return `\n${blocks.join('\n\n')}\n\n${tone(c.bold(summary))}${fixable}\n`;
};
