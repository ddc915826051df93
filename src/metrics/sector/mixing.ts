/**
 * The sector mixing matrix: how many ties (and how much tie weight) run between each pair
 * of sectors. Rows and columns follow ALL_SECTORS order (academia, industry, government,
 * intermediary), with `unknown` appended only when some node's sector is unknown.
 *
 * Conventions: each undirected tie counted once; a tie between two sectors is written in
 * both [a][b] and [b][a] (symmetric), a tie inside a sector once on the diagonal. Isolates
 * add nothing. Every other cluster indicator (cross-sector share, E-I indices, sector
 * assortativity) is a function of this matrix.
 *
 * Reference: Newman 2003, "Mixing patterns in networks", Phys. Rev. E 67, 026126,
 * doi:10.1103/PhysRevE.67.026126.
 */
import type { Csr } from '../csr.ts';
import type { SectorMixing } from '../types.ts';
import { ALL_SECTORS, SECTORS, type Sector } from '../../model/sector.ts';

export function sectorMixing(csr: Csr, sectors: ArrayLike<Sector>): SectorMixing {
  const { n, offsets, targets, weights } = csr;
  let hasUnknown = false;
  for (let i = 0; i < n; i++) if (sectors[i] === 'unknown') hasUnknown = true;
  const order: Sector[] = hasUnknown ? [...ALL_SECTORS] : [...SECTORS];
  const index = new Map<Sector, number>(order.map((s, k) => [s, k]));
  const size = order.length;
  const counts = order.map(() => new Array<number>(size).fill(0));
  const summed = order.map(() => new Array<number>(size).fill(0));
  for (let i = 0; i < n; i++) {
    const a = index.get(sectors[i]) ?? index.get('unknown')!;
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const j = targets[k];
      if (j < i) continue;
      const b = index.get(sectors[j]) ?? index.get('unknown')!;
      counts[a][b]++;
      summed[a][b] += weights[k];
      if (a !== b) {
        counts[b][a]++;
        summed[b][a] += weights[k];
      }
    }
  }
  return { sectors: order, counts, weights: summed };
}
