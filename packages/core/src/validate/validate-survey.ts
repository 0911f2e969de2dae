import { localize, resolveLocale, type Locale } from '../i18n/locale.js';
import { createLineIndex, type LineIndex } from '../parse/line-index.js';
import { parseOptionsOfConfig, resolveParseOptions } from '../parse/parse-options.js';
import type { FixReport, Rule, RuleContext, RuleReport } from '../rules/rule.js';
import { createOrganisationMatcher } from '../roster/organisation-matcher.js';
import { resolveRosterDetailed } from '../roster/resolve-roster.js';
import type { Config } from '../schema/config.js';
import type { Diagnostic, Fix } from '../schema/diagnostic.js';
import { allQuestions, type Question, type Survey } from '../schema/survey.js';
import { applyInlineDirectives } from './inline-directives.js';
import { resolveRuleSettings } from './rule-severities.js';

export interface ValidateOptions {
  config?: Config;
  /** Language of messages and fix titles; a BCP 47 tag such as `sv-SE` is accepted. Default English. */
  locale?: Locale | string;
  /** Run only these rules (ids or names); default all that are not off. */
  only?: readonly string[];
  /** A line index of `text` the caller already has. */
  lines?: LineIndex;
}

/** The roster a rule context holds, with its near-duplicates and its matcher. */
export type ContextRoster = Pick<RuleContext, 'roster' | 'nearDuplicates' | 'organisations'>;

/**
 * Everything rules read for one text and model: the roster (and its near-duplicate search) is resolved here,
 * once, unless the caller passes the one it resolved for the same roster inputs (the incremental linter).
 */
export function createRuleContext(text: string, survey: Survey, config: Config, locale: Locale, lines: LineIndex, resolved?: ContextRoster): RuleContext {
  const { roster, nearDuplicates, organisations } = resolved ?? resolveContextRoster(survey, config);
  return {
    text,
    lines,
    survey,
    roster,
    organisations,
    nearDuplicates,
    config,
    parseOptions: resolveParseOptions(parseOptionsOfConfig(config)),
    locale,
  };
}

/** The model's roster (`resolveRosterDetailed`) with its matcher. */
export function resolveContextRoster(survey: Survey, config: Config): ContextRoster {
  const { roster, nearDuplicates } = resolveRosterDetailed(survey, config);
  return { roster, nearDuplicates, organisations: createOrganisationMatcher(roster) };
}

function toFix(rule: Rule, fix: FixReport, locale: Locale): Fix {
  const title = rule.messages[fix.titleId];
  return { title: title ? localize(title, locale, fix.data) : fix.titleId, edits: fix.edits, ...(fix.renames ? { renames: fix.renames } : {}) };
}

/**
 * One question-scope rule's diagnostics for one question. The incremental linter passes its own, which reuses
 * the diagnostics of a block whose text and rule context did not change; `compute` runs the rule.
 */
export type QuestionDiagnostics = (rule: Rule, question: Question, compute: () => Diagnostic[]) => Diagnostic[];

function toDiagnostic(rule: Rule, report: RuleReport, setting: Diagnostic['severity'], configured: boolean, locale: Locale): Diagnostic {
  const message = rule.messages[report.messageId];
  const diagnostic: Diagnostic = {
    ruleId: rule.id,
    ruleName: rule.name,
    severity: configured ? setting : (report.severity ?? setting),
    message: message ? localize(message, locale, report.data) : report.messageId,
    range: report.range,
  };
  if (report.fix) diagnostic.fix = toFix(rule, report.fix, locale);
  if (report.suggestions?.length) diagnostic.suggestions = report.suggestions.map((fix) => toFix(rule, fix, locale));
  if (report.facts) diagnostic.data = report.facts;
  return diagnostic;
}

/** Runs every rule that is on with the given context; diagnostics localized and in document order. */
export function runRules(context: RuleContext, only?: readonly string[], questionDiagnostics?: QuestionDiagnostics): Diagnostic[] {
  const { survey, config, locale } = context;
  const onlyKeys = only?.map((key) => key.toLowerCase());
  const diagnostics: Diagnostic[] = [];

  for (const { rule, setting, configured } of resolveRuleSettings(config)) {
    if (setting === 'off') continue;
    if (onlyKeys && !onlyKeys.includes(rule.id.toLowerCase()) && !onlyKeys.includes(rule.name)) continue;
    if (rule.scope === 'question') {
      for (const question of allQuestions(survey)) {
        const compute = (): Diagnostic[] => rule.check(question, context).map((report) => toDiagnostic(rule, report, setting, configured, locale));
        for (const diagnostic of questionDiagnostics ? questionDiagnostics(rule, question, compute) : compute()) diagnostics.push(diagnostic);
      }
    } else {
      for (const report of rule.check(survey, context)) diagnostics.push(toDiagnostic(rule, report, setting, configured, locale));
    }
  }
  const sorted = diagnostics.sort(
    (a, b) => a.range.start.offset - b.range.start.offset || a.range.end.offset - b.range.end.offset || a.ruleId.localeCompare(b.ruleId),
  );
  return applyInlineDirectives(sorted, survey.directives);
}

/** Runs every rule that is on over the model of `text` and returns localized diagnostics in document order. */
export function validateSurvey(text: string, survey: Survey, options: ValidateOptions = {}): Diagnostic[] {
  const config = options.config ?? {};
  const context = createRuleContext(text, survey, config, resolveLocale(options.locale), options.lines ?? createLineIndex(text));
  return runRules(context, options.only);
}
