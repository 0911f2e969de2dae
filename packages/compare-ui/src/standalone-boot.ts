// The standalone report's host: follows the system's colour scheme, reads the embedded matrix, mounts the view,
// offers "Download CSV" and shows where an answer is in the source (a file on disk cannot be opened from a web page).
import { foldForSearch, type CompareMatrix } from '@rus-survey/core';
import { followColorScheme } from './color-scheme.js';
import { matrixToCsv } from './csv.js';
import { t, type Locale } from './i18n.js';
import type { mountCompareView as Mount } from './mount.js';

const api = (globalThis as unknown as { RusSurveyCompare?: { mountCompareView: typeof Mount } }).RusSurveyCompare;
const data = document.getElementById('rus-compare-data');
const root = document.getElementById('rus-compare-root');
followColorScheme(document);

if (api && data && root) {
  const matrix = JSON.parse(data.textContent ?? 'null') as CompareMatrix;
  const locale: Locale = data.dataset.locale === 'sv' ? 'sv' : 'en';
  const toast = document.createElement('div');
  toast.className = 'rsc-toast';
  toast.setAttribute('role', 'status');
  toast.hidden = true;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  // Composed first, so a title typed in decomposed form ("a" + a combining ring) folds as the letter does.
  const slug = (text: string): string =>
    foldForSearch(text.normalize('NFC'))
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'rus-survey';
  api.mountCompareView(root, {
    matrix,
    locale,
    host: {
      reveal(location) {
        const file = decodeURIComponent(location.uri.replace(/^file:\/\//, ''));
        toast.textContent = `${t(locale, 'source')}: ${t(locale, 'revealed', { file, line: location.range.start.line })}`;
        toast.hidden = false;
        if (hideTimer !== undefined) clearTimeout(hideTimer);
        hideTimer = setTimeout(() => {
          toast.hidden = true;
        }, 6000);
      },
      export(format) {
        if (format !== 'csv') return;
        const blob = new Blob([matrixToCsv(matrix)], { type: 'text/csv;charset=utf-8' });
        const url = URL.createObjectURL(blob);
        const link = document.createElement('a');
        link.href = url;
        link.download = `${slug(matrix.title ?? 'rus-survey')}.csv`;
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      },
      exportFormats: ['csv'],
    },
  });
  root.append(toast);
}
