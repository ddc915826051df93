/**
 * Average clustering: the mean local clustering coefficient over all n nodes,
 *
 *   C̄ = (1/n) Σ_i C_i,
 *
 * exactly networkx `average_clustering(G)` (count_zeros=True: isolates and leaves count
 * with C_i = 0). null for an empty graph (networkx raises ZeroDivisionError).
 *
 * Reference: Watts, D. J., Strogatz, S. H. (1998). Collective dynamics of 'small-world'
 * networks. Nature 393, 440–442. doi:10.1038/30918
 */
import type { Csr } from '../csr.ts';
import { computeClustering } from './clustering.ts';

/** `clustering`: the local clustering column if already computed (computeClustering). */
export function computeAverageClustering(csr: Csr, clustering?: Float64Array): number | null {
  if (csr.n === 0) return null;
  const local = clustering ?? computeClustering(csr);
  let sum = 0;
  for (let i = 0; i < csr.n; i++) sum += local[i];
  return sum / csr.n;
}
