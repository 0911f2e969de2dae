// The view models take their strings through this, so they stay free of `vscode` (vitest runs them in Node)
// while the extension passes `vscode.l10n.t`.
export type Translate = (message: string, ...args: (string | number)[]) => string;

/** English, as written in the source: `{0}` placeholders filled in. */
export const english: Translate = (message, ...args) => message.replace(/\{(\d+)\}/g, (whole, index: string) => String(args[Number(index)] ?? whole));
