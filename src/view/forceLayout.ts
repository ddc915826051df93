/**
 * Node positions by ForceAtlas2 (Jacomy, Venturini, Heymann & Bastian 2014, PLoS ONE
 * 9(6): e98679, doi:10.1371/journal.pone.0098679), graphology's implementation.
 *
 * Input is index-based and transferable (edge endpoint pairs and weights in typed
 * arrays), so the same function runs in src/workers/layout.worker.ts and in Node tests.
 * Conventions:
 * - Start positions lie on a sunflower (Vogel) spiral by node index: deterministic, so
 *   the same graph always gets the same picture, and no two nodes start together.
 * - Settings from graphology's `inferSettings(order)`; Barnes–Hut approximation
 *   (θ = 0.5) for graphs above BARNES_HUT_THRESHOLD nodes, where the exact O(n²)
 *   repulsion gets slow. Attraction uses the merged tie weight.
 * - Output: Float64Array [x0, y0, x1, y1, …] in node-index order.
 */
import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { SimpleGraph } from '../model/index.ts';

export interface LayoutInput {
  order: number;
  /** Endpoint indices, two per edge. */
  edges: Int32Array;
  /** One weight per edge. */
  weights: Float64Array;
}

export interface ForceLayoutOptions {
  /** FA2 iterations; default scales down with size (see defaultIterations). */
  iterations?: number;
  /** Barnes–Hut approximation; default: order > BARNES_HUT_THRESHOLD. */
  barnesHut?: boolean;
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

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export function computeForceLayout(
  input: LayoutInput,
  options: ForceLayoutOptions = {},
): Float64Array {
  const { order } = input;
  const positions = new Float64Array(order * 2);
  if (order === 0) return positions;
  const graph = new UndirectedGraph<{ x: number; y: number }, { weight: number }>();
  const spacing = 10;
  for (let i = 0; i < order; i++) {
    const radius = spacing * Math.sqrt(i + 0.5);
    graph.addNode(String(i), {
      x: radius * Math.cos(i * GOLDEN_ANGLE),
      y: radius * Math.sin(i * GOLDEN_ANGLE),
    });
  }
  for (let e = 0; e < input.weights.length; e++) {
    const a = String(input.edges[2 * e]);
    const b = String(input.edges[2 * e + 1]);
    if (a !== b && !graph.hasEdge(a, b)) graph.addEdge(a, b, { weight: input.weights[e] });
  }
  if (order > 1) {
    forceAtlas2.assign(graph, {
      iterations: options.iterations ?? defaultIterations(order),
      getEdgeWeight: 'weight',
      settings: {
        ...forceAtlas2.inferSettings(order),
        barnesHutOptimize: options.barnesHut ?? order > BARNES_HUT_THRESHOLD,
        barnesHutTheta: 0.5,
      },
    });
  }
  for (let i = 0; i < order; i++) {
    const attributes = graph.getNodeAttributes(String(i));
    positions[2 * i] = attributes.x;
    positions[2 * i + 1] = attributes.y;
  }
  return positions;
}
