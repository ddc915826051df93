/**
 * Triple-helix T from the 8-cell table of record counts: cell = which helices take part,
 * as bits (academia 1, industry 2, government 4). Shared by `tripleHelixT` (records) and
 * by the tie-based T of `computeClusterIndicators` (./tieHelixTable.ts).
 *
 *   T_UIG = H_U + H_I + H_G − H_UI − H_UG − H_IG + H_UIG   (bits)
 *
 * Each H is the Shannon entropy (base 2) of the marginal distribution of the selected
 * presence variables. null when the table holds no record.
 *
 * Reference: Leydesdorff 2003, Scientometrics 58(2), 445–467, doi:10.1023/A:1026276025217.
 */
import type { Helix } from '../../model/sector.ts';

export const HELIX_BIT: Record<Helix, number> = { academia: 1, industry: 2, government: 4 };

/** Entropy in bits of the variables selected by `mask`, from the 8-cell table. */
function marginalEntropy(table: ArrayLike<number>, mask: number, total: number): number {
  const counts = new Float64Array(8);
  for (let cell = 0; cell < 8; cell++) counts[cell & mask] += table[cell];
  let h = 0;
  for (const count of counts) {
    if (count > 0) {
      const p = count / total;
      h -= p * Math.log2(p);
    }
  }
  return h;
}

export function tripleHelixTFromTable(table: ArrayLike<number>): number | null {
  let total = 0;
  for (let cell = 0; cell < 8; cell++) total += table[cell];
  if (total === 0) return null;
  const h = (mask: number) => marginalEntropy(table, mask, total);
  const { academia: u, industry: i, government: g } = HELIX_BIT;
  return h(u) + h(i) + h(g) - h(u | i) - h(u | g) - h(i | g) + h(u | i | g);
}
