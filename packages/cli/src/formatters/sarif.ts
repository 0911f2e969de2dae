import { pathToFileURL } from 'node:url';
import { ruleDocsUrl, rules, type Severity } from '@rus-survey/core';
import { escapeJsonForTerminal } from '../terminal-text.js';
import type { Formatter } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0 for code scanning: every rule's metadata in the driver, results pointing at it by index. */
export const sarif: Formatter = (results, { cwd, locale, version }) => {
  const ruleIndex = new Map<string, number>(rules.map((rule, index) => [rule.id, index]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'rus-survey',
            version,
            informationUri: 'https://github.com/rus-survey/rus-survey',
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.name,
              shortDescription: { text: rule.description[locale] },
              helpUri: ruleDocsUrl(rule),
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
              properties: { fixable: rule.fixable },
            })),
          },
        },
        // Columns count UTF-16 code units, as core's offsets do.
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href } },
        results: results.flatMap((result) =>
          result.diagnostics.map((d) => ({
            ruleId: d.ruleId,
            ...(ruleIndex.has(d.ruleId) ? { ruleIndex: ruleIndex.get(d.ruleId) } : {}),
            level: LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: encodeURI(result.relativePath), uriBaseId: '%SRCROOT%' },
                  region: { startLine: d.range.start.line, startColumn: d.range.start.column, endLine: d.range.end.line, endColumn: d.range.end.column },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return escapeJsonForTerminal(JSON.stringify(log, null, 2)) + '\n';
};
