// The standalone rounds report's host: follows the system's colour scheme, reads the embedded comparison and
// mounts the Rounds view.
import type { RoundsComparison } from '@rus-survey/core';
import { followColorScheme } from '../color-scheme.js';
import type { mountRoundsView as Mount } from './rounds-view.js';

const api = (globalThis as unknown as { RusSurveyCompare?: { mountRoundsView: typeof Mount } }).RusSurveyCompare;
followColorScheme(document);
const data = document.getElementById('rus-rounds-data');
const root = document.getElementById('rus-compare-root');
if (api && data && root) {
  root.replaceChildren();
  root.classList.add('rsc');
  api.mountRoundsView(root, { comparison: JSON.parse(data.textContent ?? 'null') as RoundsComparison, locale: data.dataset.locale === 'sv' ? 'sv' : 'en' });
}
