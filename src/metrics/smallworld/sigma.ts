/**
 * Small-world coefficient sigma: clustering relative to random graphs over path length
 * relative to random graphs,
 *
 *   σ = (C / C_r) / (L / L_r),
 *
 * with C = transitivity, L = average shortest-path length, and C_r, L_r their means over
 * nrand random reference graphs (degree-preserving, connected, niter swaps per tie), as
 * networkx `sigma(G, niter, nrand, seed)`. σ > 1 reads as small-world.
 *
 * Conventions: computed on the largest connected component (networkx raises on a
 * disconnected graph). null when that component has fewer than 4 nodes or 2 ties (networkx
 * raises) or when σ is not finite (no triangles anywhere: 0/0). Randomness comes only from
 * `rng` (default: seeded from `seed`), so the same seed gives the same σ; the value cannot
 * match networkx bit for bit (different random stream), only in distribution. Defaults are
 * smaller than networkx's (niter=100, nrand=10) to keep it interactive: cost is about
 * nrand · (niter · m swaps + n breadth-first searches).
 *
 * Reference: Humphries, M. D., Gurney, K. (2008). Network 'small-world-ness': a
 * quantitative method for determining canonical network equivalence. PLoS ONE 3(4),
 * e0002051. doi:10.1371/journal.pone.0002051
 */
import type { Csr } from '../csr.ts';
import { computeTransitivity } from '../structure/transitivity.ts';
import { averagePathLength } from './averagePathLength.ts';
import { largestComponent } from './largestComponent.ts';
import { randomReference } from './randomReference.ts';
import { createRng } from './rng.ts';

export interface SigmaOptions {
  /** Swaps per tie in each random reference (networkx default 100). */
  niter: number;
  /** Number of random reference graphs averaged (networkx default 10). */
  nrand: number;
  /** Seed of the default rng. */
  seed: number;
  /** Uniform [0, 1) source; overrides `seed`. */
  rng?: () => number;
  signal?: AbortSignal;
  /** Told when a reference graph ran out of draws before all its swaps (e.g. a star). */
  onExhausted?: () => void;
}

export const DEFAULT_SIGMA_OPTIONS: SigmaOptions = { niter: 5, nrand: 5, seed: 42 };

export function computeSigma(csr: Csr, options?: Partial<SigmaOptions>): number | null {
  const {
    niter,
    nrand,
    seed,
    rng: injected,
    signal,
    onExhausted,
  } = { ...DEFAULT_SIGMA_OPTIONS, ...options };
  const rng = injected ?? createRng(seed);
  const graph = largestComponent(csr);
  if (graph.n < 4 || graph.m < 2) return null;
  let clusteringSum = 0;
  let pathSum = 0;
  for (let r = 0; r < nrand; r++) {
    const { graph: reference, exhausted } = randomReference(graph, niter, rng, signal);
    if (exhausted) onExhausted?.();
    clusteringSum += computeTransitivity(reference);
    pathSum += averagePathLength(reference);
  }
  const sigma =
    computeTransitivity(graph) /
    (clusteringSum / nrand) /
    (averagePathLength(graph) / (pathSum / nrand));
  return Number.isFinite(sigma) ? sigma : null;
}
