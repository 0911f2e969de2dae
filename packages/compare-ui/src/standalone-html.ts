import type { CompareMatrix } from '@rus-survey/core';
import { BOOT_JS, COMPARE_UI_CSS, COMPARE_UI_JS } from './generated/assets.js';
import { escapeHtml, inlineSafe, jsonForScript } from './escape.js';
import { t, type Locale } from './i18n.js';

export interface StandaloneHtmlOptions {
  locale: Locale;
  /** The document's title; default: "RUS survey comparison: <survey title>". */
  title?: string;
  /** The CSP nonce for the inlined script and style; default: 16 random bytes (base64). Give one only in tests. */
  nonce?: string;
}

export const DATA_ELEMENT_ID = 'rus-compare-data';

/** 128 random bits from the Web Crypto API (Node 20 and browsers both have globalThis.crypto). */
export function randomNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The last segment of a path or URI, percent-decoded when it is a URI: a file's name, no folder. */
export function fileNameOf(uri: string): string {
  const name = uri.split(/[\\/]/).pop() ?? '';
  if (!/^[a-z][a-z0-9+.-]*:/i.test(uri)) return name;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * The matrix with each answer's location reduced to its file's name. A report is meant to be shared, and
 * the folder a survey sits in (`/home/<user>/Dokument/Enkäter hemliga/…`) is no one else's business.
 */
export function shareableMatrix(matrix: CompareMatrix): CompareMatrix {
  return {
    ...matrix,
    rows: matrix.rows.map((row) => ({
      ...row,
      cells: row.cells.map((cell) => (cell.location ? { ...cell, location: { ...cell.location, uri: fileNameOf(cell.location.uri) } } : cell)),
    })),
  };
}

export interface StandalonePage {
  locale: Locale;
  title: string;
  nonce: string | undefined;
  /** The id of the inert JSON data element the boot script reads. */
  dataId: string;
  data: unknown;
  /** The boot script: reads the data and mounts a view from the bundle. */
  boot: string;
}

/**
 * One self-contained, offline HTML page: the views' bundle, `boot` and the stylesheet inlined under a
 * Content-Security-Policy that allows only them (by nonce), the data as inert JSON. Pure: returns the text.
 */
export function renderStandalonePage(page: StandalonePage): string {
  const { locale } = page;
  const nonce = page.nonce ?? randomNonce();
  if (!/^[A-Za-z0-9+/=_-]+$/.test(nonce)) throw new Error('a CSP nonce is base64 characters only');
  const csp = `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; img-src data:; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="rus-survey">
<title>${escapeHtml(page.title)}</title>
<style nonce="${nonce}">${inlineSafe(COMPARE_UI_CSS)}</style>
</head>
<body class="rsc-standalone">
<div id="rus-compare-root"><noscript>${escapeHtml(t(locale, 'appName'))}: JavaScript is needed to show this report.</noscript></div>
<script type="application/json" id="${page.dataId}" data-locale="${locale}">${jsonForScript(page.data)}</script>
<script nonce="${nonce}">${inlineSafe(COMPARE_UI_JS)}</script>
<script nonce="${nonce}">${inlineSafe(page.boot)}</script>
</body>
</html>
`;
}

/** The standalone compare report of `matrix`, every location reduced to a file name (see renderStandalonePage). */
export function renderStandaloneHtml(matrix: CompareMatrix, options: StandaloneHtmlOptions): string {
  const locale: Locale = options.locale === 'sv' ? 'sv' : 'en';
  const title = options.title ?? (matrix.title ? `${t(locale, 'appName')}: ${matrix.title}` : t(locale, 'appName'));
  return renderStandalonePage({ locale, title, nonce: options.nonce, dataId: DATA_ELEMENT_ID, data: shareableMatrix(matrix), boot: BOOT_JS });
}
