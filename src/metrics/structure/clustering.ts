/**
 * Local clustering coefficient: the share of a node's pairs of partners that also
 * collaborate with each other.
 *
 *   C_i = 2 t_i / (d_i (d_i − 1)),   C_i = 0 when d_i < 2,
 *
 * with t_i the triangles through i. Exactly networkx `clustering(G)` (unweighted; weights
 * are ignored, as in our unweighted default). Isolates and leaves score 0, not NaN, as in
 * networkx.
 *
 * Reference: Watts, D. J., Strogatz, S. H. (1998). Collective dynamics of 'small-world'
 * networks. Nature 393, 440–442. doi:10.1038/30918
 */
import type { Csr } from '../csr.ts';
import { countTriangles } from './triangles.ts';

/** `triangles`: per-node triangle counts if already computed (countTriangles). */
export function computeClustering(
  csr: Csr,
  triangles: Float64Array = countTriangles(csr),
): Float64Array {
  const clustering = new Float64Array(csr.n);
  for (let i = 0; i < csr.n; i++) {
    const d = csr.offsets[i + 1] - csr.offsets[i];
    clustering[i] = d < 2 ? 0 : (2 * triangles[i]) / (d * (d - 1));
  }
  return clustering;
}
