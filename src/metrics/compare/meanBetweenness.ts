/**
 * Mean betweenness of an unweighted graph without Brandes' dependency accumulation.
 *
 * Every shortest s–t path of length d(s,t) has d − 1 interior nodes, so summing
 * σ_st(v)/σ_st over v gives d(s,t) − 1 for every connected pair; hence
 *   Σ_v b_raw(v) = Σ_{unordered connected pairs s≠t} (d(s,t) − 1)
 * and with networkx's normalisation for undirected graphs, b(v) = b_raw(v) · 2/((n−1)(n−2)),
 *   mean b = 2 · Σ_{s<t} (d(s,t) − 1) / ((n−1)(n−2) · n),   0 when n ≤ 2 (networkx leaves
 * those unscaled, and they are 0).
 * Distances by bit-parallel BFS (32 sources per pass over the CSR, as in bit-parallel
 * all-pairs BFS for the Wiener index): no path counting, no stack pass. Unweighted only: with weights the hop count varies among the
 * shortest paths of a pair, and the identity needs path counts.
 *
 * Reference: Brandes 2001, J. Math. Sociol. 25(2), 163–177, doi:10.1080/0022250X.2001.9990249
 * (dependencies); the identity is the "average stress" argument of Freeman 1977.
 */
import type { Csr } from '../csr.ts';
import { CancelledError } from '../types.ts';

/** Number of set bits of a 32-bit integer. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

const BATCH = 32;

export function meanBetweennessUnweighted(csr: Csr, signal?: AbortSignal): number {
  const { n, offsets, targets } = csr;
  if (n <= 2) return 0;
  // Bit-parallel BFS: 32 sources at once, bit b of a node's word = "reached from source
  // s0 + b". A level ORs the neighbours' frontier words; new bits at level d add d − 1.
  const visited = new Int32Array(n);
  let frontier = new Int32Array(n);
  let next = new Int32Array(n);
  let total = 0; // Σ over ordered pairs of (d − 1): every pair counted twice
  for (let s0 = 0; s0 < n; s0 += BATCH) {
    if (signal?.aborted) throw new CancelledError();
    const size = Math.min(BATCH, n - s0);
    const full = size === 32 ? -1 : (1 << size) - 1;
    visited.fill(0);
    frontier.fill(0);
    for (let b = 0; b < size; b++) {
      visited[s0 + b] = 1 << b;
      frontier[s0 + b] = 1 << b;
    }
    for (let d = 1; ; d++) {
      let reached = 0;
      for (let v = 0; v < n; v++) {
        const seen = visited[v];
        if (seen === full) {
          next[v] = 0;
          continue;
        }
        let acc = 0;
        for (let k = offsets[v]; k < offsets[v + 1]; k++) acc |= frontier[targets[k]];
        acc &= ~seen;
        next[v] = acc;
        if (acc !== 0) reached += popcount(acc);
      }
      if (reached === 0) break;
      total += (d - 1) * reached;
      for (let v = 0; v < n; v++) visited[v] |= next[v];
      const swap = frontier;
      frontier = next;
      next = swap;
    }
  }
  return total / ((n - 1) * (n - 2) * n);
}
