/**
 * Coreness (k-core number): the largest k such that the node belongs to a subgraph in
 * which every node has at least k ties — how deep a node sits in the cohesive core.
 *
 * Exactly networkx `core_number(G)`, by the Batagelj–Zaveršnik bucket algorithm in O(n + m):
 * nodes sorted by degree with a bin sort, repeatedly removing the node of least current
 * degree and decrementing its not-yet-removed neighbours. Isolates have coreness 0.
 *
 * Reference: Batagelj, V., Zaveršnik, M. (2011). Fast algorithms for determining
 * (generalized) core groups in social networks. Advances in Data Analysis and
 * Classification 5(2), 129–145. doi:10.1007/s11634-010-0079-y (arXiv cs/0310049);
 * Seidman, S. B. (1983). Network structure and minimum degree. Social Networks 5(3),
 * 269–287. doi:10.1016/0378-8733(83)90028-X
 */
import type { Csr } from '../csr.ts';

export function computeCoreness(csr: Csr): Float64Array {
  const { n, offsets, targets } = csr;
  const degree = new Int32Array(n);
  let maxDegree = 0;
  for (let i = 0; i < n; i++) {
    degree[i] = offsets[i + 1] - offsets[i];
    if (degree[i] > maxDegree) maxDegree = degree[i];
  }
  // bin[d] = first position in `order` of nodes with current degree d.
  const bin = new Int32Array(maxDegree + 2);
  for (let i = 0; i < n; i++) bin[degree[i] + 1]++;
  for (let d = 1; d <= maxDegree + 1; d++) bin[d] += bin[d - 1];
  const order = new Int32Array(n);
  const position = new Int32Array(n);
  const fill = bin.slice();
  for (let i = 0; i < n; i++) {
    position[i] = fill[degree[i]]++;
    order[position[i]] = i;
  }
  for (let p = 0; p < n; p++) {
    const v = order[p];
    for (let k = offsets[v]; k < offsets[v + 1]; k++) {
      const u = targets[k];
      if (degree[u] > degree[v]) {
        // Move u to the front of its bin, then shrink that bin by one: u's degree drops.
        const du = degree[u];
        const pu = position[u];
        const pw = bin[du];
        const w = order[pw];
        if (u !== w) {
          order[pu] = w;
          position[w] = pu;
          order[pw] = u;
          position[u] = pw;
        }
        bin[du]++;
        degree[u]--;
      }
    }
  }
  return Float64Array.from(degree);
}
