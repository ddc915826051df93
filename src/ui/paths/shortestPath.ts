/**
 * Shortest path and ego network on the shown simple graph, by breadth-first search
 * (unweighted: every tie is one step, as networkx shortest_path / ego_graph with their
 * default unweighted distance). Run from event handlers and effects, never during render.
 *
 * - shortestPath(graph, s, t): one shortest path as the node list s … t (the one BFS
 *   reaches first, neighbours in graph order), [s] when s = t, null when t cannot be
 *   reached or either node is missing. Its length in steps is path.length − 1.
 * - egoNetwork(graph, v, radius): every node at most `radius` steps from v, v included
 *   (networkx ego_graph(G, v, radius).nodes()).
 */
import type { AbstractGraph } from 'graphology-types';

type AnyGraph = Pick<AbstractGraph, 'hasNode' | 'forEachNeighbor'>;

export function shortestPath(graph: AnyGraph, source: string, target: string): string[] | null {
  if (!graph.hasNode(source) || !graph.hasNode(target)) return null;
  if (source === target) return [source];
  const parent = new Map<string, string>([[source, source]]);
  let frontier = [source];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const node of frontier) {
      let found = false;
      graph.forEachNeighbor(node, (neighbour) => {
        if (found || parent.has(neighbour)) return;
        parent.set(neighbour, node);
        if (neighbour === target) found = true;
        else next.push(neighbour);
      });
      if (found) {
        const path = [target];
        for (let at = node; at !== source; at = parent.get(at) as string) path.push(at);
        path.push(source);
        return path.reverse();
      }
    }
    frontier = next;
  }
  return null;
}

export function egoNetwork(graph: AnyGraph, center: string, radius: number): string[] {
  if (!graph.hasNode(center)) return [];
  const seen = new Set([center]);
  let frontier = [center];
  for (let step = 0; step < radius && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (neighbour) => {
        if (seen.has(neighbour)) return;
        seen.add(neighbour);
        next.push(neighbour);
      });
    }
    frontier = next;
  }
  return [...seen];
}
