/**
 * View filters: which part of the shown simple graph is drawn. Tie-level filters (fiscal
 * years, collaboration types) act earlier, on the dataset's ties, through deriveGraph's
 * TieFilter (src/graph/tieFilter.ts); everything here acts on the simple graph.
 *
 * The filters are applied in this fixed order, each on the result of the one before:
 * 1. node attributes: sectors, node types (`type`, else `kind`: e.g. university,
 *    company, person), communities (from the metrics; nodes without one are dropped when
 *    a community filter is set);
 * 2. ties: merged tie weight >= minWeight;
 * 3. minDegree: one pass dropping nodes with fewer than minDegree neighbours (not
 *    repeated; the repeated version is the k-core);
 * 4. kCore: the k-core, the maximal subgraph in which every node has degree >= k
 *    (Seidman 1983, Social Networks 5(3):269–287, doi:10.1016/0378-8733(83)90028-X),
 *    found by repeatedly removing nodes of degree < k (Batagelj & Zaversnik 2003,
 *    arXiv:cs/0310049); same as networkx.k_core;
 * 5. largestComponentOnly: the connected component with most nodes (ties: the one whose
 *    first node comes first in graph order);
 * 6. hideIsolates: nodes left without ties are dropped.
 * Absent fields do not restrict. The input graph is never changed: the result is a new
 * graph with the kept nodes and ties (attributes shared, not copied), or the input
 * itself when no view filter is active.
 */
import type { Sector, SimpleGraph, SimpleNodeAttributes } from '../model/index.ts';

export interface ViewFilters {
  /** Sectors to keep (undefined: all). */
  sectors?: readonly Sector[];
  /** Node types to keep, as given by nodeTypeOf (undefined: all). */
  nodeTypes?: readonly string[];
  /** Community numbers to keep (undefined: all); needs the community column. */
  communities?: readonly number[];
  /** Ties of lower merged weight are dropped. */
  minWeight?: number;
  /** Nodes with fewer neighbours are dropped (one pass). */
  minDegree?: number;
  /** Keep the k-core. */
  kCore?: number;
  largestComponentOnly?: boolean;
  hideIsolates?: boolean;
}

/** The type a node is filtered and coloured by: its `type` attribute, else its kind. */
export function nodeTypeOf(attributes: SimpleNodeAttributes): string {
  return attributes.type !== undefined && attributes.type !== ''
    ? attributes.type
    : attributes.kind;
}

/** Whether any view filter restricts the graph. */
export function hasViewFilters(filters: ViewFilters): boolean {
  return (
    filters.sectors !== undefined ||
    filters.nodeTypes !== undefined ||
    filters.communities !== undefined ||
    (filters.minWeight !== undefined && filters.minWeight > 0) ||
    (filters.minDegree !== undefined && filters.minDegree > 0) ||
    (filters.kCore !== undefined && filters.kCore > 0) ||
    filters.largestComponentOnly === true ||
    filters.hideIsolates === true
  );
}

/** Adjacency of a node subset over the kept ties, as sets of node keys. */
type Adjacency = Map<string, Set<string>>;

function adjacencyOf(graph: SimpleGraph, keep: Set<string>, minWeight: number): Adjacency {
  const adjacency: Adjacency = new Map();
  for (const key of keep) adjacency.set(key, new Set());
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (attributes.weight < minWeight || source === target) return;
    const a = adjacency.get(source);
    const b = adjacency.get(target);
    if (a === undefined || b === undefined) return;
    a.add(target);
    b.add(source);
  });
  return adjacency;
}

function dropNode(adjacency: Adjacency, key: string): void {
  for (const other of adjacency.get(key) ?? []) adjacency.get(other)?.delete(key);
  adjacency.delete(key);
}

/** Repeatedly removes nodes of degree < k (Batagelj–Zaversnik peeling, queue-based). */
function peelToCore(adjacency: Adjacency, k: number): void {
  const queue: string[] = [];
  for (const [key, neighbours] of adjacency) if (neighbours.size < k) queue.push(key);
  const queued = new Set(queue);
  while (queue.length > 0) {
    const key = queue.pop()!;
    const neighbours = adjacency.get(key);
    if (neighbours === undefined) continue;
    for (const other of neighbours) {
      const theirs = adjacency.get(other)!;
      theirs.delete(key);
      if (theirs.size < k && !queued.has(other)) {
        queued.add(other);
        queue.push(other);
      }
    }
    adjacency.delete(key);
  }
}

/** Keys of the largest connected component (first in graph order on ties). */
function largestComponent(adjacency: Adjacency, order: readonly string[]): Set<string> {
  const seen = new Set<string>();
  let best: string[] = [];
  for (const start of order) {
    if (!adjacency.has(start) || seen.has(start)) continue;
    const component = [start];
    seen.add(start);
    for (let i = 0; i < component.length; i++) {
      for (const other of adjacency.get(component[i])!) {
        if (!seen.has(other)) {
          seen.add(other);
          component.push(other);
        }
      }
    }
    if (component.length > best.length) best = component;
  }
  return new Set(best);
}

/**
 * The part of `graph` that the filters keep. `communityOf` gives a node's community
 * number (from the metrics); without it a community filter keeps nothing.
 */
export function applyViewFilters(
  graph: SimpleGraph,
  filters: ViewFilters,
  communityOf?: (key: string) => number | undefined,
): SimpleGraph {
  if (!hasViewFilters(filters)) return graph;
  const sectors = filters.sectors === undefined ? null : new Set<string>(filters.sectors);
  const types = filters.nodeTypes === undefined ? null : new Set(filters.nodeTypes);
  const communities = filters.communities === undefined ? null : new Set(filters.communities);
  const order: string[] = [];
  const keep = new Set<string>();
  graph.forEachNode((key, attributes) => {
    order.push(key);
    if (sectors !== null && !sectors.has(attributes.sector)) return;
    if (types !== null && !types.has(nodeTypeOf(attributes))) return;
    if (communities !== null) {
      const community = communityOf?.(key);
      if (community === undefined || !communities.has(community)) return;
    }
    keep.add(key);
  });
  const minWeight = filters.minWeight ?? 0;
  const adjacency = adjacencyOf(graph, keep, minWeight);

  const minDegree = filters.minDegree ?? 0;
  if (minDegree > 0) {
    const low = [...adjacency].filter(([, n]) => n.size < minDegree).map(([key]) => key);
    for (const key of low) dropNode(adjacency, key);
  }
  if (filters.kCore !== undefined && filters.kCore > 0) peelToCore(adjacency, filters.kCore);
  if (filters.largestComponentOnly === true) {
    const component = largestComponent(adjacency, order);
    for (const key of [...adjacency.keys()]) if (!component.has(key)) dropNode(adjacency, key);
  }
  if (filters.hideIsolates === true) {
    for (const [key, neighbours] of [...adjacency])
      if (neighbours.size === 0) adjacency.delete(key);
  }

  const out = graph.nullCopy();
  for (const key of order) if (adjacency.has(key)) out.addNode(key, graph.getNodeAttributes(key));
  graph.forEachEdge((edge, attributes, source, target) => {
    if (attributes.weight < minWeight) return;
    if (adjacency.get(source)?.has(target) === true)
      out.addEdgeWithKey(edge, source, target, attributes);
  });
  return out;
}
