/**
 * One unweighted single-source pass: breadth-first search counting shortest paths, then
 * Brandes' dependency accumulation in reverse BFS order (Brandes 2001,
 * doi:10.1080/0022250X.2001.9990249), plus the distance statistics of the source.
 *
 * The forward sweep appends each node's successors in the shortest-path DAG (neighbours
 * one level further) to one flat list, in BFS order, so the backward sweep reads them
 * sequentially instead of re-scanning every neighbourhood. It pulls rather than pushes:
 *   δ(v) = σ(v) · Σ_{w ∈ succ(v)} c(w),   c(w) = (1 + δ(w)) / σ(w),
 * which is networkx's `_accumulate_basic` (δ(v) += σ(v) · c(w) per predecessor) summed in
 * another order (differences of a few ulps). Buffers come back reset (level −1).
 */
import type { Csr } from '../csr.ts';
import type { PathPartial, PathWorkspace } from './workspace.ts';

export function bfsSource(csr: Csr, s: number, ws: PathWorkspace, out: PathPartial): void {
  const offsets = csr.offsets;
  const targets = csr.targets;
  const level = ws.level;
  const sigma = ws.sigma;
  const coeff = ws.delta; // holds c(w) of the nodes already accumulated
  const order = ws.order;
  const successors = ws.successors;
  const successorEnd = ws.successorEnd;
  const bc = out.betweennessRaw;

  level[s] = 0;
  sigma[s] = 1;
  order[0] = s;
  let head = 0;
  let tail = 1;
  let top = 0;
  while (head < tail) {
    const v = order[head];
    const next = level[v] + 1;
    const sv = sigma[v];
    for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
      const w = targets[k];
      const lw = level[w];
      if (lw < 0) {
        level[w] = next;
        sigma[w] = sv;
        order[tail++] = w;
        successors[top++] = w;
      } else if (lw === next) {
        sigma[w] += sv;
        successors[top++] = w;
      }
    }
    successorEnd[head++] = top;
  }

  const eccentricity = level[order[tail - 1]];
  let distanceSum = 0;
  let harmonic = 0;
  for (let i = tail - 1; i > 0; i--) {
    const v = order[i];
    let pulled = 0;
    for (let k = successorEnd[i - 1], end = successorEnd[i]; k < end; k++)
      pulled += coeff[successors[k]];
    const sv = sigma[v];
    const dependency = sv * pulled;
    bc[v] += dependency;
    coeff[v] = (1 + dependency) / sv;
    const lv = level[v];
    distanceSum += lv;
    harmonic += 1 / lv;
    level[v] = -1;
  }
  level[s] = -1;

  out.eccentricity[s] = eccentricity;
  out.distanceSum[s] = distanceSum;
  out.reachable[s] = tail;
  out.harmonic[s] = harmonic;
  out.sources++;
}
