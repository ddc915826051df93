/**
 * The input and the shared settings of ForceAtlas2 (Jacomy, Venturini, Heymann & Bastian
 * 2014, PLoS ONE 9(6): e98679, doi:10.1371/journal.pone.0098679), graphology's
 * implementation, which runs step by step in src/view/layouts/forceAtlas2Run.ts (in its
 * worker, src/view/layouts/forceAtlas2.worker.ts, and in Node tests).
 *
 * - Input is index-based and transferable (edge endpoint pairs and weights in typed
 *   arrays); weights that are not positive and finite count as 1.
 * - Barnes–Hut approximation (θ = 0.5) above BARNES_HUT_THRESHOLD nodes, where the exact
 *   O(n²) repulsion gets slow; iterations scale down with size (defaultIterations).
 * - Pictures are scaled to about CELL² of area per node, so node sizes (in the same
 *   units) read the same for every graph.
 */
import type { SimpleGraph } from '../model/index.ts';

export interface LayoutInput {
  order: number;
  /** Endpoint indices, two per edge. */
  edges: Int32Array;
  /** One weight per edge. */
  weights: Float64Array;
}

export const BARNES_HUT_THRESHOLD = 500;

export function defaultIterations(order: number): number {
  if (order <= 200) return 400;
  if (order <= 1000) return 200;
  return 100;
}

export function layoutInputFromGraph(graph: SimpleGraph): LayoutInput {
  const index = new Map<string, number>();
  graph.forEachNode((key) => index.set(key, index.size));
  const edges = new Int32Array(graph.size * 2);
  const weights = new Float64Array(graph.size);
  let e = 0;
  graph.forEachEdge((_key, attributes, source, target) => {
    edges[2 * e] = index.get(source)!;
    edges[2 * e + 1] = index.get(target)!;
    weights[e] =
      attributes.weight > 0 && Number.isFinite(attributes.weight) ? attributes.weight : 1;
    e += 1;
  });
  return { order: graph.order, edges, weights };
}

/** Layout units per node: the drawn network gets about CELL² of area per node. */
export const CELL = 70;
