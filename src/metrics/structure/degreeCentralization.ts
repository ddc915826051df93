/**
 * Freeman degree centralization: how much the network is organised around one actor.
 *
 *   C_D = Σ_i (d_max − d_i) / ((n − 1)(n − 2)),
 *
 * the summed gap to the most central node's degree divided by its largest possible value,
 * reached by a star on n nodes: star = 1, complete or any regular graph = 0. Isolates count
 * (degree 0). null when n < 3 (the bound is 0).
 *
 * Reference: Freeman, L. C. (1978). Centrality in social networks: conceptual
 * clarification. Social Networks 1(3), 215–239. doi:10.1016/0378-8733(78)90021-7
 */
import type { Csr } from '../csr.ts';

export function computeDegreeCentralization(csr: Csr): number | null {
  const { n, offsets } = csr;
  if (n < 3) return null;
  let max = 0;
  for (let i = 0; i < n; i++) max = Math.max(max, offsets[i + 1] - offsets[i]);
  let gap = 0;
  for (let i = 0; i < n; i++) gap += max - (offsets[i + 1] - offsets[i]);
  return gap / ((n - 1) * (n - 2));
}
