/**
 * Degree assortativity: do well-connected actors collaborate with well-connected actors
 * (r > 0) or with peripheral ones (r < 0)? The Pearson correlation of the degrees at the
 * two ends of a tie, each tie counted in both directions:
 *
 *   r = Σ_{(u,v)} (x_u − μ)(x_v − μ) / Σ_{(u,v)} (x_u − μ)²,   μ = Σ_{(u,v)} x_u / 2m,
 *
 * over the 2m ordered ends of the m ties. Equals networkx
 * `degree_assortativity_coefficient(G)` (x = degree), or with weighted
 * (MetricOptions.weighted) `degree_assortativity_coefficient(G, weight='weight')`, which
 * takes x = strength but still counts every tie once (not by its weight).
 * null when undefined: no ties, or zero variance (e.g. regular graphs), where networkx
 * returns nan.
 *
 * Reference: Newman, M. E. J. (2002). Assortative mixing in networks. Physical Review
 * Letters 89, 208701. doi:10.1103/PhysRevLett.89.208701
 */
import type { Csr } from '../csr.ts';

export interface DegreeAssortativityOptions {
  /** Correlate strengths instead of degrees (networkx weight='weight'). */
  weighted: boolean;
}

export const DEFAULT_DEGREE_ASSORTATIVITY_OPTIONS: DegreeAssortativityOptions = { weighted: false };

export function computeDegreeAssortativity(
  csr: Csr,
  options?: Partial<DegreeAssortativityOptions>,
): number | null {
  const { weighted } = { ...DEFAULT_DEGREE_ASSORTATIVITY_OPTIONS, ...options };
  const { n, offsets, targets, weights } = csr;
  const ends = offsets[n];
  if (ends === 0) return null;
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (!weighted) x[i] = offsets[i + 1] - offsets[i];
    else for (let k = offsets[i]; k < offsets[i + 1]; k++) x[i] += weights[k];
  }
  let mean = 0;
  for (let i = 0; i < n; i++) mean += (offsets[i + 1] - offsets[i]) * x[i];
  mean /= ends;
  let covariance = 0;
  let variance = 0;
  for (let u = 0; u < n; u++) {
    const du = x[u] - mean;
    variance += (offsets[u + 1] - offsets[u]) * du * du;
    for (let k = offsets[u]; k < offsets[u + 1]; k++) covariance += du * (x[targets[k]] - mean);
  }
  // Relative guard: a variance at rounding level means all ends share one value.
  if (!(variance > 1e-12 * ends * (mean * mean + 1))) return null;
  return covariance / variance;
}
