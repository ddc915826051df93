/**
 * Mean betweenness of an unweighted graph without Brandes' dependency accumulation.
 *
 * Every shortest s–t path of length d(s,t) has d − 1 interior nodes, so summing
 * σ_st(v)/σ_st over v gives d(s,t) − 1 for every connected pair; hence
 *   Σ_v b_raw(v) = Σ_{unordered connected pairs s≠t} (d(s,t) − 1)
 * and with networkx's normalisation for undirected graphs, b(v) = b_raw(v) · 2/((n−1)(n−2)),
 *   mean b = 2 · Σ_{s<t} (d(s,t) − 1) / ((n−1)(n−2) · n),   0 when n ≤ 2 (networkx leaves
 * those unscaled, and they are 0).
 * One BFS per source (no path counting, no stack pass): about half the work of the
 * betweenness kernel. Unweighted only: with weights the hop count varies among the
 * shortest paths of a pair, and the identity needs path counts.
 *
 * Reference: Brandes 2001, J. Math. Sociol. 25(2), 163–177, doi:10.1080/0022250X.2001.9990249
 * (dependencies); the identity is the "average stress" argument of Freeman 1977.
 */
import type { Csr } from '../csr.ts';
import { CancelledError } from '../types.ts';

export function meanBetweennessUnweighted(csr: Csr, signal?: AbortSignal): number {
  const { n, offsets, targets } = csr;
  if (n <= 2) return 0;
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let total = 0; // Σ over ordered pairs of (d − 1): every pair counted twice
  for (let s = 0; s < n; s++) {
    if ((s & 255) === 0 && signal?.aborted) throw new CancelledError();
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    dist[s] = 0;
    let sum = 0;
    while (head < tail) {
      const u = queue[head++];
      const du = dist[u] + 1;
      for (let k = offsets[u]; k < offsets[u + 1]; k++) {
        const v = targets[k];
        if (dist[v] < 0) {
          dist[v] = du;
          sum += du - 1;
          queue[tail++] = v;
        }
      }
    }
    total += sum;
    for (let i = 0; i < tail; i++) dist[queue[i]] = -1;
  }
  return total / ((n - 1) * (n - 2) * n);
}
