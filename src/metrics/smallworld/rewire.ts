/**
 * The degree-preserving double-edge swap loop shared by networkx `random_reference` and
 * `lattice_reference` (networkx/algorithms/smallworld.py), step for step:
 *
 * niter · m rounds; in each, up to ntries = ⌊n·m / (n(n−1)/2)⌋ attempts: draw two nodes a,
 * c with probability ∝ degree (distinct, else redraw), a uniform neighbour b of a and d of
 * c; redraw unless a, b, c, d are distinct; if neither a–d nor c–b exists and `accept`
 * agrees, replace a–b, c–d by a–d, c–b, undo it when a and b are no longer connected,
 * otherwise count the swap and end the round.
 *
 * Deviation: networkx redraws forever when no four distinct nodes can be drawn (e.g. a
 * star); we stop after a budget of 100 × rounds × max(ntries, 1) + 10⁴ draws and say so.
 */
import type { Csr } from '../csr.ts';
import { CancelledError } from '../types.ts';
import { SwapGraph } from './swapGraph.ts';

export interface RewireResult {
  graph: Csr;
  swaps: number;
  /** True when the draw budget ran out before niter · m rounds were done. */
  exhausted: boolean;
}

/** `accept(a, b, c, d)`: may a–b, c–d become a–d, c–b? (always, for the random reference) */
export function rewire(
  csr: Csr,
  niter: number,
  rng: () => number,
  accept: ((a: number, b: number, c: number, d: number) => boolean) | null,
  signal?: AbortSignal,
): RewireResult {
  const { n, m, offsets } = csr;
  const graph = new SwapGraph(csr);
  const cdf = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) cdf[i + 1] = cdf[i] + (offsets[i + 1] - offsets[i]) / (2 * m);
  // networkx discrete_sequence: bisect_left(cdf, r) − 1, i.e. the node whose cdf band holds r.
  const drawNode = (): number => {
    const r = rng();
    let lo = 0;
    let hi = n + 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return Math.max(0, lo - 1);
  };
  const pick = (list: number[]): number => list[Math.floor(rng() * list.length)];

  const rounds = niter * m;
  const ntries = Math.trunc((n * m) / ((n * (n - 1)) / 2));
  const budget = 100 * rounds * Math.max(ntries, 1) + 10_000;
  let draws = 0;
  let swaps = 0;
  for (let round = 0; round < rounds; round++) {
    if ((round & 1023) === 0 && signal?.aborted) throw new CancelledError();
    let tries = 0;
    while (tries < ntries) {
      if (++draws > budget) return { graph: graph.toCsr(csr.ids), swaps, exhausted: true };
      const a = drawNode();
      const c = drawNode();
      if (a === c) continue;
      const b = pick(graph.neighbours[a]);
      const d = pick(graph.neighbours[c]);
      if (b === a || b === c || b === d || d === a || d === c) continue;
      if (!graph.has(a, d) && !graph.has(c, b) && (accept === null || accept(a, b, c, d))) {
        graph.add(a, d);
        graph.add(c, b);
        graph.remove(a, b);
        graph.remove(c, d);
        if (!graph.connected(a, b)) {
          graph.remove(a, d);
          graph.remove(c, b);
          graph.add(a, b);
          graph.add(c, d);
        } else {
          swaps++;
          break;
        }
      }
      tries++;
    }
  }
  return { graph: graph.toCsr(csr.ids), swaps, exhausted: false };
}
