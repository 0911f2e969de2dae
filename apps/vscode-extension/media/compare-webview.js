// Bootstrap of the compare webview: mounts the shared compare UI (media/compare-ui.js, from packages/compare-ui)
// and relays between it and the extension. The extension sends `matrix`; the UI's reveal/export go back.
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
    else view = api.mountCompareView(root, { matrix: message.matrix, locale, host });
    if (typeof message.question === 'number' && view && typeof view.showQuestion === 'function') view.showQuestion(message.question);
  });

  vscode.postMessage({ type: 'ready' });
})();
