import { describe, expect, it } from 'vitest';
import { deriveGraph, deriveGraphWithStats } from '../../../src/graph/levels.ts';
import type { SimpleGraph } from '../../../src/model/index.ts';
import { DatasetBuilder } from './buildDataset.ts';

/** The merged edge between a and b as plain data, or undefined. */
function tie(graph: SimpleGraph, a: string, b: string) {
  const key = graph.edge(a, b);
  return key === undefined ? undefined : graph.getEdgeAttributes(key);
}

/**
 * Two universities and a company, five people:
 *   U1: alice, bob   U2: carol   C1: dave   eve has no organization; frank names a missing one.
 */
function region() {
  return new DatasetBuilder()
    .organization('U1', 'academia', { type: 'university' })
    .organization('U2', 'academia')
    .organization('C1', 'industry')
    .person('alice', 'U1', { role: 'researcher', x: 1, y: 2 })
    .person('bob', 'U1')
    .person('carol', 'U2')
    .person('dave', 'C1')
    .person('eve')
    .person('frank', 'NOWHERE');
}

describe('deriveGraph, people level', () => {
  const dataset = region()
    .tie('alice', 'carol', { type: 'patent', year: 2007, weight: 2 })
    .tie('carol', 'alice', { type: 'joint_research', year: 2003, weight: 1.5 })
    .tie('alice', 'carol', { type: 'patent', year: 2003, weight: 1 })
    .tie('alice', 'bob', { year: null })
    .tie('dave', 'C1', { type: 'contract' })
    .tie('U1', 'C1', { type: 'contract' })
    .build();
  const graph = deriveGraph(dataset, 'people');

  it('keeps every person and only people', () => {
    expect(graph.nodes()).toEqual(['alice', 'bob', 'carol', 'dave', 'eve', 'frank']);
  });

  it('merges parallel ties in either direction: weight summed, count, types sorted, years ascending', () => {
    expect(tie(graph, 'alice', 'carol')).toEqual({
      weight: 4.5,
      count: 3,
      types: ['joint_research', 'patent'],
      years: [2003, 2007],
    });
  });

  it('drops ties to organizations and affiliation edges', () => {
    expect(graph.size).toBe(2);
    expect(tie(graph, 'alice', 'bob')).toEqual({
      weight: 1,
      count: 1,
      types: ['joint_research'],
      years: [],
    });
    expect(graph.degree('dave')).toBe(0);
  });

  it('copies node attributes without sharing them with the dataset', () => {
    expect(graph.getNodeAttributes('alice')).toEqual({
      kind: 'person',
      label: 'alice',
      sector: 'academia',
      organization: 'U1',
      role: 'researcher',
      attributes: {},
      x: 1,
      y: 2,
    });
    graph.getNodeAttributes('alice').attributes.note = 'changed';
    expect(dataset.graph.getNodeAttributes('alice').attributes).toEqual({});
  });

  it('is a simple undirected graph', () => {
    expect(graph.type).toBe('undirected');
    expect(graph.multi).toBe(false);
    expect(graph.allowSelfLoops).toBe(false);
  });
});

describe('deriveGraph, organizations level', () => {
  const dataset = region()
    .tie('alice', 'carol', { weight: 2, year: 2004 }) // U1–U2
    .tie('bob', 'carol', { weight: 3, year: 2006, type: 'patent' }) // U1–U2
    .tie('alice', 'bob', { weight: 5 }) // inside U1
    .tie('alice', 'U1', { type: 'contract' }) // person to own organization: inside U1
    .tie('dave', 'U2', { type: 'contract', weight: 4 }) // C1–U2
    .tie('C1', 'U1', { type: 'contract', year: 2008 }) // organization–organization
    .tie('eve', 'carol') // eve has no organization: dropped
    .tie('frank', 'C1') // frank's organization does not exist: dropped
    .tie('eve', 'frank') // dropped once
    .build();
  const result = deriveGraphWithStats(dataset, 'organizations');
  const graph = result.graph;

  it('keeps every organization and only organizations', () => {
    expect(graph.nodes()).toEqual(['U1', 'U2', 'C1']);
  });

  it('sums the person ties of each pair of organizations', () => {
    expect(tie(graph, 'U1', 'U2')).toEqual({
      weight: 5,
      count: 2,
      types: ['joint_research', 'patent'],
      years: [2004, 2006],
    });
  });

  it('lifts person–organization ties to organization–organization and keeps organization ties', () => {
    expect(tie(graph, 'C1', 'U2')).toEqual({
      weight: 4,
      count: 1,
      types: ['contract'],
      years: [2005],
    });
    expect(tie(graph, 'U1', 'C1')).toEqual({
      weight: 1,
      count: 1,
      types: ['contract'],
      years: [2008],
    });
    expect(graph.size).toBe(3);
  });

  it('counts ties inside one organization and ties of people without a known organization', () => {
    expect(result.intraOrganizationTies).toBe(2);
    expect(result.droppedTies).toBe(3);
    expect(result.selfLoops).toBe(0);
    expect(result.filteredTies).toBe(0);
  });
});

describe('deriveGraph, all level', () => {
  const dataset = region()
    .tie('alice', 'carol', { weight: 2 })
    .tie('alice', 'U1', { type: 'contract', weight: 3, year: 2009 })
    .tie('U1', 'C1', { type: 'contract' })
    .build();
  const graph = deriveGraph(dataset, 'all');

  it('keeps people and organizations', () => {
    expect(graph.order).toBe(9);
  });

  it('adds one affiliation edge per person with a known organization', () => {
    expect(tie(graph, 'bob', 'U1')).toEqual({
      weight: 1,
      count: 1,
      types: ['affiliation'],
      years: [],
    });
    expect(tie(graph, 'dave', 'C1')).toEqual({
      weight: 1,
      count: 1,
      types: ['affiliation'],
      years: [],
    });
    expect(graph.degree('eve')).toBe(0);
    expect(graph.degree('frank')).toBe(0);
  });

  it('merges an affiliation with a collaboration tie on the same pair', () => {
    expect(tie(graph, 'alice', 'U1')).toEqual({
      weight: 4,
      count: 2,
      types: ['affiliation', 'contract'],
      years: [2009],
    });
  });

  it('has collaboration ties plus affiliations', () => {
    // affiliations: alice, bob, carol, dave; collaborations: alice–carol, U1–C1 (alice–U1 merged)
    expect(graph.size).toBe(6);
  });

  it('never filters affiliation edges, by year or by type', () => {
    const filtered = deriveGraph(dataset, 'all', {
      years: { from: 2002, to: 2003 },
      keepUndated: false,
      types: ['patent'],
    });
    expect(filtered.size).toBe(4);
    expect(filtered.everyEdge((_e, attributes) => attributes.types[0] === 'affiliation')).toBe(
      true,
    );
    expect(tie(filtered, 'alice', 'U1')).toEqual({
      weight: 1,
      count: 1,
      types: ['affiliation'],
      years: [],
    });
  });
});

describe('deriveGraph, filters', () => {
  const dataset = region()
    .tie('alice', 'carol', { year: 2002 })
    .tie('alice', 'dave', { year: 2005, type: 'patent' })
    .tie('bob', 'carol', { year: 2009, type: 'forum' })
    .tie('bob', 'dave', { year: null, type: 'patent' })
    .tie('carol', 'dave', { year: 2010 })
    .build();
  const edgesOf = (graph: SimpleGraph) =>
    graph.mapEdges((_e, _a, s, t) => [s, t].sort().join('-')).sort();

  it('keeps an inclusive year range and undated ties by default', () => {
    const result = deriveGraphWithStats(dataset, 'people', { years: { from: 2005, to: 2009 } });
    expect(edgesOf(result.graph)).toEqual(['alice-dave', 'bob-carol', 'bob-dave']);
    expect(result.filteredTies).toBe(2);
  });

  it('drops undated ties when keepUndated is false', () => {
    const graph = deriveGraph(dataset, 'people', {
      years: { from: 2005, to: 2009 },
      keepUndated: false,
    });
    expect(edgesOf(graph)).toEqual(['alice-dave', 'bob-carol']);
  });

  it('keepUndated false without a range still drops undated ties', () => {
    const graph = deriveGraph(dataset, 'people', { keepUndated: false });
    expect(graph.size).toBe(4);
  });

  it('keeps only the listed types; an empty list keeps none', () => {
    expect(edgesOf(deriveGraph(dataset, 'people', { types: ['patent', 'forum'] }))).toEqual([
      'alice-dave',
      'bob-carol',
      'bob-dave',
    ]);
    expect(deriveGraph(dataset, 'people', { types: [] }).size).toBe(0);
  });

  it('combines year and type restrictions', () => {
    const graph = deriveGraph(dataset, 'people', {
      types: ['patent'],
      years: { from: 2002, to: 2004 },
    });
    expect(edgesOf(graph)).toEqual(['bob-dave']);
  });

  it('keeps every node of the level when ties are filtered away', () => {
    const graph = deriveGraph(dataset, 'people', { types: [] });
    expect(graph.order).toBe(6);
  });

  it('filters before aggregating to organizations', () => {
    const graph = deriveGraph(dataset, 'organizations', { years: { from: 2009, to: 2010 } });
    // bob–carol (2009) = U1–U2, carol–dave (2010) = U2–C1, bob–dave (undated) = U1–C1
    expect(edgesOf(graph)).toEqual(['C1-U1', 'C1-U2', 'U1-U2']);
    expect(tie(graph, 'U1', 'U2')).toEqual({
      weight: 1,
      count: 1,
      types: ['forum'],
      years: [2009],
    });
  });
});

describe('deriveGraph, generic datasets', () => {
  const build = (format: 'generic' | 'gexf' | 'graphml') =>
    new DatasetBuilder(format)
      .node('a')
      .node('b')
      .node('c')
      .node('isolate')
      .tie('a', 'b', { type: '', year: null, weight: 2 })
      .tie('b', 'a', { type: '', year: null, weight: 3 })
      .tie('b', 'c', { type: 'x', year: 2001 })
      .tie('c', 'c')
      .build();

  it.each(['generic', 'gexf', 'graphml'] as const)(
    '%s: ignores the level and keeps all nodes and ties',
    (format) => {
      for (const level of ['people', 'organizations', 'all'] as const) {
        const result = deriveGraphWithStats(build(format), level);
        expect(result.graph.nodes()).toEqual(['a', 'b', 'c', 'isolate']);
        expect(result.graph.size).toBe(2);
        expect(tie(result.graph, 'a', 'b')).toEqual({ weight: 5, count: 2, types: [], years: [] });
        expect(result.selfLoops).toBe(1);
      }
    },
  );

  it('applies the filter to generic ties too', () => {
    const graph = deriveGraph(build('generic'), 'people', {
      years: { from: 2000, to: 2002 },
      keepUndated: false,
    });
    expect(graph.size).toBe(1);
    expect(tie(graph, 'b', 'c')?.years).toEqual([2001]);
  });
});

describe('deriveGraph, awkward ids and weights', () => {
  it('treats __proto__, constructor and toString as ordinary ids', () => {
    const dataset = new DatasetBuilder()
      .organization('__proto__', 'academia')
      .organization('constructor', 'industry')
      .person('toString', '__proto__')
      .person('hasOwnProperty', 'constructor')
      .person('valueOf', '__proto__')
      .tie('toString', 'hasOwnProperty', { weight: 2 })
      .tie('hasOwnProperty', 'toString', { weight: 1 })
      .tie('toString', 'valueOf')
      .build();
    const people = deriveGraph(dataset, 'people');
    expect(tie(people, 'toString', 'hasOwnProperty')?.weight).toBe(3);
    const result = deriveGraphWithStats(dataset, 'organizations');
    expect(result.graph.nodes()).toEqual(['__proto__', 'constructor']);
    expect(tie(result.graph, '__proto__', 'constructor')).toMatchObject({ weight: 3, count: 2 });
    expect(result.intraOrganizationTies).toBe(1);
    expect(result.droppedTies).toBe(0);
  });

  it('keeps an attribute column named __proto__ as an own attribute', () => {
    const dataset = new DatasetBuilder().person('p').build();
    const attributes = JSON.parse('{"__proto__": "x", "city": "Sendai"}') as Record<string, string>;
    dataset.graph.setNodeAttribute('p', 'attributes', attributes);
    const copied = deriveGraph(dataset, 'people').getNodeAttribute('p', 'attributes');
    expect(Object.keys(copied)).toEqual(['__proto__', 'city']);
    expect(Object.getOwnPropertyDescriptor(copied, '__proto__')?.value).toBe('x');
  });

  it('counts a weight that is not positive and finite as 1', () => {
    const dataset = new DatasetBuilder()
      .node('a')
      .node('b')
      .tie('a', 'b', { weight: Number.NaN })
      .tie('a', 'b', { weight: 0 })
      .tie('a', 'b', { weight: 2.5 })
      .build();
    expect(tie(deriveGraph({ ...dataset, format: 'generic' }, 'all'), 'a', 'b')?.weight).toBe(4.5);
  });
});
