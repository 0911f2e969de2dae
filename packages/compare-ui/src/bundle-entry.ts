// The browser bundle (dist/compare-ui.js): an IIFE that publishes the view as globalThis.RusSurveyCompare.
import { mountCompareView } from './mount.js';
import { mountRoundsView } from './rounds/rounds-view.js';

(globalThis as unknown as { RusSurveyCompare: unknown }).RusSurveyCompare = { mountCompareView, mountRoundsView };
