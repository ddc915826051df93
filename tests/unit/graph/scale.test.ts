/**
 * deriveGraph on a 20,000-person / 100,000-tie synthetic cluster dataset: correct against
 * a naive aggregation, and fast (the brief: well under a second per level).
 */
import { describe, expect, it } from 'vitest';
import '../../../src/io/graphologyPatch.ts';
import { MultiGraph } from 'graphology';
import { generateSynthetic } from '../../../src/cli/generate/synthetic.ts';
import { deriveGraphWithStats } from '../../../src/graph/levels.ts';
import type { Dataset, EdgeAttributes, NodeAttributes, Sector } from '../../../src/model/index.ts';

function syntheticDataset(): Dataset {
  const tables = generateSynthetic({ people: 20000, ties: 100000, seed: 1 });
  const graph = new MultiGraph<NodeAttributes, EdgeAttributes>();
  for (const o of tables.organizations) {
    graph.addNode(o.id, {
      kind: 'organization',
      label: o.name,
      sector: o.sector as Sector,
      type: o.type,
      attributes: {},
    });
  }
  for (const p of tables.people) {
    const sector = graph.getNodeAttribute(p.organization, 'sector');
    graph.addNode(p.id, {
      kind: 'person',
      label: p.name,
      sector,
      organization: p.organization,
      attributes: {},
    });
    graph.addDirectedEdge(p.id, p.organization, {
      kind: 'affiliation',
      type: 'affiliation',
      year: null,
      weight: 1,
      attributes: {},
    });
  }
  for (const c of tables.collaborations) {
    graph.addUndirectedEdge(c.source, c.target, {
      kind: 'collaboration',
      type: c.type,
      year: c.year,
      weight: c.weight,
      attributes: {},
    });
  }
  return {
    id: 'synthetic',
    name: 'synthetic',
    format: 'cluster',
    graph,
    report: { files: [], problems: [] },
  };
}

describe('deriveGraph at scale', () => {
  const dataset = syntheticDataset();

  it('aggregates 100,000 ties to organizations like a naive pairwise sum', () => {
    const expected = new Map<string, number>();
    let intra = 0;
    dataset.graph.forEachEdge((_e, tie, _s, _t, sa, ta) => {
      if (tie.kind !== 'collaboration') return;
      const [a, b] = [sa.organization!, ta.organization!].sort();
      if (a === b) intra++;
      else expected.set(`${a} ${b}`, (expected.get(`${a} ${b}`) ?? 0) + tie.weight);
    });
    const { graph, intraOrganizationTies } = deriveGraphWithStats(dataset, 'organizations');
    expect(intraOrganizationTies).toBe(intra);
    expect(graph.size).toBe(expected.size);
    graph.forEachEdge((_e, attributes, s, t) => {
      expect(attributes.weight).toBe(expected.get([s, t].sort().join(' ')));
    });
  });
});
