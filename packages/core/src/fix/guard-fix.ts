import type { Config } from '../schema/config.js';
import type { Fix } from '../schema/diagnostic.js';
import type { Survey } from '../schema/survey.js';
import { applyFixes } from './apply-fixes.js';
import { guardEdit, type GuardVerdict } from './edit-guard.js';

/** A fix applied alone to `text` (whose model is `survey`), judged by `guardEdit`; adapters offer only what passes. */
export function guardFix(text: string, survey: Survey, fix: Fix, config: Config = {}): GuardVerdict & { text: string } {
  const edited = applyFixes(text, [{ fix }]);
  return { ...guardEdit(survey, edited, { config, renames: fix.renames ?? [] }), text: edited };
}
