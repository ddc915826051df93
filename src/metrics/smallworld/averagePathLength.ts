/**
 * Average shortest-path length of a connected graph, L = Σ_{s≠t} d(s, t) / (n (n − 1)),
 * by one breadth-first search per node (unweighted hops), as networkx
 * `average_shortest_path_length(G)`. 0 for a single node; NaN when disconnected (networkx
 * raises). O(n·m): the dominant cost of sigma and omega.
 *
 * Reference: Watts, D. J., Strogatz, S. H. (1998). Collective dynamics of 'small-world'
 * networks. Nature 393, 440–442. doi:10.1038/30918
 */
import type { Csr } from '../csr.ts';

export function averagePathLength(csr: Csr): number {
  const { n, offsets, targets } = csr;
  if (n <= 1) return 0;
  const distance = new Int32Array(n);
  const queue = new Int32Array(n);
  let total = 0;
  for (let s = 0; s < n; s++) {
    distance.fill(-1);
    distance[s] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const u = queue[head++];
      const next = distance[u] + 1;
      for (let k = offsets[u]; k < offsets[u + 1]; k++) {
        const v = targets[k];
        if (distance[v] === -1) {
          distance[v] = next;
          total += next;
          queue[tail++] = v;
        }
      }
    }
    if (tail < n) return NaN;
  }
  return total / (n * (n - 1));
}
