/**
 * deriveGraph (src/graph/levels.ts) with the last results kept per dataset, so a graph
 * derived ahead of showing it is not derived again in the render that shows it: the
 * import derives a new region's graph in a task of its own before selecting it (75 ms of
 * a 250–300 ms task for 5,000 nodes / 25,000 ties otherwise), and going back to a level
 * or filter just left costs nothing. Derived graphs are never changed in place (view
 * filters and deletions copy), so one object can be handed out twice.
 */
import { deriveGraph } from '../graph/levels.ts';
import type { Dataset, Level, SimpleGraph, TieFilter } from '../model/index.ts';
import { tieFilterOf, type FilterSettings } from '../store/filterSlice.ts';

/** Graphs kept per dataset (a large graph is tens of MB). */
const KEPT = 2;

const kept = new WeakMap<Dataset, Map<string, SimpleGraph>>();

export function derivedGraph(dataset: Dataset, level: Level, filter?: TieFilter): SimpleGraph {
  const key = `${level}|${JSON.stringify(filter ?? null)}`;
  let graphs = kept.get(dataset);
  if (graphs === undefined) kept.set(dataset, (graphs = new Map()));
  const known = graphs.get(key);
  if (known !== undefined) return known;
  const graph = deriveGraph(dataset, level, filter);
  graphs.set(key, graph);
  while (graphs.size > KEPT) graphs.delete(graphs.keys().next().value as string);
  return graph;
}

/**
 * The graph the canvas shows for `dataset` at this level and these filters, before view
 * filters and deletions: what useShownGraph shows and what the import derives ahead.
 */
export function levelGraph(
  dataset: Dataset,
  { level, filters }: { level: Level; filters: FilterSettings },
): SimpleGraph {
  return derivedGraph(dataset, level, tieFilterOf(filters));
}
