/**
 * Newman–Girvan modularity of a partition, with resolution γ (Reichardt & Bornholdt 2006),
 * computed exactly as networkx `community.modularity(G, communities, weight, resolution)`:
 *
 *   Q = Σ_c [ L_c / m − γ · (d_c / 2m)² ]
 *
 * L_c = number (weighted: total weight) of ties inside community c, d_c = sum of the degrees
 * (weighted: strengths) of its members, m = number (total weight) of ties.
 *
 * Conventions: `labels[i]` is node i's community (any non-negative integers); isolates
 * contribute nothing. A graph without ties has no modularity: NaN (networkx divides by zero).
 *
 * References: Newman & Girvan 2004, Phys. Rev. E 69, 026113, doi:10.1103/PhysRevE.69.026113;
 * Reichardt & Bornholdt 2006, Phys. Rev. E 74, 016110, doi:10.1103/PhysRevE.74.016110.
 */
import type { Csr } from '../csr.ts';

export interface ModularityOptions {
  /** Resolution γ; 1 = standard modularity, larger favours smaller communities. */
  resolution: number;
  /** Use tie weights (strengths) instead of counts (degrees). */
  weighted: boolean;
}

export const DEFAULT_MODULARITY_OPTIONS: ModularityOptions = { resolution: 1, weighted: false };

export function modularity(
  csr: Csr,
  labels: ArrayLike<number>,
  options: Partial<ModularityOptions> = {},
): number {
  const { resolution, weighted } = { ...DEFAULT_MODULARITY_OPTIONS, ...options };
  const { n, offsets, targets, weights } = csr;
  let count = 0;
  for (let i = 0; i < n; i++) count = Math.max(count, labels[i] + 1);
  const inside = new Float64Array(count);
  const degreeSum = new Float64Array(count);
  let degreeTotal = 0;
  for (let i = 0; i < n; i++) {
    const c = labels[i];
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const w = weighted ? weights[k] : 1;
      degreeSum[c] += w;
      degreeTotal += w;
      const j = targets[k];
      if (j > i && labels[j] === c) inside[c] += w;
    }
  }
  if (degreeTotal === 0) return NaN;
  const m = degreeTotal / 2;
  const norm = 1 / (degreeTotal * degreeTotal);
  let q = 0;
  for (let c = 0; c < count; c++) {
    q += inside[c] / m - resolution * degreeSum[c] * degreeSum[c] * norm;
  }
  return q;
}
