// Bootstrap of the compare webview: mounts the shared compare UI (media/compare-ui.js, from packages/compare-ui)
// and relays between it and the extension. The extension sends `matrix`; the UI's reveal/export go back. What the
// user chose (view, question, organisations, filters) is kept with setState, so the page opens where they left
// it when it is loaded again (a language change, a window reload).
// @ts-check
(function () {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('root');
  const locale = document.body.dataset.locale === 'sv' ? 'sv' : 'en';
  /** @type {{ update(matrix: unknown): void; showQuestion?(n: number): void } | undefined} */
  let view;

  const host = {
    reveal(location) {
      vscode.postMessage({ type: 'reveal', location });
    },
    export(format) {
      vscode.postMessage({ type: 'export', format });
    },
    // The extension writes each of these (compare-panel.ts); the standalone report offers CSV only.
    exportFormats: ['csv', 'html', 'xlsx'],
  };

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || message.type !== 'matrix' || !root) return;
    const api = globalThis.RusSurveyCompare;
    if (!api || typeof api.mountCompareView !== 'function') {
      root.textContent = document.body.dataset.missing || 'The compare UI is not available.';
      return;
    }
    if (view) view.update(message.matrix);
    else view = api.mountCompareView(root, { matrix: message.matrix, locale, host, state: vscode.getState(), onState: (state) => vscode.setState(state) });
    if (typeof message.question === 'number' && view && typeof view.showQuestion === 'function') view.showQuestion(message.question);
  });

  vscode.postMessage({ type: 'ready' });
})();
