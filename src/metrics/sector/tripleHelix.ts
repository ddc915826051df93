/**
 * Leydesdorff's triple-helix indicator: the mutual information in three dimensions among
 * university (academia), industry and government participation, in bits.
 *
 *   T_UIG = H_U + H_I + H_G − H_UI − H_UG − H_IG + H_UIG
 *
 * Each record is one collaboration or project and lists which helices take part; U, I and
 * G are the binary presence variables over records, H the Shannon entropies (base 2) of
 * their marginal and joint distributions. Negative T means synergy: the three-way
 * configuration reduces uncertainty beyond what the pairwise relations explain.
 *
 * Conventions: intermediaries are not a helix and are ignored (the input type excludes
 * them); duplicates inside a record count once; records with no helix are valid outcomes
 * (all three absent). null for an empty record list.
 *
 * Reference: Leydesdorff 2003, "The mutual information of university-industry-government
 * relations: an indicator of the Triple Helix dynamics", Scientometrics 58(2), 445–467,
 * doi:10.1023/A:1026276025217.
 */
import type { Helix } from '../../model/sector.ts';

const BIT: Record<Helix, number> = { academia: 1, industry: 2, government: 4 };

/** Shannon entropy in bits of the distribution given by `counts` over `total` records. */
function entropy(counts: ArrayLike<number>, total: number): number {
  let h = 0;
  for (let k = 0; k < counts.length; k++) {
    if (counts[k] > 0) {
      const p = counts[k] / total;
      h -= p * Math.log2(p);
    }
  }
  return h;
}

/** Entropy of the variables selected by `mask` (bits of BIT), from the 8-cell joint table. */
function marginalEntropy(joint: Float64Array, mask: number, total: number): number {
  const counts = new Float64Array(8);
  for (let cell = 0; cell < 8; cell++) counts[cell & mask] += joint[cell];
  return entropy(counts, total);
}

export function tripleHelixT(records: readonly (readonly Helix[])[]): number | null {
  if (records.length === 0) return null;
  const joint = new Float64Array(8);
  for (const record of records) {
    let cell = 0;
    for (const helix of record) cell |= BIT[helix];
    joint[cell]++;
  }
  const total = records.length;
  const h = (mask: number) => marginalEntropy(joint, mask, total);
  const [u, i, g] = [BIT.academia, BIT.industry, BIT.government];
  return h(u) + h(i) + h(g) - h(u | i) - h(u | g) - h(i | g) + h(u | i | g);
}
