/**
 * One unweighted single-source pass: breadth-first search counting shortest paths, then
 * Brandes' dependency accumulation in reverse BFS order (Brandes 2001,
 * doi:10.1080/0022250X.2001.9990249), plus the distance statistics of the source.
 *
 * No predecessor lists: in the backward sweep the predecessors of w are re-found as the
 * neighbours v with level[v] = level[w] − 1. δ(v) += σ(v)/σ(w) · (1 + δ(w)) is evaluated as
 * networkx's `_accumulate_basic` does: coeff = (1 + δ(w)) / σ(w); δ(v) += σ(v) · coeff.
 * Buffers come back reset (level −1, δ 0) for the next source.
 */
import type { Csr } from '../csr.ts';
import type { PathPartial, PathWorkspace } from './workspace.ts';

export function bfsSource(csr: Csr, s: number, ws: PathWorkspace, out: PathPartial): void {
  const offsets = csr.offsets;
  const targets = csr.targets;
  const level = ws.level;
  const sigma = ws.sigma;
  const delta = ws.delta;
  const order = ws.order;
  const bc = out.betweennessRaw;

  level[s] = 0;
  sigma[s] = 1;
  order[0] = s;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = order[head++];
    const next = level[v] + 1;
    const sv = sigma[v];
    for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
      const w = targets[k];
      const lw = level[w];
      if (lw < 0) {
        level[w] = next;
        sigma[w] = sv;
        order[tail++] = w;
      } else if (lw === next) {
        sigma[w] += sv;
      }
    }
  }

  const eccentricity = level[order[tail - 1]];
  let distanceSum = 0;
  let harmonic = 0;
  for (let i = tail - 1; i > 0; i--) {
    const w = order[i];
    const lw = level[w];
    const previous = lw - 1;
    const coeff = (1 + delta[w]) / sigma[w];
    for (let k = offsets[w], end = offsets[w + 1]; k < end; k++) {
      const v = targets[k];
      if (level[v] === previous) delta[v] += sigma[v] * coeff;
    }
    bc[w] += delta[w];
    distanceSum += lw;
    harmonic += 1 / lw;
    level[w] = -1;
    delta[w] = 0;
  }
  level[s] = -1;
  delta[s] = 0;
  out.eccentricity[s] = eccentricity;
  out.distanceSum[s] = distanceSum;
  out.reachable[s] = tail;
  out.harmonic[s] = harmonic;
  out.sources++;
}
