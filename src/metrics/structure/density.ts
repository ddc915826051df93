/**
 * Density: the share of possible ties that exist, D = 2m / (n (n − 1)).
 *
 * Exactly networkx `density(G)` for undirected graphs, computed the same way
 * (m / (n (n − 1)) × 2); 0 when n ≤ 1.
 *
 * Reference: Wasserman, S., Faust, K. (1994). Social Network Analysis: Methods and
 * Applications, §4.2. Cambridge University Press. doi:10.1017/CBO9780511815478
 */
import type { Csr } from '../csr.ts';

export function computeDensity(csr: Csr): number {
  const { n, m } = csr;
  if (n <= 1) return 0;
  return (m / (n * (n - 1))) * 2;
}
