// The extension's runtime strings are written in English in the source and translated from
// l10n/bundle.l10n.sv.json (the @vscode/l10n bundle format). The bundle is read here, not through vscode.l10n,
// because vscode.l10n follows only VS Code's display language and the extension follows `rusSurvey.locale` too
// (ui-locale.ts). The view models take a Translate, so they stay free of `vscode` (vitest runs them in Node).
import swedish from '../l10n/bundle.l10n.sv.json';
import type { Locale } from './ui-locale';

export type Translate = (message: string, ...args: (string | number)[]) => string;

const fill = (message: string, args: (string | number)[]): string => message.replace(/\{(\d+)\}/g, (whole, index: string) => String(args[Number(index)] ?? whole));

/** English, as written in the source: `{0}` placeholders filled in. */
export const english: Translate = (message, ...args) => fill(message, args);

const bundles: Record<Exclude<Locale, 'en'>, Readonly<Record<string, string>>> = { sv: swedish };

/** Translates into `locale`; a message missing from the bundle is shown in English. */
export function translator(locale: Locale): Translate {
  if (locale === 'en') return english;
  const bundle = bundles[locale];
  return (message, ...args) => fill(bundle[message] ?? message, args);
}
