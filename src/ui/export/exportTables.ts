/**
 * What the export menu writes, as pure functions of the shown simple graph (the view's
 * node positions and the metrics passed in):
 *  - nodes CSV: id, label, kind, sector, organization, role, type, then every attribute
 *    column of the input (in order of first appearance), x, y, then every node metric of
 *    NODE_METRICS when metrics were computed for this graph (undefined values empty);
 *  - edges CSV: source, target, their labels, weight (sum of merged ties), count, types
 *    and years (`;`-joined);
 *  - Cytoscape JSON as Cytoscape desktop opens it: `{ data, elements: { nodes: [{ data:
 *    { id, name, … }, position }], edges: [{ data: { id, source, target, … } }] } }`,
 *    ids being the graph's keys as strings.
 * CSV text goes through src/io/export/csv.ts (RFC 4180, formulas neutralised).
 */
import { toCsv, type CsvCell } from '../../io/export/csv.ts';
import type { MetricsResult } from '../../metrics/result.ts';
import { NODE_METRICS } from '../../metrics/types.ts';
import type { SimpleGraph } from '../../model/index.ts';

export type Positions = ReadonlyMap<string, { x: number; y: number }>;

const BASE_NODE_COLUMNS = [
  'id',
  'label',
  'kind',
  'sector',
  'organization',
  'role',
  'type',
] as const;

function attributeColumns(graph: SimpleGraph): string[] {
  const seen = new Set<string>();
  graph.forEachNode((_key, a) => {
    for (const column of Object.keys(a.attributes)) seen.add(column);
  });
  // An input column named like a base column is written under "<name> (attribute)".
  return [...seen];
}

/** Metric values by node key, when `metrics` was computed on this graph's nodes. */
function metricRows(graph: SimpleGraph, metrics: MetricsResult | null): Map<string, number> | null {
  if (metrics === null || metrics.ids.length !== graph.order) return null;
  const index = new Map<string, number>();
  metrics.ids.forEach((id, i) => index.set(id, i));
  return graph.everyNode((key) => index.has(key)) ? index : null;
}

export function nodesCsvRows(
  graph: SimpleGraph,
  positions: Positions,
  metrics: MetricsResult | null = null,
): CsvCell[][] {
  const attributes = attributeColumns(graph);
  const reserved = new Set<string>([...BASE_NODE_COLUMNS, 'x', 'y', ...NODE_METRICS]);
  const index = metricRows(graph, metrics);
  const header: CsvCell[] = [
    ...BASE_NODE_COLUMNS,
    ...attributes.map((c) => (reserved.has(c) ? `${c} (attribute)` : c)),
    'x',
    'y',
    ...(index ? NODE_METRICS : []),
  ];
  const rows: CsvCell[][] = [header];
  graph.forEachNode((key, a) => {
    const position = positions.get(key);
    const row: CsvCell[] = [
      key,
      a.label,
      a.kind,
      a.sector,
      a.organization ?? null,
      a.role ?? null,
      a.type ?? null,
      ...attributes.map((c) => (c in a.attributes ? a.attributes[c] : null)),
      position?.x ?? a.x ?? null,
      position?.y ?? a.y ?? null,
    ];
    if (index && metrics) {
      const i = index.get(key) as number;
      for (const metric of NODE_METRICS) row.push(metrics.nodes[metric][i]);
    }
    rows.push(row);
  });
  return rows;
}

export function edgesCsvRows(graph: SimpleGraph): CsvCell[][] {
  const rows: CsvCell[][] = [
    ['source', 'target', 'source_label', 'target_label', 'weight', 'count', 'types', 'years'],
  ];
  graph.forEachEdge((_key, a, source, target, sa, ta) => {
    rows.push([
      source,
      target,
      sa.label,
      ta.label,
      a.weight,
      a.count,
      a.types.join(';'),
      a.years.join(';'),
    ]);
  });
  return rows;
}

export const nodesCsv = (
  graph: SimpleGraph,
  positions: Positions,
  metrics: MetricsResult | null = null,
) => toCsv(nodesCsvRows(graph, positions, metrics));
export const edgesCsv = (graph: SimpleGraph) => toCsv(edgesCsvRows(graph));

type JsonValue = string | number | boolean | null | JsonValue[];

export interface CytoscapeDocument {
  format_version: '1.0';
  generated_by: string;
  target_cytoscapejs_version: string;
  data: { name: string };
  elements: {
    nodes: { data: Record<string, JsonValue>; position?: { x: number; y: number } }[];
    edges: { data: Record<string, JsonValue> }[];
  };
}

export function cytoscapeJson(
  graph: SimpleGraph,
  positions: Positions,
  name: string,
  metrics: MetricsResult | null = null,
): CytoscapeDocument {
  const index = metricRows(graph, metrics);
  const nodes: CytoscapeDocument['elements']['nodes'] = [];
  graph.forEachNode((key, a) => {
    // Prototype-less, so an input column called `__proto__` stays an ordinary field.
    const data = Object.create(null) as Record<string, JsonValue>;
    for (const [column, value] of Object.entries(a.attributes)) data[column] = value;
    Object.assign(data, {
      id: String(key),
      name: a.label,
      label: a.label,
      kind: a.kind,
      sector: a.sector,
    });
    if (a.organization !== undefined) data.organization = a.organization;
    if (a.role !== undefined) data.role = a.role;
    if (a.type !== undefined) data.type = a.type;
    if (index && metrics) {
      const i = index.get(key) as number;
      for (const metric of NODE_METRICS) {
        const v = metrics.nodes[metric][i];
        data[metric] = Number.isFinite(v) ? v : null;
      }
    }
    const position =
      positions.get(key) ??
      (a.x !== undefined && a.y !== undefined ? { x: a.x, y: a.y } : undefined);
    nodes.push(position ? { data, position: { x: position.x, y: position.y } } : { data });
  });
  const edges: CytoscapeDocument['elements']['edges'] = [];
  graph.forEachEdge((key, a, source, target) => {
    edges.push({
      data: {
        id: String(key),
        source: String(source),
        target: String(target),
        weight: a.weight,
        count: a.count,
        types: a.types.join(';'),
        years: a.years.join(';'),
      },
    });
  });
  return {
    format_version: '1.0',
    generated_by: 'Cluster Network Workbench',
    target_cytoscapejs_version: '~3.30',
    data: { name },
    elements: { nodes, edges },
  };
}

/** A copy of the graph with the view's positions as x/y (for GEXF/GraphML). */
export function graphWithPositions(graph: SimpleGraph, positions: Positions): SimpleGraph {
  const copy = graph.copy();
  copy.updateEachNodeAttributes((key, a) => {
    const position = positions.get(key);
    return position ? { ...a, x: position.x, y: position.y } : a;
  });
  return copy;
}
