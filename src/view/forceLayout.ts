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
 * - Isolates (no ties) are left out of ForceAtlas2, which would push them to the far
 *   edges and shrink the network when the view fits; they sit on a grid below it.
 * - The tied part is scaled so that its bounding box has about CELL² per node and
 *   centred on the origin, so node sizes (in the same units) read the same for every
 *   graph.
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

/** Layout units per node: the drawn network gets about CELL² of area per node. */
export const CELL = 70;

/** Node degrees of the index graph (self-loops and repeated pairs ignored). */
function degreesOf(input: LayoutInput): Int32Array {
  const degrees = new Int32Array(input.order);
  const seen = new Set<number>();
  for (let e = 0; e < input.weights.length; e++) {
    const a = input.edges[2 * e];
    const b = input.edges[2 * e + 1];
    const pair = a < b ? a * input.order + b : b * input.order + a;
    if (a === b || seen.has(pair)) continue;
    seen.add(pair);
    degrees[a] += 1;
    degrees[b] += 1;
  }
  return degrees;
}

/** ForceAtlas2 over the nodes with ties; returns their positions in `tied` order. */
function forceAtlas2Positions(
  input: LayoutInput,
  tied: number[],
  options: ForceLayoutOptions,
): Float64Array {
  const graph = new UndirectedGraph<{ x: number; y: number }, { weight: number }>();
  const spacing = 10;
  tied.forEach((node, k) => {
    const radius = spacing * Math.sqrt(k + 0.5);
    graph.addNode(String(node), {
      x: radius * Math.cos(k * GOLDEN_ANGLE),
      y: radius * Math.sin(k * GOLDEN_ANGLE),
    });
  });
  for (let e = 0; e < input.weights.length; e++) {
    const a = String(input.edges[2 * e]);
    const b = String(input.edges[2 * e + 1]);
    if (a !== b && !graph.hasEdge(a, b)) graph.addEdge(a, b, { weight: input.weights[e] });
  }
  const order = tied.length;
  forceAtlas2.assign(graph, {
    iterations: options.iterations ?? defaultIterations(order),
    getEdgeWeight: 'weight',
    settings: {
      ...forceAtlas2.inferSettings(order),
      barnesHutOptimize: options.barnesHut ?? order > BARNES_HUT_THRESHOLD,
      barnesHutTheta: 0.5,
    },
  });
  const positions = new Float64Array(order * 2);
  tied.forEach((node, k) => {
    const attributes = graph.getNodeAttributes(String(node));
    positions[2 * k] = attributes.x;
    positions[2 * k + 1] = attributes.y;
  });
  return positions;
}

export function computeForceLayout(
  input: LayoutInput,
  options: ForceLayoutOptions = {},
): Float64Array {
  const { order } = input;
  const positions = new Float64Array(order * 2);
  const degrees = degreesOf(input);
  const tied: number[] = [];
  const isolates: number[] = [];
  for (let i = 0; i < order; i++) (degrees[i] > 0 ? tied : isolates).push(i);

  // The tied part, scaled to about CELL² per node and centred on the origin.
  let minX = 0;
  let maxX = 0;
  let maxY = 0;
  if (tied.length > 0) {
    const raw = forceAtlas2Positions(input, tied, options);
    let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
    for (let k = 0; k < tied.length; k++) {
      x0 = Math.min(x0, raw[2 * k]);
      x1 = Math.max(x1, raw[2 * k]);
      y0 = Math.min(y0, raw[2 * k + 1]);
      y1 = Math.max(y1, raw[2 * k + 1]);
    }
    const area = Math.max(x1 - x0, 1e-9) * Math.max(y1 - y0, 1e-9);
    const scale = Math.sqrt((tied.length * CELL * CELL) / area);
    const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
    tied.forEach((node, k) => {
      positions[2 * node] = (raw[2 * k] - cx) * scale;
      positions[2 * node + 1] = (raw[2 * k + 1] - cy) * scale;
    });
    [minX, maxX, maxY] = [(x0 - cx) * scale, (x1 - cx) * scale, (y1 - cy) * scale];
  }

  // Isolates: a grid below the tied part (FA2 would fling them to the far edges).
  if (isolates.length > 0) {
    const step = CELL * 0.6;
    const width = tied.length > 0 ? maxX - minX : Math.sqrt(isolates.length) * step;
    const columns = Math.max(1, Math.floor(width / step) + 1);
    const top = tied.length > 0 ? maxY + CELL : 0;
    const left = tied.length > 0 ? minX : -width / 2;
    isolates.forEach((node, k) => {
      positions[2 * node] = left + (k % columns) * step;
      positions[2 * node + 1] = top + Math.floor(k / columns) * step;
    });
  }
  return positions;
}
