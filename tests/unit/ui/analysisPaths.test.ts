import { describe, expect, it } from 'vitest';
import { egoNetwork, shortestPath } from '../../../src/ui/paths/shortestPath.ts';
import { loadFixture, loadReference } from '../helpers/fixtures.ts';

interface PathsReference {
  paths: [string, string, number | null][];
  ego: [string, number, string[]][];
}

const reference = loadReference<PathsReference>('analysis');

describe('shortestPath and egoNetwork against networkx', () => {
  for (const name of ['karate', 'florentine', 'disconnected']) {
    const graph = loadFixture(name);
    it(`path lengths equal networkx shortest_path_length on ${name}`, () => {
      for (const [source, target, length] of reference[name].paths) {
        const path = shortestPath(graph, source, target);
        if (length === null) {
          expect(path).toBeNull();
          continue;
        }
        expect(path).not.toBeNull();
        const nodes = path as string[];
        expect(nodes.length - 1).toBe(length);
        expect(nodes[0]).toBe(source);
        expect(nodes[nodes.length - 1]).toBe(target);
        for (let i = 1; i < nodes.length; i++)
          expect(graph.hasEdge(nodes[i - 1], nodes[i])).toBe(true);
      }
    });
    it(`ego networks equal networkx ego_graph on ${name}`, () => {
      for (const [center, radius, nodes] of reference[name].ego) {
        expect(egoNetwork(graph, center, radius).sort()).toEqual([...nodes].sort());
      }
    });
  }

  it('handles missing nodes', () => {
    const graph = loadFixture('karate');
    expect(shortestPath(graph, '0', 'nobody')).toBeNull();
    expect(egoNetwork(graph, 'nobody', 1)).toEqual([]);
  });
});
