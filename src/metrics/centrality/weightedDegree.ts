/**
 * Weighted degree (strength): the summed weight of a node's ties, e.g. the number of
 * joint projects with all partners.
 *
 *   s_i = Σ_{j ∈ N(i)} w_ij
 *
 * Conventions: always weighted (networkx `G.degree(weight='weight')`); a tie without a
 * positive numeric weight counts 1 (see toCsr); isolates have strength 0.
 *
 * Reference: Barrat, A., Barthélemy, M., Pastor-Satorras, R., Vespignani, A. (2004).
 * The architecture of complex weighted networks. PNAS 101(11), 3747–3752.
 * doi:10.1073/pnas.0400087101
 */
import type { Csr } from '../csr.ts';

export function computeWeightedDegree(csr: Csr): Float64Array {
  const strength = new Float64Array(csr.n);
  for (let i = 0; i < csr.n; i++) {
    let s = 0;
    for (let k = csr.offsets[i]; k < csr.offsets[i + 1]; k++) s += csr.weights[k];
    strength[i] = s;
  }
  return strength;
}
