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
  // Anything that is not a known sector is `unknown` (the model guarantees no other value).
  const known = new Set<Sector>(SECTORS);
  let hasUnknown = false;
  for (let i = 0; i < n && !hasUnknown; i++) hasUnknown = !known.has(sectors[i]);
  const order: Sector[] = hasUnknown ? [...ALL_SECTORS] : [...SECTORS];
  const index = new Map<Sector, number>(order.map((s, k) => [s, k]));
  const size = order.length;
  const counts = order.map(() => new Array<number>(size).fill(0));
  const summed = order.map(() => new Array<number>(size).fill(0));
  const unknownRow = size - 1; // used only when hasUnknown, where unknown is the last row
  const row = new Int32Array(n);
  for (let i = 0; i < n; i++) row[i] = index.get(sectors[i]) ?? unknownRow;
  for (let i = 0; i < n; i++) {
    const a = row[i];
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const j = targets[k];
      if (j < i) continue;
      const b = row[j];
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
