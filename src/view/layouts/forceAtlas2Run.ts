/**
 * ForceAtlas2 (Jacomy, Venturini, Heymann & Bastian 2014, PLoS ONE 9(6): e98679,
 * doi:10.1371/journal.pone.0098679) run in steps, so a worker can report progress and
 * intermediate positions and be stopped with the picture it has so far.
 *
 * Conventions (as src/view/forceLayout.ts, whose CELL scale it shares):
 * - Input is index-based (LayoutInput). `start` gives known positions ([x0, y0, …],
 *   NaN where unknown): a node that kept its place starts there, a new node starts at the
 *   centroid of its placed neighbours (or on a sunflower spiral when it has none), so a
 *   filter change moves the picture as little as possible.
 * - Settings: graphology's inferSettings(order); Barnes–Hut (θ = 0.5) above
 *   BARNES_HUT_THRESHOLD nodes; attraction uses the merged tie weight.
 * - Isolates stay out of ForceAtlas2 and sit on a grid below the tied part.
 * - Every yielded picture is normalised: the tied part scaled to about CELL² per node
 *   and centred on the origin (so sizes read the same for every graph).
 */
import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { BARNES_HUT_THRESHOLD, CELL, defaultIterations, type LayoutInput } from '../forceLayout.ts';

export interface ForceAtlas2Step {
  /** Iterations done / total. */
  fraction: number;
  positions: Float64Array;
}

export interface ForceAtlas2RunOptions {
  iterations?: number;
  /** Iterations between two yielded pictures. */
  chunk?: number;
  /** Iterations before the first yielded picture (0: the start picture); default chunk. */
  firstPictureAfter?: number;
  barnesHut?: boolean;
  start?: Float64Array | null;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

interface Prepared {
  graph: UndirectedGraph<{ x: number; y: number }, { weight: number }>;
  tied: number[];
  isolates: number[];
}

function prepare(input: LayoutInput, start: Float64Array | null): Prepared {
  const neighbours: number[][] = Array.from({ length: input.order }, () => []);
  for (let e = 0; e < input.weights.length; e++) {
    const a = input.edges[2 * e];
    const b = input.edges[2 * e + 1];
    if (a === b) continue;
    neighbours[a].push(b);
    neighbours[b].push(a);
  }
  const tied: number[] = [];
  const isolates: number[] = [];
  for (let i = 0; i < input.order; i++) (neighbours[i].length > 0 ? tied : isolates).push(i);
  const known = (i: number) =>
    start !== null && Number.isFinite(start[2 * i]) && Number.isFinite(start[2 * i + 1]);
  const graph: Prepared['graph'] = new UndirectedGraph();
  tied.forEach((node, k) => {
    let x: number;
    let y: number;
    if (known(node)) [x, y] = [start![2 * node], start![2 * node + 1]];
    else {
      const placed = neighbours[node].filter(known);
      if (placed.length > 0) {
        x = placed.reduce((s, n) => s + start![2 * n], 0) / placed.length;
        y = placed.reduce((s, n) => s + start![2 * n + 1], 0) / placed.length;
        // A small deterministic offset, so two new nodes never start on one point.
        x += Math.cos(k * GOLDEN_ANGLE) * CELL * 0.3;
        y += Math.sin(k * GOLDEN_ANGLE) * CELL * 0.3;
      } else {
        const radius = CELL * Math.sqrt(k + 0.5);
        x = radius * Math.cos(k * GOLDEN_ANGLE);
        y = radius * Math.sin(k * GOLDEN_ANGLE);
      }
    }
    graph.addNode(String(node), { x, y });
  });
  for (let e = 0; e < input.weights.length; e++) {
    const a = String(input.edges[2 * e]);
    const b = String(input.edges[2 * e + 1]);
    if (a !== b && !graph.hasEdge(a, b)) graph.addEdge(a, b, { weight: input.weights[e] });
  }
  return { graph, tied, isolates };
}

/** The normalised picture of the current FA2 state (see the header). */
function picture({ graph, tied, isolates }: Prepared, order: number): Float64Array {
  const positions = new Float64Array(order * 2);
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const node of tied) {
    const { x, y } = graph.getNodeAttributes(String(node));
    [x0, x1, y0, y1] = [Math.min(x0, x), Math.max(x1, x), Math.min(y0, y), Math.max(y1, y)];
  }
  let [minX, maxX, maxY] = [0, 0, 0];
  if (tied.length > 0) {
    const area = Math.max(x1 - x0, 1e-9) * Math.max(y1 - y0, 1e-9);
    const scale = Math.sqrt((tied.length * CELL * CELL) / area);
    const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
    for (const node of tied) {
      const { x, y } = graph.getNodeAttributes(String(node));
      positions[2 * node] = (x - cx) * scale;
      positions[2 * node + 1] = (y - cy) * scale;
    }
    [minX, maxX, maxY] = [(x0 - cx) * scale, (x1 - cx) * scale, (y1 - cy) * scale];
  }
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

/** Runs ForceAtlas2 chunk by chunk, yielding a picture after each; returns the last. */
export function* runForceAtlas2(
  input: LayoutInput,
  options: ForceAtlas2RunOptions = {},
): Generator<ForceAtlas2Step, Float64Array, void> {
  const prepared = prepare(input, options.start ?? null);
  const order = prepared.tied.length;
  // Seeded runs start near a finished picture and need fewer iterations.
  const seeded = options.start != null;
  const total =
    options.iterations ?? Math.max(20, Math.round(defaultIterations(order) / (seeded ? 4 : 1)));
  const chunk = Math.max(1, options.chunk ?? 20);
  const settings = {
    ...forceAtlas2.inferSettings(Math.max(order, 1)),
    barnesHutOptimize: options.barnesHut ?? order > BARNES_HUT_THRESHOLD,
    barnesHutTheta: 0.5,
  };
  let done = 0;
  let next = Math.max(0, options.firstPictureAfter ?? chunk);
  while (done < total && order > 0) {
    const step = Math.min(next - done, total - done);
    if (step > 0)
      forceAtlas2.assign(prepared.graph, { iterations: step, getEdgeWeight: 'weight', settings });
    done += step;
    next = done + chunk;
    if (done < total) yield { fraction: done / total, positions: picture(prepared, input.order) };
  }
  return picture(prepared, input.order);
}

/** Runs to the end (tests, small graphs). */
export function computeForceAtlas2(
  input: LayoutInput,
  options: ForceAtlas2RunOptions = {},
): Float64Array {
  const run = runForceAtlas2(input, options);
  for (;;) {
    const next = run.next();
    if (next.done === true) return next.value;
  }
}
