/**
 * Guimerà–Amaral participation coefficient: how evenly a node's ties spread over
 * communities.
 *
 *   P_i = 1 − Σ_s (k_is / k_i)²
 *
 * k_is = ties (weighted: tie weight) from i to members of community s (its own included),
 * k_i = degree (weighted: strength). P = 0 when all ties stay in one community; it tends to
 * 1 when they are spread evenly over many.
 *
 * Conventions: `labels` is any partition aligned with csr.ids (usually from
 * detectCommunities). Isolates have no ties to spread: NaN (undefined), not 0.
 *
 * Reference: Guimerà & Amaral 2005, "Functional cartography of complex metabolic networks",
 * Nature 433, 895–900, doi:10.1038/nature03288.
 */
import type { Csr } from '../csr.ts';

export interface RoleOptions {
  /** Use tie weights (strengths) instead of counts (degrees). */
  weighted: boolean;
}

export const DEFAULT_ROLE_OPTIONS: RoleOptions = { weighted: false };

export function participationCoefficient(
  csr: Csr,
  labels: ArrayLike<number>,
  options: Partial<RoleOptions> = {},
): Float64Array {
  const { weighted } = { ...DEFAULT_ROLE_OPTIONS, ...options };
  const { n, offsets, targets, weights } = csr;
  let count = 0;
  for (let i = 0; i < n; i++) count = Math.max(count, labels[i] + 1);
  const perCommunity = new Float64Array(count);
  const touched: number[] = [];
  const result = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let total = 0;
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const c = labels[targets[k]];
      const w = weighted ? weights[k] : 1;
      if (perCommunity[c] === 0) touched.push(c);
      perCommunity[c] += w;
      total += w;
    }
    if (total === 0) {
      result[i] = NaN;
      continue;
    }
    let sumSquares = 0;
    for (const c of touched) {
      const share = perCommunity[c] / total;
      sumSquares += share * share;
      perCommunity[c] = 0;
    }
    touched.length = 0;
    result[i] = 1 - sumSquares;
  }
  return result;
}
