/**
 * Guimerà–Amaral within-module degree z-score: how strongly a node is tied inside its own
 * community compared with the other members (hubs of a community score high).
 *
 *   z_i = (κ_i − mean_{j ∈ s_i} κ_j) / σ_{s_i},   κ_i = ties of i inside its community s_i
 *
 * σ is the population standard deviation of κ over the community's members. Weighted: κ is
 * the summed weight of i's ties inside its community.
 *
 * Conventions: when σ = 0 (every member equally tied inside, a singleton community, an
 * isolate) z = 0: no member stands out. `labels` aligned with csr.ids.
 *
 * Reference: Guimerà & Amaral 2005, Nature 433, 895–900, doi:10.1038/nature03288.
 */
import type { Csr } from '../csr.ts';
import { DEFAULT_ROLE_OPTIONS, type RoleOptions } from './participation.ts';

export function withinModuleDegreeZ(
  csr: Csr,
  labels: ArrayLike<number>,
  options: Partial<RoleOptions> = {},
): Float64Array {
  const { weighted } = { ...DEFAULT_ROLE_OPTIONS, ...options };
  const { n, offsets, targets, weights } = csr;
  let count = 0;
  for (let i = 0; i < n; i++) count = Math.max(count, labels[i] + 1);
  const inside = new Float64Array(n);
  const members = new Float64Array(count);
  const sum = new Float64Array(count);
  for (let i = 0; i < n; i++) {
    const c = labels[i];
    let kappa = 0;
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      if (labels[targets[k]] === c) kappa += weighted ? weights[k] : 1;
    }
    inside[i] = kappa;
    members[c]++;
    sum[c] += kappa;
  }
  const mean = new Float64Array(count);
  for (let c = 0; c < count; c++) mean[c] = members[c] > 0 ? sum[c] / members[c] : 0;
  // Two-pass variance (sum of squared deviations) for accuracy with weights.
  const squares = new Float64Array(count);
  for (let i = 0; i < n; i++) {
    const d = inside[i] - mean[labels[i]];
    squares[labels[i]] += d * d;
  }
  const result = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = labels[i];
    const sd = Math.sqrt(squares[c] / members[c]);
    result[i] = sd === 0 ? 0 : (inside[i] - mean[c]) / sd;
  }
  return result;
}
