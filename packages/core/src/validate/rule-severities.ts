import { findRule, rules } from '../rules/registry.js';
import type { Rule } from '../rules/rule.js';
import type { Config, RuleSetting } from '../schema/config.js';

export interface ResolvedRuleSetting {
  rule: Rule;
  setting: RuleSetting;
  /** True when the user chose the severity (then a rule's per-finding severity gives way). */
  configured: boolean;
}

/** Each rule with its severity: the config's `rules` by id or name, later keys winning, else the default. */
export function resolveRuleSettings(config: Config = {}): ResolvedRuleSetting[] {
  const chosen = new Map<Rule, RuleSetting>();
  for (const [key, setting] of Object.entries(config.rules ?? {})) {
    const rule = findRule(key);
    if (rule && setting) chosen.set(rule, setting);
  }
  return rules.map((rule) => {
    const setting = chosen.get(rule);
    return { rule, setting: setting ?? rule.defaultSeverity, configured: setting !== undefined };
  });
}
