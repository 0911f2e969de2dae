// Core diagnostics as LSP diagnostics: rule id → code, docs url → codeDescription.href, the fixes → data (so
// code actions need no server-side state). When to send them (pushed or pulled, debounced) is the server's business.
// A big survey has thousands of findings (L with a roster of regions: 12,000), so they are converted in chunks
// with a pause between (the host answers waiting requests there), and each analysis's list is converted once.
import { findRule, ruleDocsUrl, type Diagnostic as CoreDiagnostic, type Fix, type Locale, type OrganisationRename, type Severity } from '@rus-survey/core';
import { DiagnosticSeverity, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import { toLspRange, toLspTextEdit } from '../positions.js';
import { throwIfCancelled, type CancellationToken } from '../cancellation.js';
import type { SurveyAnalysis } from '../survey-analysis.js';

export const DIAGNOSTIC_SOURCE = 'rus-survey';

export interface FixData {
  title: string;
  edits: TextEdit[];
  /** The organisations the fix renames on purpose (core's guard lets their answers move). */
  renames?: OrganisationRename[];
}

/** What a rus-survey diagnostic carries in `data`: everything its quick fixes need. */
export interface RusDiagnosticData {
  ruleId: string;
  ruleName: string;
  fix?: FixData;
  suggestions?: FixData[];
  /** Core's facts about the finding (question number, organisation, …). */
  facts?: Record<string, unknown>;
}

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

const SERVER_MESSAGES = {
  tooLarge: {
    en: 'This file is too large to validate ({size} characters; the limit is {limit}, setting rusSurvey.maxFileSize).',
    sv: 'Filen är för stor för att valideras ({size} tecken; gränsen är {limit}, inställningen rusSurvey.maxFileSize).',
  },
  binary: {
    en: 'This file looks binary (it contains NUL characters), so it was not validated.',
    sv: 'Filen ser binär ut (den innehåller NUL-tecken), så den validerades inte.',
  },
  config: {
    en: 'Invalid config {file}:{line}:{column}: {message}',
    sv: 'Ogiltig konfiguration {file}:{line}:{column}: {message}',
  },
} as const;

function say(id: keyof typeof SERVER_MESSAGES, locale: Locale, data: Record<string, string | number>): string {
  return SERVER_MESSAGES[id][locale].replace(/\{(\w+)\}/g, (whole, key: string) => String(data[key] ?? whole));
}

const toFixData = (fix: Fix): FixData => ({ title: fix.title, edits: fix.edits.map(toLspTextEdit), ...(fix.renames ? { renames: fix.renames } : {}) });

/** What every diagnostic of a rule shares: its docs link (one object for all of them). */
const ruleLinks = new Map<string, Diagnostic['codeDescription'] | null>();
function ruleLink(ruleId: string): Diagnostic['codeDescription'] | null {
  let link = ruleLinks.get(ruleId);
  if (link === undefined) {
    const rule = findRule(ruleId);
    link = rule ? { href: ruleDocsUrl(rule) } : null;
    ruleLinks.set(ruleId, link);
  }
  return link;
}

export function toLspDiagnostic(diagnostic: CoreDiagnostic): Diagnostic {
  const link = ruleLink(diagnostic.ruleId);
  const data: RusDiagnosticData = {
    ruleId: diagnostic.ruleId,
    ruleName: diagnostic.ruleName,
    ...(diagnostic.fix ? { fix: toFixData(diagnostic.fix) } : {}),
    ...(diagnostic.suggestions?.length ? { suggestions: diagnostic.suggestions.map(toFixData) } : {}),
    ...(diagnostic.data ? { facts: diagnostic.data } : {}),
  };
  return {
    range: toLspRange(diagnostic.range),
    severity: SEVERITIES[diagnostic.severity],
    code: diagnostic.ruleId,
    ...(link ? { codeDescription: link } : {}),
    source: DIAGNOSTIC_SOURCE,
    message: `${diagnostic.ruleName}: ${diagnostic.message}`,
    data,
  };
}

const FIRST_LINE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** How many diagnostics are converted between two pauses (about a millisecond's work). */
const CHUNK = 1000;

/** Each analysis's LSP diagnostics, converted once however often they are published or pulled. */
const converted = new WeakMap<SurveyAnalysis, Diagnostic[]>();

/**
 * The LSP diagnostics of one analysed document; empty for anything that is not a survey. `pause` comes between
 * chunks, and a cancelled token ends the work there (`RequestCancelledError`).
 */
export async function diagnosticsOf(analysis: SurveyAnalysis, pause: () => Promise<void>, token: CancellationToken): Promise<Diagnostic[]> {
  const known = converted.get(analysis);
  if (known) return known;
  const diagnostics = headDiagnostics(analysis);
  const found = analysis.result?.diagnostics ?? [];
  for (let start = 0; start < found.length; start += CHUNK) {
    if (start > 0) {
      await pause();
      throwIfCancelled(token);
    }
    for (let i = start; i < Math.min(found.length, start + CHUNK); i++) diagnostics.push(toLspDiagnostic(found[i]!));
  }
  converted.set(analysis, diagnostics);
  return diagnostics;
}

/** What the server itself reports ahead of core's findings: config errors, a file too large or binary. */
function headDiagnostics(analysis: SurveyAnalysis): Diagnostic[] {
  if (!analysis.isSurvey) return [];
  const diagnostics: Diagnostic[] = analysis.configSource.errors.map((error) => ({
    range: FIRST_LINE,
    severity: DiagnosticSeverity.Error,
    code: 'config',
    source: DIAGNOSTIC_SOURCE,
    message: say('config', analysis.locale, { file: error.filename, line: error.line, column: error.column, message: error.localized[analysis.locale] }),
    // Lets the editor jump to the error in the config itself.
    relatedInformation: [
      {
        location: {
          uri: error.uri,
          range: toLspRange({ start: { line: error.line, column: error.column, offset: 0 }, end: { line: error.endLine, column: error.endColumn, offset: 0 } }),
        },
        message: error.localized[analysis.locale],
      },
    ],
  }));
  if (analysis.skipped === 'too-large') {
    diagnostics.push({
      range: FIRST_LINE,
      severity: DiagnosticSeverity.Warning,
      code: 'too-large',
      source: DIAGNOSTIC_SOURCE,
      message: say('tooLarge', analysis.locale, { size: analysis.text.length, limit: analysis.maxFileSize }),
    });
  } else if (analysis.skipped === 'binary') {
    diagnostics.push({ range: FIRST_LINE, severity: DiagnosticSeverity.Warning, code: 'binary', source: DIAGNOSTIC_SOURCE, message: say('binary', analysis.locale, {}) });
  }
  return diagnostics;
}
