/**
 * Levels: the simple undirected graph that metrics and views use, derived from the
 * dataset multigraph.
 *
 * Cluster datasets (format 'cluster') have three levels:
 * - `people`: every person node; the collaboration ties whose both ends are people.
 * - `organizations`: every organization node; every collaboration tie is lifted to the
 *   organizations of its ends: person–person → org(a)–org(b), person–organization →
 *   org(person)–organization, organization–organization unchanged. A person's
 *   organization is the `organization` attribute when it names an organization node.
 *   Ties with an end that is a person without a known organization are dropped
 *   (`droppedTies`); ties whose ends fall in one organization vanish
 *   (`intraOrganizationTies`), since a simple graph has no self-loops.
 * - `all`: every node; every collaboration tie plus the `affiliation` edges of the
 *   dataset (person → organization, written by the importer), which get type
 *   'affiliation'.
 * Other formats (generic, GEXF, GraphML) have no people/organizations distinction: the
 * level is ignored and all nodes and all ties are kept.
 *
 * Conventions:
 * - Parallel ties are merged into one edge: weight = Σ weights of the underlying ties
 *   (a weight that is not a positive finite number counts as 1, as in src/metrics/csr.ts),
 *   count = number of ties, types = distinct non-empty types sorted, years = distinct
 *   years ascending. Self-loops are dropped.
 * - The filter applies to collaboration ties before aggregation: `years` is an inclusive
 *   range, undated ties are kept unless `keepUndated === false`; `types` keeps the listed
 *   collaboration types. Affiliation edges are structure, not events: they are filtered
 *   neither by type nor by year.
 * - Every node of the level is kept even when it loses all its ties: isolates are part of
 *   the network; hiding them is a view filter.
 * - Direction is ignored (the source's direction is recorded on the Dataset).
 * - Nodes come in dataset order; edges in order of their first underlying tie, with
 *   deterministic keys `e0`, `e1`, …; each edge's source is the smaller id.
 *
 * Ids such as `__proto__` or `toString` are ordinary ids: src/io/graphologyPatch.ts
 * makes graphology's neighbour indices prototype-free (imported here for its side effect).
 *
 * Performance: ties are aggregated in a Map keyed `${a}\u0000${b}` (a < b), and each
 * merged edge is added once with an explicit key, avoiding graphology's key generation
 * and per-tie attribute updates.
 */
import { UndirectedGraph } from 'graphology';
import type {
  Dataset,
  DatasetGraph,
  EdgeAttributes,
  Level,
  NodeAttributes,
  NodeId,
  SimpleEdgeAttributes,
  SimpleGraph,
  SimpleNodeAttributes,
  TieFilter,
} from '../model/index.ts';
import { compileTieFilter } from './tieFilter.ts';
// Side effect: node ids like `__proto__` must be ordinary keys in graphology (one patch, owned by io).
import '../io/graphologyPatch.ts';

/** The derived graph and what the derivation left out, so the UI can say so. */
export interface DerivedGraph {
  graph: SimpleGraph;
  /** Organizations level: ties dropped because an end is a person without a known organization. */
  droppedTies: number;
  /** Organizations level: ties whose ends lie in the same organization (no self-loops). */
  intraOrganizationTies: number;
  /** Collaboration ties removed by the year/type filter. */
  filteredTies: number;
  /** Ties from a node to itself (any level), dropped. */
  selfLoops: number;
}

/** The simple graph of `level` (ignored for non-cluster datasets) under `filter`. */
export function deriveGraph(dataset: Dataset, level: Level, filter?: TieFilter): SimpleGraph {
  return deriveGraphWithStats(dataset, level, filter).graph;
}

interface MergedTie {
  source: NodeId;
  target: NodeId;
  weight: number;
  count: number;
  types: string[];
  years: number[];
}

export function deriveGraphWithStats(
  dataset: Dataset,
  level: Level,
  filter?: TieFilter,
): DerivedGraph {
  const data = dataset.graph;
  const effectiveLevel: Level | 'generic' = dataset.format === 'cluster' ? level : 'generic';
  const keepTie = compileTieFilter(filter);

  const graph: SimpleGraph = new UndirectedGraph<SimpleNodeAttributes, SimpleEdgeAttributes>({
    allowSelfLoops: false,
  });
  data.forEachNode((id, attributes) => {
    if (nodeInLevel(attributes, effectiveLevel)) graph.addNode(id, copyNode(attributes));
  });

  const organizationOf = effectiveLevel === 'organizations' ? organizationMap(data) : null;
  const merged = new Map<string, MergedTie>();
  const stats = { droppedTies: 0, intraOrganizationTies: 0, filteredTies: 0, selfLoops: 0 };

  data.forEachEdge((_key, tie, source, target, sourceAttributes, targetAttributes) => {
    const isAffiliation = tie.kind === 'affiliation';
    if (isAffiliation && effectiveLevel !== 'all' && effectiveLevel !== 'generic') return;
    if (!isAffiliation && !keepTie(tie)) {
      stats.filteredTies++;
      return;
    }
    let a = source;
    let b = target;
    if (effectiveLevel === 'people') {
      if (sourceAttributes.kind !== 'person' || targetAttributes.kind !== 'person') return;
    } else if (organizationOf !== null) {
      const orgA = organizationOf.get(source);
      const orgB = organizationOf.get(target);
      if (orgA === undefined || orgB === undefined) {
        stats.droppedTies++;
        return;
      }
      if (orgA === orgB) {
        stats.intraOrganizationTies++;
        return;
      }
      a = orgA;
      b = orgB;
    }
    if (a === b) {
      stats.selfLoops++;
      return;
    }
    if (b < a) [a, b] = [b, a];
    const key = a + '\u0000' + b;
    const type = isAffiliation ? 'affiliation' : tie.type;
    const weight = isAffiliation ? 1 : positiveWeight(tie.weight);
    const existing = merged.get(key);
    if (existing === undefined) {
      merged.set(key, {
        source: a,
        target: b,
        weight,
        count: 1,
        types: type === '' ? [] : [type],
        years: tie.year === null ? [] : [tie.year],
      });
      return;
    }
    existing.weight += weight;
    existing.count++;
    if (type !== '' && !existing.types.includes(type)) existing.types.push(type);
    if (tie.year !== null && !existing.years.includes(tie.year)) existing.years.push(tie.year);
  });

  let index = 0;
  for (const tie of merged.values()) {
    if (tie.types.length > 1) tie.types.sort();
    if (tie.years.length > 1) tie.years.sort((x, y) => x - y);
    graph.addUndirectedEdgeWithKey('e' + index++, tie.source, tie.target, {
      weight: tie.weight,
      count: tie.count,
      types: tie.types,
      years: tie.years,
    });
  }
  return { graph, ...stats };
}

function nodeInLevel(attributes: NodeAttributes, level: Level | 'generic'): boolean {
  switch (level) {
    case 'people':
      return attributes.kind === 'person';
    case 'organizations':
      return attributes.kind === 'organization';
    case 'all':
    case 'generic':
      return true;
  }
}

/** Node id → organization id at the organizations level: organizations map to themselves. */
function organizationMap(data: DatasetGraph): Map<NodeId, NodeId> {
  const organizationOf = new Map<NodeId, NodeId>();
  data.forEachNode((id, attributes) => {
    if (attributes.kind === 'organization') organizationOf.set(id, id);
  });
  data.forEachNode((id, attributes) => {
    if (attributes.kind !== 'person' || attributes.organization === undefined) return;
    const organization = attributes.organization;
    if (
      data.hasNode(organization) &&
      data.getNodeAttribute(organization, 'kind') === 'organization'
    ) {
      organizationOf.set(id, organization);
    }
  });
  return organizationOf;
}

function copyNode(attributes: NodeAttributes): SimpleNodeAttributes {
  const node: SimpleNodeAttributes = {
    kind: attributes.kind,
    label: attributes.label,
    sector: attributes.sector,
    attributes: { ...attributes.attributes },
  };
  if (attributes.organization !== undefined) node.organization = attributes.organization;
  if (attributes.role !== undefined) node.role = attributes.role;
  if (attributes.type !== undefined) node.type = attributes.type;
  if (attributes.x !== undefined) node.x = attributes.x;
  if (attributes.y !== undefined) node.y = attributes.y;
  if (attributes.color !== undefined) node.color = attributes.color;
  if (attributes.size !== undefined) node.size = attributes.size;
  return node;
}

function positiveWeight(weight: EdgeAttributes['weight']): number {
  return Number.isFinite(weight) && weight > 0 ? weight : 1;
}
