import type { CellStatus } from '@rus-survey/core';

/**
 * The heat map's status colours (packages/compare-ui/src/styles/tokens/light.css: --rsc-ans1, --rsc-none,
 * --rsc-empty, --rsc-miss), so a sheet reads like the compare view. Background and text, as ARGB.
 */
export const STATUS_COLOURS: Readonly<Record<CellStatus, { fill: string; font: string }>> = {
  answered: { fill: 'FFD9F2E1', font: 'FF0D4A28' },
  'no-answer': { fill: 'FFE6E9EE', font: 'FF383F48' },
  empty: { fill: 'FFFFF0C4', font: 'FF684400' },
  placeholder: { fill: 'FFFFF0C4', font: 'FF684400' },
  missing: { fill: 'FFFDE3E3', font: 'FFA01C1C' },
};
