/**
 * Ids named like Object.prototype members must behave as ordinary ids in graphology once
 * src/io/graphologyPatch.ts is installed. Reference: the same graph built with
 * every id prefixed by "id:" (which no prototype member matches), mapped back.
 */
import { describe, expect, it } from 'vitest';
import '../../../src/io/graphologyPatch.ts';
import Graph from 'graphology';
import type { GraphOptions } from 'graphology-types';

const SPECIAL_IDS = [
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupSetter__',
];
const IDS = ['a', ...SPECIAL_IDS, 'b'];
/** Pairs of a ring plus chords, in both orientations, so every id is source and target. */
const PAIRS: [string, string][] = IDS.flatMap((id, i) => [
  [id, IDS[(i + 1) % IDS.length]] as [string, string],
  [IDS[(i + 3) % IDS.length], id] as [string, string],
]);

function build(options: GraphOptions, prefix: string): Graph {
  const graph = new Graph(options);
  for (const id of IDS) graph.addNode(prefix + id, { label: id });
  for (const [s, t] of PAIRS) graph.addEdge(prefix + s, prefix + t);
  return graph;
}

/** A structural summary, with the prefix stripped, to compare the two graphs. */
function summary(graph: Graph, prefix: string) {
  const strip = (id: string) => id.slice(prefix.length);
  return {
    order: graph.order,
    size: graph.size,
    nodes: graph.nodes().map(strip),
    neighbours: IDS.map((id) =>
      graph
        .neighbors(prefix + id)
        .map(strip)
        .sort(),
    ),
    degrees: IDS.map((id) => graph.degree(prefix + id)),
    has: IDS.map((s) => IDS.map((t) => graph.hasEdge(prefix + s, prefix + t))),
    hasDirected: IDS.map((s) => IDS.map((t) => graph.hasDirectedEdge(prefix + s, prefix + t))),
    hasUndirected: IDS.map((s) => IDS.map((t) => graph.hasUndirectedEdge(prefix + s, prefix + t))),
    edgesBetween: IDS.map((s) => IDS.map((t) => graph.edges(prefix + s, prefix + t).length)),
    areNeighbours: IDS.map((s) => IDS.map((t) => graph.areNeighbors(prefix + s, prefix + t))),
  };
}

const OPTIONS: [string, GraphOptions][] = [
  ['undirected simple', { type: 'undirected', multi: false }],
  ['directed simple', { type: 'directed', multi: false }],
  ['mixed simple', { type: 'mixed', multi: false }],
  ['undirected multi', { type: 'undirected', multi: true }],
  ['mixed multi', { type: 'mixed', multi: true }],
];

describe('prototype-safe graphology', () => {
  it.each(OPTIONS)('%s graph: special ids behave like prefixed ids', (_name, options) => {
    const special = build(options, '');
    const reference = build(options, 'id:');
    expect(summary(special, '')).toEqual(summary(reference, 'id:'));
  });

  it.each(OPTIONS)(
    '%s graph: copy, export/import and dropNode keep the structure',
    (_name, options) => {
      const special = build(options, '');
      const reference = build(options, 'id:');
      const copied = new Graph(options);
      copied.import(special.export());
      expect(summary(copied, '')).toEqual(summary(reference, 'id:'));
      expect(summary(special.copy(), '')).toEqual(summary(reference, 'id:'));
      special.dropNode('__proto__');
      reference.dropNode('id:__proto__');
      expect(special.size).toBe(reference.size);
      expect(special.neighbors('a').sort()).toEqual(
        reference
          .neighbors('id:a')
          .map((id) => id.slice(3))
          .sort(),
      );
    },
  );

  it('the edge of a simple graph between special ids is found, and absent pairs give undefined', () => {
    const graph = new Graph({ type: 'undirected' });
    graph.addNode('toString');
    graph.addNode('__proto__');
    graph.addNode('x');
    graph.addEdgeWithKey('e', 'x', 'toString');
    expect(graph.edge('toString', 'x')).toBe('e');
    expect(graph.edge('x', '__proto__')).toBeUndefined();
    expect(graph.hasEdge('x', '__proto__')).toBe(false);
    expect(graph.hasEdge('e')).toBe(true);
  });
});
