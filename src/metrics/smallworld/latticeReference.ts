/**
 * Lattice reference graph: networkx `lattice_reference(G, niter, connectivity=True)` —
 * degree-preserving swaps accepted only when they move ties towards the diagonal of the
 * adjacency matrix, the nodes laid on a ring in index order, D_ij = min(|i−j|, n−|i−j|).
 * As networkx 3.6.1 does, a swap of a–b, c–d (into a–d, c–b) is accepted when
 * D_ab + D_cd ≥ D_ac + D_bd.
 *
 * Reference: Sporns, O., Zwi, J. D. (2004). The small world of the cerebral cortex.
 * Neuroinformatics 2(2), 145–162. doi:10.1385/NI:2:2:145 ; Telesford, Q. K. et al. (2011).
 * The ubiquity of small-world networks. Brain Connectivity 1(5), 367–375.
 * doi:10.1089/brain.2011.0038
 */
import type { Csr } from '../csr.ts';
import { rewire, type RewireResult } from './rewire.ts';

export function latticeReference(
  csr: Csr,
  niter: number,
  rng: () => number,
  signal?: AbortSignal,
): RewireResult {
  const n = csr.n;
  const ring = (i: number, j: number): number => {
    const gap = Math.abs(i - j);
    return Math.min(gap, n - gap);
  };
  return rewire(
    csr,
    niter,
    rng,
    (a, b, c, d) => ring(a, b) + ring(c, d) >= ring(a, c) + ring(b, d),
    signal,
  );
}
