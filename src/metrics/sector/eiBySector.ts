/**
 * E-I index of each sector's ties (Krackhardt & Stern's group-level index):
 *
 *   EI_s = (E_s − I_s) / (E_s + I_s)
 *
 * E_s = ties (weighted: tie weight) from members of sector s to members of another known
 * sector, I_s = ties among members of s (each counted once). −1: the sector works only
 * with itself; +1: only with other sectors.
 *
 * Conventions: ties to `unknown` nodes are left out; null for a sector without any counted
 * tie (absent or isolated). All four known sectors are always keys.
 *
 * Reference: Krackhardt & Stern 1988, Social Psychology Quarterly 51(2), 123–140,
 * doi:10.2307/2786835.
 */
import type { SectorMixing } from '../types.ts';
import { SECTORS, type KnownSector } from '../../model/sector.ts';
import {
  DEFAULT_SECTOR_INDICATOR_OPTIONS,
  type SectorIndicatorOptions,
} from './crossSectorShare.ts';

export function eiBySector(
  mixing: SectorMixing,
  options: Partial<SectorIndicatorOptions> = {},
): Record<KnownSector, number | null> {
  const { weighted } = { ...DEFAULT_SECTOR_INDICATOR_OPTIONS, ...options };
  const matrix = weighted ? mixing.weights : mixing.counts;
  const result = {} as Record<KnownSector, number | null>;
  for (const sector of SECTORS) {
    const i = mixing.sectors.indexOf(sector);
    let external = 0;
    let internal = 0;
    if (i >= 0) {
      mixing.sectors.forEach((other, j) => {
        if (other === 'unknown') return;
        if (i === j) internal += matrix[i][j];
        else external += matrix[i][j];
      });
    }
    result[sector] = external + internal > 0 ? (external - internal) / (external + internal) : null;
  }
  return result;
}
