/**
 * Transitivity (global clustering): the share of connected triples that are closed,
 *
 *   T = 3 × triangles / connected triples = Σ_i 2 t_i / Σ_i d_i (d_i − 1),
 *
 * exactly networkx `transitivity(G)`: 0 when there is no triangle (also for graphs
 * without triples), never NaN.
 *
 * Reference: Newman, M. E. J., Strogatz, S. H., Watts, D. J. (2001). Random graphs with
 * arbitrary degree distributions and their applications. Physical Review E 64, 026118.
 * doi:10.1103/PhysRevE.64.026118
 */
import type { Csr } from '../csr.ts';
import { countTriangles } from './triangles.ts';

/** `triangles`: per-node triangle counts if already computed (countTriangles). */
export function computeTransitivity(
  csr: Csr,
  triangles: Float64Array = countTriangles(csr),
): number {
  let closed = 0;
  let triples = 0;
  for (let i = 0; i < csr.n; i++) {
    const d = csr.offsets[i + 1] - csr.offsets[i];
    closed += 2 * triangles[i];
    triples += d * (d - 1);
  }
  return closed === 0 ? 0 : closed / triples;
}
