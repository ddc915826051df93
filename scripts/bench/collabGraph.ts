/**
 * Seeded generator of collaboration-like graphs for benchmarks: a planted partition of
 * communities (projects, regional groups) grown by Holme–Kim preferential attachment
 * (Holme & Kim 2002, doi:10.1103/PhysRevE.65.026107). Each new node joins a community
 * uniformly at random and makes about m/n ties: the first to a degree-proportional pick
 * (within its community with probability 0.8, else anywhere), each further one with
 * probability 0.5 by triad formation (a neighbour of the previous pick), otherwise
 * another preferential pick. Growth from a seed triangle keeps the graph connected; heavy
 * tails, clustering and communities make it resemble the cluster collaboration networks.
 * Tie weights are repeated collaborations, 1 + a geometric count (mean ≈ 1.5).
 */
import { writeFileSync } from 'node:fs';
import { csrFromEdges } from '../../src/metrics/csr.ts';
import type { Csr } from '../../src/metrics/csr.ts';
import { createRng } from '../../src/metrics/smallworld/rng.ts';

const COMMUNITY_SIZE = 250;
const WITHIN_COMMUNITY = 0.8;
const TRIAD_FORMATION = 0.5;

/** A connected collaboration-like graph with n nodes and about m ties (m ≥ n). */
export function makeCollabGraph(n: number, m: number, seed: number): Csr {
  if (n < 3 || m < n) throw new Error(`makeCollabGraph: need n ≥ 3 and m ≥ n (got ${n}, ${m})`);
  const rng = createRng(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(rng() * list.length)];
  const communities = Math.max(1, Math.round(n / COMMUNITY_SIZE));
  const community = new Int32Array(n);
  const neighbours: number[][] = Array.from({ length: n }, () => []);
  const ends: number[] = []; // every tie's two ends: a uniform pick is degree-proportional
  const endsIn: number[][] = Array.from({ length: communities }, () => []);
  const sources: number[] = [];
  const targets: number[] = [];
  const weights: number[] = [];

  const tie = (u: number, v: number) => {
    neighbours[u].push(v);
    neighbours[v].push(u);
    ends.push(u, v);
    endsIn[community[u]].push(u);
    endsIn[community[v]].push(v);
    sources.push(u);
    targets.push(v);
    let w = 1;
    while (rng() < 1 / 3) w++;
    weights.push(w);
  };

  for (let v = 0; v < n; v++) community[v] = Math.floor(rng() * communities);
  tie(0, 1);
  tie(1, 2);
  tie(0, 2);
  const perNode = (m - 3) / (n - 3);
  for (let v = 3; v < n; v++) {
    const want = Math.floor(perNode) + (rng() < perNode - Math.floor(perNode) ? 1 : 0);
    const chosen = new Set<number>();
    let previous = -1;
    for (let attempt = 0; chosen.size < Math.min(want, v) && attempt < 20 * want; attempt++) {
      let u: number;
      if (previous >= 0 && rng() < TRIAD_FORMATION) u = pick(neighbours[previous]);
      else if (rng() < WITHIN_COMMUNITY && endsIn[community[v]].length > 0)
        u = pick(endsIn[community[v]]);
      else u = pick(ends);
      if (u === v || chosen.has(u)) continue;
      chosen.add(u);
      previous = u;
    }
    for (const u of chosen) tie(v, u);
  }
  return csrFromEdges(n, sources, targets, weights);
}

/** Write the ties as a plain `u v` edge list (one tie a line, u < v) for igraph/networkx. */
export function writeEdgeList(csr: Csr, path: string): void {
  const lines: string[] = [];
  for (let u = 0; u < csr.n; u++) {
    for (let k = csr.offsets[u]; k < csr.offsets[u + 1]; k++) {
      const v = csr.targets[k];
      if (u < v) lines.push(`${u} ${v}`);
    }
  }
  writeFileSync(path, lines.join('\n') + '\n');
}
