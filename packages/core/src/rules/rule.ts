import type { LocalizedText } from '../i18n/locale.js';
import type { LineIndex } from '../parse/line-index.js';
import type { ResolvedParseOptions } from '../parse/parse-options.js';
import type { NearDuplicate } from '../roster/near-duplicates.js';
import type { OrganisationMatcher } from '../roster/organisation-matcher.js';
import type { Config, Locale, Severity } from '../schema/config.js';
import type { OrganisationRename, TextEdit } from '../schema/diagnostic.js';
import type { Roster } from '../schema/roster.js';
import type { SourceRange } from '../schema/source-range.js';
import type { Question, Survey } from '../schema/survey.js';

export type RuleId = `RUS${number}`;
export type MessageData = Readonly<Record<string, string | number>>;

/** A fix as a rule reports it: a message id for its title, and edits. */
export interface FixReport {
  titleId: string;
  data?: MessageData;
  edits: TextEdit[];
  /** The organisations it renames on purpose (see `guardEdit`). */
  renames?: OrganisationRename[];
}

/** What a rule's check returns; the engine turns it into a localized `Diagnostic`. */
export interface RuleReport {
  messageId: string;
  data?: MessageData;
  range: SourceRange;
  /** A lower severity for this finding when the user has not set the rule's severity (RUS001's warnings). */
  severity?: Severity;
  fix?: FixReport;
  suggestions?: FixReport[];
  /** Facts for code actions and reports (question number, organisation, …). */
  facts?: Record<string, unknown>;
}

/** Everything a rule may read. Rules never see mdast, the file system or the editor. */
export interface RuleContext {
  readonly text: string;
  readonly lines: LineIndex;
  readonly survey: Survey;
  readonly roster: Roster;
  readonly organisations: OrganisationMatcher;
  /** Inferred rosters only: written names (folded, `foldText`) that are another spelling of a roster organisation. */
  readonly nearDuplicates: ReadonlyMap<string, NearDuplicate>;
  readonly config: Config;
  readonly parseOptions: ResolvedParseOptions;
  readonly locale: Locale;
}

/**
 * Findings of one rule that are fixed together by one action ("Add all missing organisations (3) to question
 * 4"): the rule says which findings belong together, from their facts, and what the action is called. Editors
 * offer the action when a group has more than one fixable finding and the combined edit passes the guard.
 */
export interface FixGroup {
  /** The group a finding belongs to, from its `facts`; undefined when it belongs to none. */
  key(facts: Readonly<Record<string, unknown>>): string | undefined;
  /** The group action's title, localized; `facts` are one member's. */
  title(count: number, facts: Readonly<Record<string, unknown>>, locale: Locale): string;
}

export interface RuleMeta {
  readonly id: RuleId;
  readonly name: string;
  readonly description: LocalizedText;
  readonly defaultSeverity: Severity;
  /** True when some of its findings carry a fix that `--fix` applies. */
  readonly fixable: boolean;
  /** The messages it reports and its fix titles, by id. */
  readonly messages: Readonly<Record<string, LocalizedText>>;
  /** When its fixable findings may also be fixed as a group (see `FixGroup`). */
  readonly fixGroup?: FixGroup;
}

/**
 * `question` rules look at one question block at a time (plus the roster), so their results can be reused
 * for blocks that did not change; `survey` rules look across the whole document.
 */
export type Rule =
  | (RuleMeta & { readonly scope: 'question'; check(question: Question, context: RuleContext): RuleReport[] })
  | (RuleMeta & { readonly scope: 'survey'; check(survey: Survey, context: RuleContext): RuleReport[] });

/** Keeps a rule's literal types while checking it against `Rule`. */
export function defineRule<const R extends Rule>(rule: R): R {
  return rule;
}
