/**
 * Compressed sparse row (CSR) adjacency of a simple undirected graph, in typed arrays.
 *
 * Every heavy kernel (breadth-first and Dijkstra passes, power iterations, triangle
 * counting) runs over this, not over graphology's object maps: it is compact (8 bytes a
 * half-edge plus weights), cache-friendly and transferable to workers without copying.
 *
 * Node i's neighbours are targets[offsets[i] .. offsets[i+1]), sorted ascending, each
 * undirected edge stored twice (once from each end). Self-loops are dropped: the simple
 * graphs that metrics use have none (see src/graph/levels.ts).
 */
import type { AbstractGraph, Attributes } from 'graphology-types';

export interface Csr {
  /** Number of nodes. */
  n: number;
  /** Number of undirected edges (each stored twice in targets). */
  m: number;
  /** Index → node id, in graph.nodes() order. */
  ids: string[];
  /** Length n + 1. */
  offsets: Int32Array;
  /** Length 2m: neighbour indices, ascending within each node. */
  targets: Int32Array;
  /** Length 2m: edge weight aligned with targets (1 when the edge has no positive numeric weight). */
  weights: Float64Array;
}

/** Plain-data form of a Csr for postMessage; the buffers are transferable. */
export interface CsrTransfer {
  n: number;
  m: number;
  ids: string[];
  offsets: ArrayBuffer;
  targets: ArrayBuffer;
  weights: ArrayBuffer;
}

/** Build the CSR of an undirected simple graph; `weightAttribute` defaults to 'weight'. */
export function toCsr(
  graph: AbstractGraph<Attributes, Attributes>,
  weightAttribute = 'weight',
): Csr {
  const ids = graph.nodes();
  const n = ids.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set(ids[i], i);

  const degree = new Int32Array(n);
  const edgeSources: number[] = [];
  const edgeTargets: number[] = [];
  const edgeWeights: number[] = [];
  graph.forEachEdge((_edge, attributes, source, target) => {
    const s = index.get(source)!;
    const t = index.get(target)!;
    if (s === t) return;
    const w = Number(attributes[weightAttribute]);
    edgeSources.push(s);
    edgeTargets.push(t);
    edgeWeights.push(Number.isFinite(w) && w > 0 ? w : 1);
    degree[s]++;
    degree[t]++;
  });

  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i] + degree[i];
  const half = offsets[n];
  const targets = new Int32Array(half);
  const weights = new Float64Array(half);
  const cursor = offsets.slice(0, n);
  for (let e = 0; e < edgeSources.length; e++) {
    const s = edgeSources[e];
    const t = edgeTargets[e];
    const w = edgeWeights[e];
    targets[cursor[s]] = t;
    weights[cursor[s]++] = w;
    targets[cursor[t]] = s;
    weights[cursor[t]++] = w;
  }
  sortNeighbourhoods(n, offsets, targets, weights);
  return { n, m: half / 2, ids, offsets, targets, weights };
}

/** Build a CSR directly from index pairs (benchmarks, generated graphs, tests). */
export function csrFromEdges(
  n: number,
  sources: ArrayLike<number>,
  targetsIn: ArrayLike<number>,
  weightsIn?: ArrayLike<number>,
  ids?: string[],
): Csr {
  const degree = new Int32Array(n);
  for (let e = 0; e < sources.length; e++) {
    if (sources[e] === targetsIn[e]) continue;
    degree[sources[e]]++;
    degree[targetsIn[e]]++;
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i] + degree[i];
  const half = offsets[n];
  const targets = new Int32Array(half);
  const weights = new Float64Array(half);
  const cursor = offsets.slice(0, n);
  for (let e = 0; e < sources.length; e++) {
    const s = sources[e];
    const t = targetsIn[e];
    if (s === t) continue;
    const w = weightsIn ? weightsIn[e] : 1;
    targets[cursor[s]] = t;
    weights[cursor[s]++] = w;
    targets[cursor[t]] = s;
    weights[cursor[t]++] = w;
  }
  sortNeighbourhoods(n, offsets, targets, weights);
  return {
    n,
    m: half / 2,
    ids: ids ?? Array.from({ length: n }, (_, i) => String(i)),
    offsets,
    targets,
    weights,
  };
}

function sortNeighbourhoods(
  n: number,
  offsets: Int32Array,
  targets: Int32Array,
  weights: Float64Array,
): void {
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = offsets[i];
    const end = offsets[i + 1];
    let sorted = true;
    for (let k = start + 1; k < end; k++) {
      if (targets[k - 1] > targets[k]) {
        sorted = false;
        break;
      }
    }
    if (sorted) continue;
    order.length = 0;
    for (let k = start; k < end; k++) order.push(k);
    order.sort((a, b) => targets[a] - targets[b]);
    const t = order.map((k) => targets[k]);
    const w = order.map((k) => weights[k]);
    for (let k = 0; k < t.length; k++) {
      targets[start + k] = t[k];
      weights[start + k] = w[k];
    }
  }
}

export function csrToTransfer(csr: Csr): { message: CsrTransfer; transfer: ArrayBuffer[] } {
  const offsets = csr.offsets.slice().buffer;
  const targets = csr.targets.slice().buffer;
  const weights = csr.weights.slice().buffer;
  return {
    message: { n: csr.n, m: csr.m, ids: csr.ids, offsets, targets, weights },
    transfer: [offsets, targets, weights],
  };
}

export function csrFromTransfer(t: CsrTransfer): Csr {
  return {
    n: t.n,
    m: t.m,
    ids: t.ids,
    offsets: new Int32Array(t.offsets),
    targets: new Int32Array(t.targets),
    weights: new Float64Array(t.weights),
  };
}
