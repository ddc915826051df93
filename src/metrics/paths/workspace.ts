/**
 * Buffers of the shortest-path kernel, allocated once per thread and reused for every
 * source: nothing is allocated inside the per-source passes.
 *
 * A `PathPartial` holds what a range of sources contributes. Partials from disjoint source
 * ranges add up element-wise (the per-source columns are zero outside their range), so work
 * splits across workers and is merged with `mergePathPartials` before `finalizePaths`.
 */
import type { Csr } from '../csr.ts';

export interface PathWorkspace {
  n: number;
  weighted: boolean;
  /** Unweighted pass: hop distance, −1 = not reached. */
  level: Int32Array;
  /** Weighted pass: distance (sum of 1/weight), +∞ = not reached. */
  dist: Float64Array;
  /** Number of shortest paths from the source (floats, as networkx counts them). */
  sigma: Float64Array;
  /** Brandes' dependency of the source on each node (unweighted: c(w) = (1 + δ(w))/σ(w)). */
  delta: Float64Array;
  /** Nodes in the order they were settled (BFS queue / Dijkstra pop order = Brandes' stack). */
  order: Int32Array;
  /** Unweighted pass: successors in the shortest-path DAG, node after node in BFS order. */
  successors: Int32Array;
  /** Unweighted pass: successorEnd[i] = end in `successors` of the i-th node in BFS order. */
  successorEnd: Int32Array;
  /** Weighted pass: binary min-heap of node indices keyed by dist. */
  heap: Int32Array;
  /** Weighted pass: position of a node in heap; −1 = never pushed, −2 = settled. */
  heapPos: Int32Array;
  /** Weighted pass: edge length 1/weight aligned with csr.targets (empty when unweighted). */
  lengths: Float64Array;
}

export function createPathWorkspace(csr: Csr, weighted: boolean): PathWorkspace {
  const n = csr.n;
  const lengths = new Float64Array(weighted ? csr.targets.length : 0);
  if (weighted) for (let k = 0; k < lengths.length; k++) lengths[k] = 1 / csr.weights[k];
  return {
    n,
    weighted,
    level: new Int32Array(weighted ? 0 : n).fill(-1),
    dist: new Float64Array(weighted ? n : 0).fill(Infinity),
    sigma: new Float64Array(n),
    delta: new Float64Array(n),
    order: new Int32Array(n),
    successors: new Int32Array(weighted ? 0 : csr.targets.length),
    successorEnd: new Int32Array(weighted ? 0 : n),
    heap: new Int32Array(weighted ? n : 0),
    heapPos: new Int32Array(weighted ? n : 0).fill(-1),
    lengths,
  };
}

export interface PathPartial {
  /** Σ over processed sources s of δ_s(v): ordered-pair dependencies, not yet rescaled. */
  betweennessRaw: Float64Array;
  /** Per source: Σ of distances to the nodes it reaches. */
  distanceSum: Float64Array;
  /** Per source: number of nodes reached, the source included (0 = not processed). */
  reachable: Int32Array;
  /** Per source: Σ 1/d over the nodes it reaches (d > 0). */
  harmonic: Float64Array;
  /** Per source: largest distance to a node it reaches (its eccentricity in its component). */
  eccentricity: Float64Array;
  /** Number of sources processed into this partial. */
  sources: number;
}

export function createPathPartial(n: number): PathPartial {
  return {
    betweennessRaw: new Float64Array(n),
    distanceSum: new Float64Array(n),
    reachable: new Int32Array(n),
    harmonic: new Float64Array(n),
    eccentricity: new Float64Array(n),
    sources: 0,
  };
}

/** Add `from` into `into` (disjoint source ranges); returns `into`. */
export function mergePathPartials(into: PathPartial, from: PathPartial): PathPartial {
  const n = into.betweennessRaw.length;
  if (from.betweennessRaw.length !== n) {
    throw new Error(
      `mergePathPartials: partial sizes differ (${n} vs ${from.betweennessRaw.length})`,
    );
  }
  for (let v = 0; v < n; v++) {
    into.betweennessRaw[v] += from.betweennessRaw[v];
    into.distanceSum[v] += from.distanceSum[v];
    into.reachable[v] += from.reachable[v];
    into.harmonic[v] += from.harmonic[v];
    into.eccentricity[v] = Math.max(into.eccentricity[v], from.eccentricity[v]);
  }
  into.sources += from.sources;
  return into;
}
