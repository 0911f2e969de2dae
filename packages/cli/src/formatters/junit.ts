import { escapeTerminalText } from '../terminal-text.js';
import type { Formatter } from './types.js';

/** XML text and attribute escaping; control characters shown as `\x1B` (XML 1.0 cannot hold most, and CI prints the rest). */
export const escapeXml = (value: string): string =>
  escapeTerminalText(value)
    .replace(/[\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/**
 * One testsuite per file, one testcase per problem: errors and warnings fail, info passes with its
 * message in system-out (so CI shows it without failing). A clean file gets one passing testcase.
 */
export const junit: Formatter = (results) => {
  const suites = results.map((result) => {
    const file = escapeXml(result.relativePath);
    const failures = result.errorCount + result.warningCount;
    const cases = result.diagnostics.map((d) => {
      const name = escapeXml(`${d.ruleId} ${d.ruleName}`);
      const where = `${result.relativePath}:${d.range.start.line}:${d.range.start.column}`;
      const detail = escapeXml(`${where} ${d.severity} ${d.message} (${d.ruleId}/${d.ruleName})`);
      const body =
        d.severity === 'info'
          ? `<system-out>${detail}</system-out>`
          : `<failure type="${d.severity}" message="${escapeXml(d.message)}">${detail}</failure>`;
      return `    <testcase name="${name}" classname="${file}" time="0">${body}</testcase>`;
    });
    if (cases.length === 0) cases.push(`    <testcase name="rus-survey" classname="${file}" time="0"/>`);
    return [
      `  <testsuite name="${file}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0" time="0">`,
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  const tests = results.reduce((sum, r) => sum + Math.max(1, r.diagnostics.length), 0);
  const failures = results.reduce((sum, r) => sum + r.errorCount + r.warningCount, 0);
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="rus-survey" tests="${tests}" failures="${failures}" errors="0" time="0">`, ...suites, '</testsuites>', ''].join('\n');
};
