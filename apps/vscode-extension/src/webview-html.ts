// The compare webview's HTML, pure so its security rules are unit-tested: a CSP that allows only our own files
// and scripts carrying this load's nonce, no inline script or style, and every interpolated text escaped.
export interface WebviewHtmlOptions {
  /** The webview's `cspSource`. */
  cspSource: string;
  /** The webview URI of a file in media/. */
  asset(name: string): string;
  nonce: string;
  locale: 'en' | 'sv';
  title: string;
  /** Shown when the compare UI script is missing from media/. */
  missingText: string;
  /** The bootstrap in media/ that mounts a view and talks to the extension (default: the compare view's). */
  script?: 'compare-webview.js' | 'rounds-webview.js';
}

const attribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function webviewHtml(options: WebviewHtmlOptions): string {
  const { cspSource, asset, nonce, locale } = options;
  const csp = [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `img-src ${cspSource} data:`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attribute(asset('compare-ui.css'))}">
<link rel="stylesheet" href="${attribute(asset('compare-webview.css'))}">
<title>${attribute(options.title)}</title>
</head>
<body data-locale="${locale}" data-missing="${attribute(options.missingText)}">
<main id="root"></main>
<script nonce="${attribute(nonce)}" src="${attribute(asset('compare-ui.js'))}"></script>
<script nonce="${attribute(nonce)}" src="${attribute(asset(options.script ?? 'compare-webview.js'))}"></script>
</body>
</html>`;
}
