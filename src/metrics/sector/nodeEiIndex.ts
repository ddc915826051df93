/**
 * E-I index of each node over sectors: does this actor work mostly with its own sector
 * (−1) or with other sectors (+1)?
 *
 *   EI_i = (E_i − I_i) / (E_i + I_i)
 *
 * E_i = ties (weighted: tie weight) to neighbours of another known sector, I_i = ties to
 * neighbours of the node's own sector.
 *
 * Conventions: ties to `unknown` neighbours are left out; NaN (undefined) for isolates, for
 * nodes whose neighbours are all unknown, and for nodes whose own sector is unknown.
 *
 * Reference: Krackhardt & Stern 1988, Social Psychology Quarterly 51(2), 123–140,
 * doi:10.2307/2786835.
 */
import type { Csr } from '../csr.ts';
import type { Sector } from '../../model/sector.ts';
import {
  DEFAULT_SECTOR_INDICATOR_OPTIONS,
  type SectorIndicatorOptions,
} from './crossSectorShare.ts';

export function nodeEiIndex(
  csr: Csr,
  sectors: ArrayLike<Sector>,
  options: Partial<SectorIndicatorOptions> = {},
): Float64Array {
  const { weighted } = { ...DEFAULT_SECTOR_INDICATOR_OPTIONS, ...options };
  const { n, offsets, targets, weights } = csr;
  const result = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const own = sectors[i];
    let external = 0;
    let internal = 0;
    if (own !== 'unknown') {
      for (let k = offsets[i]; k < offsets[i + 1]; k++) {
        const other = sectors[targets[k]];
        if (other === 'unknown') continue;
        const w = weighted ? weights[k] : 1;
        if (other === own) internal += w;
        else external += w;
      }
    }
    result[i] = external + internal > 0 ? (external - internal) / (external + internal) : NaN;
  }
  return result;
}
