/**
 * Connected components of a simple undirected graph in CSR form.
 *
 * One breadth-first sweep over the nodes in index order (O(n + m)). Components are
 * labelled 0, 1, 2, … in the order of their lowest node index, which is the order of
 * networkx's `connected_components`. The largest component is the first of the largest
 * in that order (ties broken by the lowest node index), as `max(connected_components(G),
 * key=len)` picks it; path statistics (diameter, average path length) are taken on it.
 *
 * An empty graph has no components: `largest` is -1 and `largestShare` null.
 */
import type { Csr } from './csr.ts';

export interface Components {
  /** Component label of every node, aligned with csr.ids. */
  labels: Int32Array;
  /** Number of components (isolates count as components of size 1). */
  count: number;
  /** sizes[label]: number of nodes in that component. */
  sizes: Int32Array;
  /** Label of the largest component (lowest label among equally large ones); -1 if n = 0. */
  largest: number;
  /** Size of the largest component over n; null when n = 0. */
  largestShare: number | null;
}

export function computeComponents(csr: Csr): Components {
  const { n, offsets, targets } = csr;
  const labels = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizeList: number[] = [];
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (labels[root] !== -1) continue;
    labels[root] = count;
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    while (head < tail) {
      const v = queue[head++];
      for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
        const w = targets[k];
        if (labels[w] === -1) {
          labels[w] = count;
          queue[tail++] = w;
        }
      }
    }
    sizeList.push(tail);
    count++;
  }
  const sizes = Int32Array.from(sizeList);
  let largest = -1;
  for (let c = 0; c < count; c++) if (largest === -1 || sizes[c] > sizes[largest]) largest = c;
  return {
    labels,
    count,
    sizes,
    largest,
    largestShare: n > 0 ? sizes[largest] / n : null,
  };
}
