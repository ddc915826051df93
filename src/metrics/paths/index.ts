/**
 * Shortest-path metrics from one pass per source: betweenness, closeness, harmonic
 * centrality, eccentricity, and the diameter and average path length of the largest
 * component, all exactly as networkx 3.x computes them (see finalize.ts for the formulas
 * and docs/metrics/paths.md for the conventions).
 *
 * Unweighted: breadth-first search (bfs.ts). Weighted: Dijkstra over distance = 1/weight
 * (dijkstra.ts). Both do Brandes' accumulation in the same pass. O(n·m) unweighted,
 * O(n·m·log n) weighted; buffers allocated once. This single-thread entry is pure (no Node
 * or DOM APIs); src/workers/pathsPool.node.ts and pathsPool.web.ts split the sources over
 * threads with accumulatePaths and merge with finalizePaths.
 */
import type { Csr } from '../csr.ts';
import { CancelledError } from '../types.ts';
import type { ProgressFn } from '../types.ts';
import { accumulatePaths } from './accumulate.ts';
import { finalizePaths } from './finalize.ts';
import type { PathMetrics } from './finalize.ts';
import { createPathPartial, createPathWorkspace } from './workspace.ts';

export { accumulatePaths } from './accumulate.ts';
export type { SourceRange } from './accumulate.ts';
export { finalizePaths } from './finalize.ts';
export type { PathMetrics } from './finalize.ts';
export { createPathPartial, createPathWorkspace, mergePathPartials } from './workspace.ts';
export type { PathPartial, PathWorkspace } from './workspace.ts';

export interface PathOptions {
  /** true: distance = 1 / weight (Dijkstra); false (default): hop counts (BFS). */
  weighted: boolean;
}

export interface PathHooks {
  /** Called about every 1 % of sources with the fraction done. */
  onProgress?: ProgressFn;
  /** Checked between chunks of at most 256 sources; abort → CancelledError. */
  signal?: AbortSignal;
}

export const PATHS_STEP = 'shortest paths';

/** Sources per progress/cancellation check: ~1 % of n, at most 256. */
export function pathChunkSize(n: number): number {
  return Math.max(1, Math.min(256, Math.ceil(n / 100)));
}

export function computePathMetrics(
  csr: Csr,
  options: PathOptions = { weighted: false },
  hooks: PathHooks = {},
): PathMetrics {
  const { onProgress, signal } = hooks;
  const workspace = createPathWorkspace(csr, options.weighted);
  const partial = createPathPartial(csr.n);
  const chunk = pathChunkSize(csr.n);
  for (let from = 0; from < csr.n; from += chunk) {
    if (signal?.aborted) throw new CancelledError();
    const to = Math.min(csr.n, from + chunk);
    accumulatePaths(csr, { weighted: options.weighted, from, to }, workspace, partial);
    onProgress?.(to / csr.n, PATHS_STEP);
  }
  if (signal?.aborted) throw new CancelledError();
  return finalizePaths(csr, [partial]);
}
