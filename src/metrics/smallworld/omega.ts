/**
 * Small-world coefficient omega: path length relative to random graphs minus clustering
 * relative to lattices,
 *
 *   ω = L_r / L − C / C_l,
 *
 * with C = average clustering, L = average shortest-path length, L_r the mean over nrand
 * random references (2·niter swaps per tie) and C_l the largest average clustering among
 * the graph itself and nrand lattice references (niter swaps per tie), as networkx
 * `omega(G, niter, nrand, seed)`. ω ∈ [−1, 1]: near 0 small-world, towards −1
 * lattice-like, towards 1 random-like.
 *
 * Conventions as sigma (src/metrics/smallworld/sigma.ts): largest component; null when it
 * has fewer than 4 nodes or 2 ties, or C_l = 0 (networkx raises ZeroDivisionError); seeded
 * `rng`; smaller defaults than networkx (niter=5 as networkx, nrand=5 instead of 10).
 *
 * Reference: Telesford, Q. K., Joyce, K. E., Hayasaka, S., Burdette, J. H., Laurienti, P. J.
 * (2011). The ubiquity of small-world networks. Brain Connectivity 1(5), 367–375.
 * doi:10.1089/brain.2011.0038
 */
import type { Csr } from '../csr.ts';
import { computeAverageClustering } from '../structure/averageClustering.ts';
import { averagePathLength } from './averagePathLength.ts';
import { largestComponent } from './largestComponent.ts';
import { latticeReference } from './latticeReference.ts';
import { randomReference } from './randomReference.ts';
import { createRng } from './rng.ts';

export interface OmegaOptions {
  /** Swaps per tie in each lattice reference; random references get twice as many (networkx default 5). */
  niter: number;
  /** Number of random and of lattice reference graphs (networkx default 10). */
  nrand: number;
  /** Seed of the default rng. */
  seed: number;
  /** Uniform [0, 1) source; overrides `seed`. */
  rng?: () => number;
  signal?: AbortSignal;
  /** Told when a reference graph ran out of draws before all its swaps (e.g. a star). */
  onExhausted?: () => void;
}

export const DEFAULT_OMEGA_OPTIONS: OmegaOptions = { niter: 5, nrand: 5, seed: 42 };

export function computeOmega(csr: Csr, options?: Partial<OmegaOptions>): number | null {
  const {
    niter,
    nrand,
    seed,
    rng: injected,
    signal,
    onExhausted,
  } = { ...DEFAULT_OMEGA_OPTIONS, ...options };
  const rng = injected ?? createRng(seed);
  const graph = largestComponent(csr);
  if (graph.n < 4 || graph.m < 2) return null;
  const clustering = computeAverageClustering(graph) ?? 0;
  let latticeClustering = clustering;
  let pathSum = 0;
  for (let r = 0; r < nrand; r++) {
    const random = randomReference(graph, 2 * niter, rng, signal);
    const lattice = latticeReference(graph, niter, rng, signal);
    if (random.exhausted || lattice.exhausted) onExhausted?.();
    pathSum += averagePathLength(random.graph);
    const latticeAverage = computeAverageClustering(lattice.graph) ?? 0;
    if (latticeAverage > latticeClustering) latticeClustering = latticeAverage;
  }
  if (latticeClustering === 0) return null;
  const omega = pathSum / nrand / averagePathLength(graph) - clustering / latticeClustering;
  return Number.isFinite(omega) ? omega : null;
}
