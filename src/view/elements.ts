/**
 * Cytoscape elements from a simple graph: a pure function, so the view never becomes a
 * second source of truth (Cytoscape is derived from graphology and never read back,
 * except positions).
 *
 * Conventions:
 * - Element ids are `n:<node key>` and `e:<edge key>`, so a node and an edge may share
 *   a key (Cytoscape ids are one namespace); `data.key` keeps the graph's key.
 * - `degree` is the number of distinct neighbours in the simple graph (merged ties count
 *   once); `strength` is the sum of merged tie weights.
 * - The `hub` class marks the HUB_COUNT nodes of highest degree (ties broken by graph
 *   order), whose labels are drawn; other labels appear on selection only.
 * - Positions are read from `positions` (x0, y0, x1, y1, … in graph.nodes() order) when
 *   given, else from the node's x/y attributes, else (0, 0).
 * - An ElementLook (the appearance mapping, src/ui/appearance/look.ts) puts its data
 *   fields (`colour`, `size`, `edgeColour`, `edgeWidth`) and the `labelled` class on the
 *   elements at creation, in place of `hub`: each of 30,000 elements is then styled once,
 *   instead of once when added and again when the look is set on it.
 */
import type { ElementDefinition } from 'cytoscape';
import type { SimpleGraph } from '../model/index.ts';

export const HUB_COUNT = 8;

export interface ElementStats {
  nodes: number;
  edges: number;
  maxDegree: number;
  maxWeight: number;
  minWeight: number;
}

/** One node's appearance data. */
export interface NodeLook {
  colour: string;
  size: number;
  labelled: boolean;
}

/** One tie's appearance data (colour null: the stylesheet's). */
export interface EdgeLook {
  colour: string | null;
  width: number;
}

/** Per node and per edge (by graph key) the appearance data fields. */
export interface ElementLook {
  nodes: ReadonlyMap<string, NodeLook>;
  edges: ReadonlyMap<string, EdgeLook>;
}

/** Node diameters are stored rounded to 1/100 px (no visible change, stable data). */
export const roundSize = (size: number): number => Math.round(size * 100) / 100;

export interface GraphElements {
  elements: ElementDefinition[];
  stats: ElementStats;
}

export const nodeElementId = (key: string): string => 'n:' + key;
export const edgeElementId = (key: string): string => 'e:' + key;

export function buildElements(
  graph: SimpleGraph,
  positions?: ArrayLike<number> | null,
  look?: ElementLook | null,
): GraphElements {
  const keys = graph.nodes();
  const degrees = keys.map((key) => graph.degree(key));
  const hubs = new Set(
    (look ? [] : keys)
      .map((key, index) => ({ key, index, degree: degrees[index] }))
      .filter((entry) => entry.degree > 0)
      .sort((a, b) => b.degree - a.degree || a.index - b.index)
      .slice(0, HUB_COUNT)
      .map((entry) => entry.key),
  );
  const elements: ElementDefinition[] = [];
  let maxDegree = 0;
  keys.forEach((key, index) => {
    const attributes = graph.getNodeAttributes(key);
    let strength = 0;
    graph.forEachEdge(key, (_edge, edgeAttributes) => {
      strength += edgeAttributes.weight;
    });
    maxDegree = Math.max(maxDegree, degrees[index]);
    const x = positions ? positions[2 * index] : (attributes.x ?? 0);
    const y = positions ? positions[2 * index + 1] : (attributes.y ?? 0);
    const looks = look?.nodes.get(key);
    elements.push({
      group: 'nodes',
      data: {
        id: nodeElementId(key),
        key,
        label: attributes.label || key,
        sector: attributes.sector,
        kind: attributes.kind,
        degree: degrees[index],
        strength,
        ...(looks && { colour: looks.colour, size: roundSize(looks.size) }),
      },
      position: { x, y },
      classes: looks
        ? looks.labelled
          ? 'labelled'
          : undefined
        : hubs.has(key)
          ? 'hub'
          : undefined,
    });
  });
  let maxWeight = 0;
  let minWeight = Infinity;
  graph.forEachEdge((key, attributes, source, target) => {
    maxWeight = Math.max(maxWeight, attributes.weight);
    minWeight = Math.min(minWeight, attributes.weight);
    const looks = look?.edges.get(key);
    elements.push({
      group: 'edges',
      data: {
        id: edgeElementId(key),
        key,
        source: nodeElementId(source),
        target: nodeElementId(target),
        weight: attributes.weight,
        count: attributes.count,
        ...(looks && { edgeWidth: looks.width }),
        ...(looks?.colour != null && { edgeColour: looks.colour }),
      },
    });
  });
  return {
    elements,
    stats: {
      nodes: graph.order,
      edges: graph.size,
      maxDegree,
      maxWeight,
      minWeight: Number.isFinite(minWeight) ? minWeight : 0,
    },
  };
}
