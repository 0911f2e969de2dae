/**
 * A standalone report follows the system's colour scheme, also when it changes while the report is open: the dark
 * palette applies under body.rsc-dark (the one selector VS Code's dark themes share with the reports).
 */
export function followColorScheme(doc: Document): void {
  const darkScheme = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
  const follow = (): void => {
    doc.body.classList.toggle('rsc-dark', darkScheme?.matches === true);
  };
  follow();
  darkScheme?.addEventListener?.('change', follow);
}
