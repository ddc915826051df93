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
import { HELIX_BIT, tripleHelixTFromTable } from './helixTable.ts';

export function tripleHelixT(records: readonly (readonly Helix[])[]): number | null {
  const table = new Float64Array(8);
  for (const record of records) {
    let cell = 0;
    for (const helix of record) cell |= HELIX_BIT[helix];
    table[cell]++;
  }
  return tripleHelixTFromTable(table);
}
