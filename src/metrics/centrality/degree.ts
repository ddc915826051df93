/**
 * Degree: the number of distinct collaboration partners of each node.
 *
 *   d_i = |N(i)|
 *
 * Conventions: raw counts, not normalised (networkx `G.degree()`, not
 * `degree_centrality`, which divides by n − 1); isolates have degree 0; ties are simple
 * (parallel collaborations were merged into one tie when the graph was derived).
 *
 * Reference: Freeman, L. C. (1978). Centrality in social networks: conceptual
 * clarification. Social Networks 1(3), 215–239. doi:10.1016/0378-8733(78)90021-7
 */
import type { Csr } from '../csr.ts';

export function computeDegree(csr: Csr): Float64Array {
  const degree = new Float64Array(csr.n);
  for (let i = 0; i < csr.n; i++) degree[i] = csr.offsets[i + 1] - csr.offsets[i];
  return degree;
}
