/**
 * One weighted single-source pass: Dijkstra over edge lengths 1/weight with an indexed
 * binary heap in typed arrays (decrease-key, one entry per node), counting shortest paths,
 * then Brandes' dependency accumulation in reverse settling order.
 *
 * Ties follow networkx's `_single_source_dijkstra_path_basic` exactly: a tentative
 * distance is `dist[v] + length` added in that order and compared with `===`; a strictly
 * shorter one resets σ(w) to σ(v), an equal one adds σ(v). The resulting distances and
 * path counts do not depend on the order neighbours are visited, so they equal networkx's
 * bit for bit. In the backward sweep the predecessors of w are re-found as the neighbours
 * v with dist[v] + length === dist[w] (lengths are positive, so v was settled before w).
 * Zero or denormal lengths (weights near +∞) are outside this contract.
 */
import type { Csr } from '../csr.ts';
import type { PathPartial, PathWorkspace } from './workspace.ts';

const NEVER_PUSHED = -1;
const SETTLED = -2;

export function dijkstraSource(csr: Csr, s: number, ws: PathWorkspace, out: PathPartial): void {
  const offsets = csr.offsets;
  const targets = csr.targets;
  const lengths = ws.lengths;
  const dist = ws.dist;
  const sigma = ws.sigma;
  const delta = ws.delta;
  const order = ws.order;
  const heap = ws.heap;
  const pos = ws.heapPos;
  const bc = out.betweennessRaw;

  dist[s] = 0;
  sigma[s] = 1;
  heap[0] = s;
  pos[s] = 0;
  let size = 1;
  let settled = 0;
  let distanceSum = 0;
  let harmonic = 0;

  while (size > 0) {
    // Pop the minimum and restore the heap by sifting the last entry down from the root.
    const v = heap[0];
    pos[v] = SETTLED;
    size--;
    if (size > 0) {
      const last = heap[size];
      const key = dist[last];
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= size) break;
        if (child + 1 < size && dist[heap[child + 1]] < dist[heap[child]]) child++;
        if (dist[heap[child]] >= key) break;
        heap[i] = heap[child];
        pos[heap[i]] = i;
        i = child;
      }
      heap[i] = last;
      pos[last] = i;
    }
    order[settled++] = v;
    const dv = dist[v];
    if (dv > 0) {
      distanceSum += dv;
      harmonic += 1 / dv;
    }
    const sv = sigma[v];

    for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
      const w = targets[k];
      const p = pos[w];
      if (p === SETTLED) continue;
      const candidate = dv + lengths[k];
      let i: number;
      if (p === NEVER_PUSHED) {
        dist[w] = candidate;
        sigma[w] = sv;
        i = size++;
      } else if (candidate < dist[w]) {
        dist[w] = candidate;
        sigma[w] = sv;
        i = p;
      } else {
        if (candidate === dist[w]) sigma[w] += sv;
        continue;
      }
      // Sift w up from slot i.
      while (i > 0) {
        const parent = (i - 1) >> 1;
        const u = heap[parent];
        if (dist[u] <= candidate) break;
        heap[i] = u;
        pos[u] = i;
        i = parent;
      }
      heap[i] = w;
      pos[w] = i;
    }
  }

  const eccentricity = dist[order[settled - 1]];
  for (let i = settled - 1; i > 0; i--) {
    const w = order[i];
    const dw = dist[w];
    const coeff = (1 + delta[w]) / sigma[w];
    for (let k = offsets[w], end = offsets[w + 1]; k < end; k++) {
      const v = targets[k];
      if (dist[v] + lengths[k] === dw) delta[v] += sigma[v] * coeff;
    }
    bc[w] += delta[w];
    dist[w] = Infinity;
    delta[w] = 0;
    pos[w] = NEVER_PUSHED;
  }
  dist[s] = Infinity;
  delta[s] = 0;
  pos[s] = NEVER_PUSHED;

  out.eccentricity[s] = eccentricity;
  out.distanceSum[s] = distanceSum;
  out.reachable[s] = settled;
  out.harmonic[s] = harmonic;
  out.sources++;
}
