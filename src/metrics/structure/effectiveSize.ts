/**
 * Burt's effective size: the number of a node's partners minus their redundancy — how
 * many non-redundant contacts the node has.
 *
 *   e_i = Σ_{j ∈ N(i)} (1 − Σ_{q ∈ N(i)} p_iq m_jq),
 *   p_iq = w_iq / Σ_k w_ik,   m_jq = w_jq / max_k w_jk,
 *
 * exactly networkx `effective_size(G, weight=None | 'weight')`. Unweighted this reduces to
 * Borgatti's e_i = d_i − 2 t_i / d_i (t_i = ties among i's partners), which networkx
 * uses for undirected unweighted graphs and we compute from the triangle count.
 * Weighted (MetricOptions.weighted): the general formula with tie weights. Isolates: NaN
 * (networkx gives nan; the output writes null). A leaf scores 1.
 *
 * References: Burt, R. S. (1992). Structural Holes: The Social Structure of Competition.
 * Harvard University Press. doi:10.4159/9780674029095 ; Borgatti, S. P. (1997).
 * Structural holes: unpacking Burt's redundancy measures. Connections 20(1), 35–38.
 */
import type { Csr } from '../csr.ts';
import { countTriangles } from './triangles.ts';

export interface EffectiveSizeOptions {
  /** Use tie weights (networkx weight='weight'); false = Borgatti's unweighted formula. */
  weighted: boolean;
}

export const DEFAULT_EFFECTIVE_SIZE_OPTIONS: EffectiveSizeOptions = { weighted: false };

/** `triangles`: per-node triangle counts if already computed (used when unweighted). */
export function computeEffectiveSize(
  csr: Csr,
  options?: Partial<EffectiveSizeOptions>,
  triangles?: Float64Array,
): Float64Array {
  const { weighted } = { ...DEFAULT_EFFECTIVE_SIZE_OPTIONS, ...options };
  const { n, offsets, targets, weights } = csr;
  const size = new Float64Array(n);
  if (!weighted) {
    const t = triangles ?? countTriangles(csr);
    for (let i = 0; i < n; i++) {
      const d = offsets[i + 1] - offsets[i];
      size[i] = d === 0 ? NaN : d - (2 * t[i]) / d;
    }
    return size;
  }
  const maxTie = new Float64Array(n);
  const strength = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      strength[i] += weights[k];
      if (weights[k] > maxTie[i]) maxTie[i] = weights[k];
    }
  }
  const egoShare = new Float64Array(n); // p_iq for q ∈ N(i), 0 elsewhere
  for (let i = 0; i < n; i++) {
    const start = offsets[i];
    const end = offsets[i + 1];
    if (start === end) {
      size[i] = NaN;
      continue;
    }
    for (let k = start; k < end; k++) egoShare[targets[k]] = weights[k] / strength[i];
    let total = 0;
    for (let k = start; k < end; k++) {
      const j = targets[k];
      let redundancy = 0;
      for (let l = offsets[j]; l < offsets[j + 1]; l++) {
        const q = targets[l];
        if (egoShare[q] !== 0) redundancy += (egoShare[q] * weights[l]) / maxTie[j];
      }
      total += 1 - redundancy;
    }
    size[i] = total;
    for (let k = start; k < end; k++) egoShare[targets[k]] = 0;
  }
  return size;
}
