/**
 * Krackhardt & Stern's E-I index of the whole network over sectors:
 *
 *   EI = (E − I) / (E + I)
 *
 * E = ties (weighted: tie weight) between two different known sectors, I = ties inside one
 * known sector. −1: every tie stays inside its sector; +1: every tie crosses sectors.
 *
 * Conventions: ties touching an `unknown` node are left out; intermediary counts as a
 * sector. null when E + I = 0 (no tie with two known ends).
 *
 * Reference: Krackhardt & Stern 1988, "Informal networks and organizational crises: an
 * experimental simulation", Social Psychology Quarterly 51(2), 123–140, doi:10.2307/2786835.
 */
import type { SectorMixing } from '../types.ts';
import {
  DEFAULT_SECTOR_INDICATOR_OPTIONS,
  type SectorIndicatorOptions,
} from './crossSectorShare.ts';

export function eiIndex(
  mixing: SectorMixing,
  options: Partial<SectorIndicatorOptions> = {},
): number | null {
  const { weighted } = { ...DEFAULT_SECTOR_INDICATOR_OPTIONS, ...options };
  const matrix = weighted ? mixing.weights : mixing.counts;
  let external = 0;
  let internal = 0;
  mixing.sectors.forEach((a, i) => {
    if (a === 'unknown') return;
    mixing.sectors.forEach((b, j) => {
      if (b === 'unknown' || j < i) return;
      if (i === j) internal += matrix[i][j];
      else external += matrix[i][j];
    });
  });
  return external + internal > 0 ? (external - internal) / (external + internal) : null;
}
