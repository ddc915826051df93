/**
 * ForceAtlas2's pictures on the canvas: moving the drawn nodes to a picture's positions
 * (in parts on a large graph) and drawing a run's pictures no more often than a redraw
 * can afford. Used by ./useLayouts.ts for draw-first and for a picked ForceAtlas2 run.
 */
import type { NodeSingular } from 'cytoscape';
import type { SimpleGraph } from '../../model/index.ts';
import { getCy } from '../../view/cyRegistry.ts';
import { graphLayerOf } from '../../view/layer/GraphLayer.ts';
import { nodeElementId } from '../../view/elements.ts';
import { nextTask } from '../../view/largeDrawing.ts';

/**
 * Time between two intermediate pictures of a large graph: 100 ms per 1,000 elements, at
 * least a second. Chosen when a redraw of the moved drawing was one task of about 25 ms
 * per 1,000 elements (0.7 s for 5,000 nodes and 25,000 edges, all in Cytoscape), so the
 * pictures took at most a quarter of the main thread; with the on the graph layer a
 * picture costs less, and the interval was kept.
 */
export function pictureIntervalMs(elements: number): number {
  return Math.max(1000, Math.round(elements / 10));
}

/** Nodes of a large graph moved per task (see applyPositions). */
export const MOVES_PER_TASK = 1000;
let moveGeneration = 0;

/**
 * Moves the drawn nodes to `positions` (graph.nodes() order). A small graph moves at
 * once (returns null). A large one (on the graph layer) moves MOVES_PER_TASK nodes per
 * task, each part's bounding boxes computed in its task when Cytoscape draws the nodes:
 * moving 5,000 nodes at once left all their boxes to the next redraw, a 250–330 ms task. The promise resolves when
 * every part is in, or when a newer call has taken over.
 */
function applyPositions(graph: SimpleGraph, positions: ArrayLike<number>): Promise<void> | null {
  const cy = getCy();
  if (cy === null) return null;
  const mine = ++moveGeneration;
  const keys = graph.nodes();
  const moveRange = (start: number, end: number) => {
    const moved: NodeSingular[] = [];
    cy.batch(() => {
      for (let i = start; i < end; i++) {
        const node = cy.getElementById(nodeElementId(keys[i]));
        if (node.empty()) continue;
        node.position({ x: positions[2 * i], y: positions[2 * i + 1] });
        moved.push(node as NodeSingular);
      }
    });
    return moved;
  };
  const layer = graphLayerOf(cy);
  if (layer === undefined) {
    moveRange(0, keys.length);
    return null;
  }
  // The layer draws the picture once, when every part is in.
  const release = layer.hold();
  return (async () => {
    try {
      for (let start = 0; start < keys.length; start += MOVES_PER_TASK) {
        if (start > 0) await nextTask();
        if (mine !== moveGeneration || getCy() !== cy) return;
        const moved = moveRange(start, Math.min(keys.length, start + MOVES_PER_TASK));
        // Boxes only for a Cytoscape that draws the nodes (WebGL); the layer needs none.
        if (layer.cytoscapeDraws) for (const node of moved) node.boundingBox();
      }
    } finally {
      release();
    }
  })();
}

/** Moves the nodes (applyPositions), then calls `then`: at once when the move was. */
function moveThen(graph: SimpleGraph, positions: ArrayLike<number>, then: () => void): void {
  const moving = applyPositions(graph, positions);
  if (moving === null) then();
  else void moving.then(then);
}

/**
 * Draws intermediate pictures at most every `intervalMs` (the latest one wins), once
 * `start()` says the graph is drawn; `finish()` draws the finished one instead of what
 * is pending, `cancel()` drops what is pending.
 */
export function throttledPictures(graph: SimpleGraph, intervalMs: number) {
  let latest: Float64Array | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastDrawn = 0;
  let live = false;
  let over = false;
  let final: [Float64Array, () => void] | null = null;
  const flush = () => {
    timer = null;
    if (over || !live || latest === null) return;
    void applyPositions(graph, latest);
    latest = null;
    lastDrawn = performance.now();
  };
  const schedule = () => {
    if (timer !== null || over || !live || latest === null) return;
    timer = setTimeout(flush, Math.max(0, lastDrawn + intervalMs - performance.now()));
  };
  return {
    picture(positions: Float64Array) {
      latest = positions;
      schedule();
    },
    start() {
      live = true;
      lastDrawn = performance.now();
      if (final !== null) {
        const [positions, then] = final;
        over = true;
        moveThen(graph, positions, then);
      } else schedule();
    },
    /** The finished picture: drawn now (or once the graph is drawn), then `then`. */
    finish(positions: Float64Array, then: () => void) {
      if (timer !== null) clearTimeout(timer);
      if (!live) {
        final = [positions, then];
        return;
      }
      over = true;
      moveThen(graph, positions, then);
    },
    cancel() {
      over = true;
      if (timer !== null) clearTimeout(timer);
    },
  };
}
