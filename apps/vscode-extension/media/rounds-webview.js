// Bootstrap of the Rounds webview: mounts the shared Rounds view (media/compare-ui.js, from packages/compare-ui)
// and relays between it and the extension. The extension sends `rounds`; the view's reveal goes back. What the
// user chose is kept with setState, so the page opens where they left it when it is loaded again.
// @ts-check
(function () {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('root');
  const locale = document.body.dataset.locale === 'sv' ? 'sv' : 'en';
  /** @type {{ update(comparison: unknown): void; showOrganisation(name: string): void } | undefined} */
  let view;

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || message.type !== 'rounds' || !root) return;
    const api = globalThis.RusSurveyCompare;
    if (!api || typeof api.mountRoundsView !== 'function') {
      root.textContent = document.body.dataset.missing || 'The compare UI is not available.';
      return;
    }
    if (view) view.update(message.comparison);
    else {
      root.classList.add('rsc');
      view = api.mountRoundsView(root, {
        comparison: message.comparison,
        locale,
        reveal: (location) => vscode.postMessage({ type: 'reveal', location }),
        state: vscode.getState(),
        onState: (state) => vscode.setState(state),
      });
    }
    if (typeof message.organisation === 'string') view.showOrganisation(message.organisation);
  });

  vscode.postMessage({ type: 'ready' });
})();
