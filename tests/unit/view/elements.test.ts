import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { FIXTURE_NAMES, loadFixture, loadReference } from '../helpers/fixtures.ts';
import { buildElements, HUB_COUNT, nodeElementId } from '../../../src/view/elements.ts';
import type { SimpleEdgeAttributes, SimpleNodeAttributes } from '../../../src/model/index.ts';

interface StructureReference {
  ids: string[];
  degree: number[];
  strength: number[];
}
const structure = loadReference<Record<string, StructureReference>>('structure').fixtures;

describe('buildElements', () => {
  it.each(FIXTURE_NAMES)(
    '%s: one node element per node with networkx degree and strength',
    (name) => {
      const graph = loadFixture(name);
      const { elements, stats } = buildElements(graph);
      const nodes = elements.filter((element) => element.group === 'nodes');
      const edges = elements.filter((element) => element.group === 'edges');
      const reference = structure[name];
      expect(nodes.map((node) => node.data.key)).toEqual(reference.ids);
      nodes.forEach((node, index) => {
        expect(node.data.id).toBe(nodeElementId(reference.ids[index]));
        expect(node.data.degree).toBe(reference.degree[index]);
        expect(node.data.strength).toBeCloseTo(reference.strength[index], 9);
      });
      expect(edges).toHaveLength(graph.size);
      const nodeIds = new Set(nodes.map((node) => node.data.id));
      for (const edge of edges) {
        expect(nodeIds.has(edge.data.source!)).toBe(true);
        expect(nodeIds.has(edge.data.target!)).toBe(true);
      }
      expect(stats).toMatchObject({ nodes: graph.order, edges: graph.size });
      expect(stats.maxDegree).toBe(Math.max(0, ...reference.degree));
    },
  );

  it('marks the highest-degree nodes as hubs (karate: the two leaders, 33 and 0, among them)', () => {
    const { elements } = buildElements(loadFixture('karate'));
    const hubs = elements.filter((element) => element.classes === 'hub').map((e) => e.data.key);
    expect(hubs).toHaveLength(HUB_COUNT);
    expect(hubs).toContain('33');
    expect(hubs).toContain('0');
    const minHubDegree = Math.min(
      ...elements.filter((e) => e.classes === 'hub').map((e) => e.data.degree as number),
    );
    const maxOtherDegree = Math.max(
      ...elements
        .filter((e) => e.group === 'nodes' && e.classes !== 'hub')
        .map((e) => e.data.degree as number),
    );
    expect(minHubDegree).toBeGreaterThanOrEqual(maxOtherDegree);
  });

  it('keeps element ids unique when a node and an edge share a key, and labels as data', () => {
    const graph = new UndirectedGraph<SimpleNodeAttributes, SimpleEdgeAttributes>();
    const node = (key: string, label: string) =>
      graph.addNode(key, { kind: 'organization', label, sector: 'industry', attributes: {} });
    node('x', '<img src=x onerror=alert(1)>');
    node('y', '');
    graph.addEdgeWithKey('x', 'x', 'y', { weight: 2, count: 1, types: [], years: [] });
    const { elements } = buildElements(graph, [1, 2, 3, 4]);
    const ids = elements.map((element) => element.data.id);
    expect(new Set(ids).size).toBe(3);
    expect(elements[0].data.label).toBe('<img src=x onerror=alert(1)>');
    expect(elements[1].data.label).toBe('y'); // empty label falls back to the key
    expect(elements[0].position).toEqual({ x: 1, y: 2 });
    expect(elements[1].position).toEqual({ x: 3, y: 4 });
  });
});
