/**
 * PageRank: the share of time a random walker spends at a node when it follows ties with
 * probability α and jumps to a uniformly random node otherwise.
 *
 *   x_v ← α (Σ_{u ∈ N(v)} x_u w_uv / s_u + Σ_{u dangling} x_u / n) + (1 − α) / n,
 *   from x⁰ = 1/n,
 *
 * exactly networkx `pagerank(G, alpha=0.85, personalization=None, dangling=None)`:
 * dangling nodes (isolates) spread their score uniformly, stopping when
 * Σ_i |x_i − x_i^prev| < n·tol. networkx stops at tol = 1e-6; we iterate to a much
 * tighter tolerance (the limit networkx approximates; the error contracts by α per step).
 *
 * Conventions: unweighted = networkx `weight=None` (w = 1, s_u = degree); weighted = tie
 * weights and strengths (networkx `weight='weight'`). Scores sum to 1 over the whole
 * graph, disconnected or not. A single node scores 1. No convergence → NaN column and a
 * warning.
 *
 * References: Brin, S., Page, L. (1998). The anatomy of a large-scale hypertextual Web
 * search engine. Computer Networks and ISDN Systems 30(1–7), 107–117.
 * doi:10.1016/S0169-7552(98)00110-X — networkx `networkx/algorithms/link_analysis/pagerank_alg.py`.
 */
import type { Csr } from '../csr.ts';
import type { IterativeResult } from './iterativeResult.ts';

export interface PagerankOptions {
  /** Damping factor α (networkx default 0.85). */
  alpha: number;
  /** Use tie weights (MetricOptions.weighted). */
  weighted: boolean;
  /** Stop when Σ|Δx| < n · tolerance (networkx default 1e-6). */
  tolerance: number;
  /** Give up (NaN column and a warning) after this many iterations (networkx default 100). */
  maxIterations: number;
}

export const DEFAULT_PAGERANK_OPTIONS: PagerankOptions = {
  alpha: 0.85,
  weighted: false,
  tolerance: 1e-13,
  maxIterations: 10_000,
};

export function computePagerank(csr: Csr, options?: Partial<PagerankOptions>): IterativeResult {
  const { alpha, weighted, tolerance, maxIterations } = { ...DEFAULT_PAGERANK_OPTIONS, ...options };
  const { n, offsets, targets, weights } = csr;
  // inverseOut[u] = 1 / s_u (0 for dangling nodes), so a pull step needs one multiply.
  const inverseOut = new Float64Array(n);
  const dangling: number[] = [];
  for (let u = 0; u < n; u++) {
    let s = 0;
    if (weighted) for (let k = offsets[u]; k < offsets[u + 1]; k++) s += weights[k];
    else s = offsets[u + 1] - offsets[u];
    if (s > 0) inverseOut[u] = 1 / s;
    else dangling.push(u);
  }
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const share = new Float64Array(n);
  const teleport = (1 - alpha) / n;
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    let danglingMass = 0;
    for (const u of dangling) danglingMass += x[u];
    for (let u = 0; u < n; u++) share[u] = x[u] * inverseOut[u];
    const base = (alpha * danglingMass) / n + teleport;
    let change = 0;
    for (let v = 0; v < n; v++) {
      let sum = 0;
      const end = offsets[v + 1];
      if (weighted) for (let k = offsets[v]; k < end; k++) sum += share[targets[k]] * weights[k];
      else for (let k = offsets[v]; k < end; k++) sum += share[targets[k]];
      next[v] = alpha * sum + base;
      change += Math.abs(next[v] - x[v]);
    }
    [x, next] = [next, x];
    if (change < n * tolerance) return { values: x, iterations: iteration, converged: true };
  }
  return {
    values: new Float64Array(n).fill(NaN),
    iterations: maxIterations,
    converged: false,
    warning: `pagerank: power iteration did not converge to ${tolerance} within ${maxIterations} iterations; raise maxIterations or tolerance`,
  };
}
