/**
 * Node positions kept per view (region + level), so a filter change redraws the kept
 * nodes where they were. Positions are what Cytoscape drew (the one thing read back from
 * it). Plain module state outside the store: positions are not part of undo/redo or the
 * saved workspace here.
 */
import type { SimpleGraph } from '../../model/index.ts';

export type Point = { x: number; y: number };

const cache = new Map<string, Map<string, Point>>();

export function viewKey(regionId: string, level: string): string {
  return JSON.stringify([regionId, level]);
}

/** Adds (overwrites) positions of a view. */
export function rememberPositions(key: string, positions: ReadonlyMap<string, Point>): void {
  let kept = cache.get(key);
  if (kept === undefined) cache.set(key, (kept = new Map()));
  for (const [node, point] of positions)
    if (Number.isFinite(point.x) && Number.isFinite(point.y)) kept.set(node, { ...point });
}

export function forgetPositions(key?: string): void {
  if (key === undefined) cache.clear();
  else cache.delete(key);
}

export interface StartPositions {
  /** [x0, y0, …] in graph.nodes() order; NaN where the node has no kept place. */
  positions: Float64Array;
  known: number;
}

/** Kept positions of the graph's nodes in graph order (null when none is kept). */
export function keptPositions(key: string, graph: SimpleGraph): StartPositions | null {
  const kept = cache.get(key);
  if (kept === undefined || kept.size === 0) return null;
  const positions = new Float64Array(graph.order * 2).fill(Number.NaN);
  let known = 0;
  graph.nodes().forEach((node, i) => {
    const point = kept.get(node);
    if (point === undefined) return;
    positions[2 * i] = point.x;
    positions[2 * i + 1] = point.y;
    known += 1;
  });
  return known === 0 ? null : { positions, known };
}
