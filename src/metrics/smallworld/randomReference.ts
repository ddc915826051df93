/**
 * Random reference graph: networkx `random_reference(G, niter, connectivity=True)` —
 * the Maslov–Sneppen rewiring that keeps every degree and keeps the graph connected
 * while destroying everything else (clustering, communities).
 *
 * Reference: Maslov, S., Sneppen, K. (2002). Specificity and stability in topology of
 * protein networks. Science 296(5569), 910–913. doi:10.1126/science.1065103
 */
import type { Csr } from '../csr.ts';
import { rewire, type RewireResult } from './rewire.ts';

export function randomReference(
  csr: Csr,
  niter: number,
  rng: () => number,
  signal?: AbortSignal,
): RewireResult {
  return rewire(csr, niter, rng, null, signal);
}
