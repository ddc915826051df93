/**
 * Cross-sector share: the share of ties (weighted: of tie weight) that join two different
 * known sectors, among the ties whose two ends both have a known sector.
 *
 *   share = Σ_{a≠b known} M_ab / Σ_{a,b known} M_ab     (each tie once)
 *
 * Conventions: ties touching an `unknown` node are left out of both counts; intermediary
 * is a sector of its own, so a university–headquarters tie crosses sectors. null when no
 * tie has two known ends. Equals (1 + E-I index) / 2 over the same ties.
 *
 * Reference: Krackhardt & Stern 1988, Social Psychology Quarterly 51(2), 123–140,
 * doi:10.2307/2786835 (external vs internal ties).
 */
import type { SectorMixing } from '../types.ts';

export interface SectorIndicatorOptions {
  /** Use summed tie weights instead of tie counts. */
  weighted: boolean;
}

export const DEFAULT_SECTOR_INDICATOR_OPTIONS: SectorIndicatorOptions = { weighted: false };

export function crossSectorShare(
  mixing: SectorMixing,
  options: Partial<SectorIndicatorOptions> = {},
): number | null {
  const { weighted } = { ...DEFAULT_SECTOR_INDICATOR_OPTIONS, ...options };
  const matrix = weighted ? mixing.weights : mixing.counts;
  let across = 0;
  let all = 0;
  mixing.sectors.forEach((a, i) => {
    if (a === 'unknown') return;
    mixing.sectors.forEach((b, j) => {
      if (b === 'unknown' || j < i) return;
      all += matrix[i][j];
      if (i !== j) across += matrix[i][j];
    });
  });
  return all > 0 ? across / all : null;
}
