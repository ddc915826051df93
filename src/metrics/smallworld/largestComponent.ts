/**
 * The largest connected component as its own CSR (nodes kept in index order; the first
 * found wins a tie, as networkx `max(connected_components(G), key=len)`). Small-world
 * measures need a connected graph: networkx raises on disconnected ones, we use the
 * largest component and say so.
 */
import { csrFromEdges, type Csr } from '../csr.ts';

export function largestComponent(csr: Csr): Csr {
  const { n, offsets, targets } = csr;
  const component = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let best = -1;
  let bestSize = 0;
  let count = 0;
  for (let s = 0; s < n; s++) {
    if (component[s] !== -1) continue;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    component[s] = count;
    while (head < tail) {
      const u = queue[head++];
      for (let k = offsets[u]; k < offsets[u + 1]; k++) {
        const v = targets[k];
        if (component[v] === -1) {
          component[v] = count;
          queue[tail++] = v;
        }
      }
    }
    if (tail > bestSize) {
      bestSize = tail;
      best = count;
    }
    count++;
  }
  if (count <= 1) return csr;
  const index = new Int32Array(n).fill(-1);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    if (component[i] === best) {
      index[i] = ids.length;
      ids.push(csr.ids[i]);
    }
  }
  const sources: number[] = [];
  const ends: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < n; i++) {
    if (index[i] === -1) continue;
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      if (targets[k] > i) {
        sources.push(index[i]);
        ends.push(index[targets[k]]);
        weights.push(csr.weights[k]);
      }
    }
  }
  return csrFromEdges(ids.length, sources, ends, weights, ids);
}
