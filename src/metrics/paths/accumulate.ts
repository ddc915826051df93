/**
 * Run the single-source passes for the sources from ≤ s < to and add their contributions
 * into a partial. Ranges are independent: any split of 0..n into disjoint ranges, each
 * accumulated anywhere (another worker, another time) and merged, gives the same partial.
 */
import type { Csr } from '../csr.ts';
import { bfsSource } from './bfs.ts';
import { dijkstraSource } from './dijkstra.ts';
import { createPathPartial, createPathWorkspace } from './workspace.ts';
import type { PathPartial, PathWorkspace } from './workspace.ts';

export interface SourceRange {
  /** true: Dijkstra with distance = 1 / weight; false: breadth-first hop counts. */
  weighted: boolean;
  /** First source (inclusive). */
  from: number;
  /** Last source (exclusive). */
  to: number;
}

export function accumulatePaths(
  csr: Csr,
  range: SourceRange,
  workspace: PathWorkspace = createPathWorkspace(csr, range.weighted),
  into: PathPartial = createPathPartial(csr.n),
): PathPartial {
  const { weighted, from, to } = range;
  if (!(from >= 0 && to <= csr.n && from <= to)) {
    throw new Error(`accumulatePaths: source range [${from}, ${to}) is outside 0..${csr.n}`);
  }
  if (workspace.weighted !== weighted || workspace.n !== csr.n) {
    throw new Error('accumulatePaths: workspace was made for another graph or weighting');
  }
  if (weighted) {
    for (let s = from; s < to; s++) dijkstraSource(csr, s, workspace, into);
  } else {
    for (let s = from; s < to; s++) bfsSource(csr, s, workspace, into);
  }
  return into;
}
