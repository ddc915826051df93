/**
 * Burt's constraint: how much a node's ties are concentrated on partners that are
 * themselves tied to one another (high = embedded in a closed group, low = spanning
 * structural holes).
 *
 *   c_i = Σ_{j ∈ N(i)} (p_ij + Σ_{q ∈ N(i), q ≠ j} p_iq p_qj)²,   p_ij = w_ij / Σ_{k ∈ N(i)} w_ik,
 *
 * exactly networkx `constraint(G, weight=None | 'weight')` on an undirected graph (its
 * mutual weight a_ij + a_ji = 2 w_ij cancels in p). Unweighted: w = 1, p_ij = 1 / d_i.
 * Weighted (MetricOptions.weighted): tie weights. Isolates: NaN (networkx gives nan; the
 * output writes null). A leaf scores 1.
 *
 * Method: for each ego i, p_i· is spread into a dense scratch column, so the indirect sum
 * for partner j is a scan of N(j): O(Σ_j d_j²) time, O(n) scratch.
 *
 * Reference: Burt, R. S. (1992). Structural Holes: The Social Structure of Competition.
 * Harvard University Press. doi:10.4159/9780674029095 ; Burt, R. S. (2004). Structural
 * holes and good ideas. American Journal of Sociology 110(2), 349–399. doi:10.1086/421787
 */
import type { Csr } from '../csr.ts';

export interface ConstraintOptions {
  /** Use tie weights for p_ij (networkx weight='weight'); false = every tie counts 1. */
  weighted: boolean;
}

export const DEFAULT_CONSTRAINT_OPTIONS: ConstraintOptions = { weighted: false };

export function computeConstraint(csr: Csr, options?: Partial<ConstraintOptions>): Float64Array {
  const { weighted } = { ...DEFAULT_CONSTRAINT_OPTIONS, ...options };
  const { n, offsets, targets, weights } = csr;
  const tie = (k: number): number => (weighted ? weights[k] : 1);
  const strength = new Float64Array(n);
  for (let i = 0; i < n; i++)
    for (let k = offsets[i]; k < offsets[i + 1]; k++) strength[i] += tie(k);

  const constraint = new Float64Array(n);
  const egoShare = new Float64Array(n); // p_iq for q ∈ N(i), 0 elsewhere
  for (let i = 0; i < n; i++) {
    const start = offsets[i];
    const end = offsets[i + 1];
    if (start === end) {
      constraint[i] = NaN;
      continue;
    }
    for (let k = start; k < end; k++) egoShare[targets[k]] = tie(k) / strength[i];
    let total = 0;
    for (let k = start; k < end; k++) {
      const j = targets[k];
      let indirect = 0;
      // Σ_q p_iq p_qj over q ∈ N(i) ∩ N(j); p_qj = w_qj / s_q.
      for (let l = offsets[j]; l < offsets[j + 1]; l++) {
        const q = targets[l];
        if (egoShare[q] !== 0) indirect += (egoShare[q] * tie(l)) / strength[q];
      }
      const local = egoShare[j] + indirect;
      total += local * local;
    }
    constraint[i] = total;
    for (let k = start; k < end; k++) egoShare[targets[k]] = 0;
  }
  return constraint;
}
