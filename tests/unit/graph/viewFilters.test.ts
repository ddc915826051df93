import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  applyViewFilters,
  hasViewFilters,
  nodeTypeOf,
  type ViewFilters,
} from '../../../src/graph/viewFilters.ts';
import type {
  SimpleEdgeAttributes,
  SimpleGraph,
  SimpleNodeAttributes,
} from '../../../src/model/index.ts';
import { loadFixture, loadReference } from '../helpers/fixtures.ts';

interface Case {
  filters: ViewFilters;
  nodes: number;
  edges: number;
  ids: string[];
}

const reference = loadReference<Case[]>('view_filters');

describe('applyViewFilters against networkx (scripts/reference/view_filters.py)', () => {
  for (const [name, cases] of Object.entries(reference)) {
    for (const c of cases) {
      it(`${name} ${JSON.stringify(c.filters)} → ${c.nodes} nodes, ${c.edges} edges`, () => {
        const graph = loadFixture(name);
        const before = [graph.order, graph.size];
        const shown = applyViewFilters(graph, c.filters);
        expect(shown.order).toBe(c.nodes);
        expect(shown.size).toBe(c.edges);
        expect(shown.nodes().sort()).toEqual([...c.ids].sort());
        // The input graph is never changed.
        expect([graph.order, graph.size]).toEqual(before);
      });
    }
  }
});

/** A path a–b–c–d, a triangle e–f–g hanging on d, and an isolate z. */
function handBuilt(): SimpleGraph {
  const g = new UndirectedGraph<SimpleNodeAttributes, SimpleEdgeAttributes>();
  const node = (key: string, extra: Partial<SimpleNodeAttributes>) =>
    g.addNode(key, {
      kind: 'organization',
      label: key,
      sector: 'academia',
      attributes: {},
      ...extra,
    });
  node('a', { type: 'university' });
  node('b', { type: 'company', sector: 'industry' });
  node('c', { type: 'company', sector: 'industry' });
  node('d', { kind: 'person', sector: 'government' });
  node('e', { type: 'university' });
  node('f', { type: 'university' });
  node('g', { type: '' });
  node('z', { type: 'company', sector: 'industry' });
  const edge = (u: string, v: string, weight: number) =>
    g.addEdge(u, v, { weight, count: 1, types: [], years: [] });
  edge('a', 'b', 1);
  edge('b', 'c', 3);
  edge('c', 'd', 1);
  edge('d', 'e', 2);
  edge('e', 'f', 5);
  edge('f', 'g', 1);
  edge('g', 'e', 1);
  return g;
}

const keys = (g: SimpleGraph) => g.nodes().sort().join('');

describe('applyViewFilters on a hand-built graph', () => {
  it('returns the graph itself when nothing restricts it', () => {
    const g = handBuilt();
    expect(hasViewFilters({})).toBe(false);
    expect(hasViewFilters({ minWeight: 0, hideIsolates: false })).toBe(false);
    expect(applyViewFilters(g, {})).toBe(g);
  });

  it('node types are the type attribute, else the kind', () => {
    const g = handBuilt();
    expect(nodeTypeOf(g.getNodeAttributes('a'))).toBe('university');
    expect(nodeTypeOf(g.getNodeAttributes('d'))).toBe('person');
    expect(nodeTypeOf(g.getNodeAttributes('g'))).toBe('organization');
    expect(keys(applyViewFilters(g, { nodeTypes: ['company'] }))).toBe('bcz');
    expect(applyViewFilters(g, { nodeTypes: ['company'] }).size).toBe(1);
    expect(keys(applyViewFilters(g, { nodeTypes: [] }))).toBe('');
  });

  it('sectors keep only nodes of those sectors and the ties among them', () => {
    const g = handBuilt();
    const shown = applyViewFilters(g, { sectors: ['academia', 'government'] });
    expect(keys(shown)).toBe('adefg');
    expect(shown.size).toBe(4); // d–e, e–f, f–g, g–e
  });

  it('minimum weight drops ties, not nodes, unless isolates are hidden', () => {
    const g = handBuilt();
    const shown = applyViewFilters(g, { minWeight: 2 });
    expect(shown.order).toBe(8);
    expect(
      shown
        .edges()
        .map((e) => shown.getEdgeAttributes(e).weight)
        .sort(),
    ).toEqual([2, 3, 5]);
    expect(keys(applyViewFilters(g, { minWeight: 2, hideIsolates: true }))).toBe('bcdef');
  });

  it('minimum degree is one pass; the k-core repeats until stable', () => {
    const g = handBuilt();
    // Degrees: a1 b2 c2 d2 e3 f2 g2 z0 → a and z go; b is left with degree 1 but stays.
    expect(keys(applyViewFilters(g, { minDegree: 2 }))).toBe('bcdefg');
    // The 2-core peels the whole path away: only the triangle is left.
    expect(keys(applyViewFilters(g, { kCore: 2 }))).toBe('efg');
    expect(keys(applyViewFilters(g, { kCore: 3 }))).toBe('');
  });

  it('largest component only, after the filters before it', () => {
    const g = handBuilt();
    expect(keys(applyViewFilters(g, { largestComponentOnly: true }))).toBe('abcdefg');
    // Without the c–d tie (weight 1 < 2), {b,c} and {d,e,f} remain: the larger wins.
    expect(keys(applyViewFilters(g, { minWeight: 2, largestComponentOnly: true }))).toBe('def');
  });

  it('communities need the community of each node; unknown ones are dropped', () => {
    const g = handBuilt();
    const community: Record<string, number> = { a: 0, b: 0, c: 0, d: 1, e: 1, f: 1, g: 1 };
    const shown = applyViewFilters(g, { communities: [1] }, (key) => community[key]);
    expect(keys(shown)).toBe('defg');
    expect(keys(applyViewFilters(g, { communities: [1] }))).toBe('');
  });

  it('keeps attributes and edge keys of the input', () => {
    const g = handBuilt();
    const shown = applyViewFilters(g, { hideIsolates: true });
    expect(shown.edges().sort()).toEqual(g.edges().sort());
    expect(shown.getNodeAttributes('a')).toBe(g.getNodeAttributes('a'));
  });
});
