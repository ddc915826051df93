/**
 * Node ids that are names of Object.prototype members are ordinary ids once
 * src/io/graphologyPatch.ts is loaded (graphology 0.26 keeps adjacency in plain objects:
 * an id `__proto__` otherwise writes Object.prototype.previous). Expected neighbours are
 * worked out by hand from the edge list.
 */
import Graph, { MultiGraph, DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import '../../../src/io/graphologyPatch.ts';

const TRICKY = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'previous'];

function inheritedKeysOfPlainObject(): string[] {
  const keys: string[] = [];
  for (const key in {}) keys.push(key);
  return keys;
}

describe('graphology with ids named like Object.prototype members', () => {
  it.each(['undirected', 'directed', 'mixed'] as const)(
    'keeps a %s multigraph correct and Object.prototype clean',
    (type) => {
      const graph = new MultiGraph({ type });
      for (const id of [...TRICKY, 'a']) graph.addNode(id);
      graph.addEdge('toString', '__proto__');
      graph.addEdge('toString', '__proto__'); // parallel edge: the case that polluted Object.prototype
      graph.addEdge('a', '__proto__');
      graph.addEdge('__proto__', 'constructor');
      graph.addEdge('hasOwnProperty', 'valueOf');
      expect(inheritedKeysOfPlainObject()).toEqual([]);
      expect(Object.prototype).not.toHaveProperty('previous');
      expect(graph.size).toBe(5);
      expect(graph.neighbors('a')).toEqual(['__proto__']);
      expect(graph.neighbors('__proto__').sort()).toEqual(['a', 'constructor', 'toString']);
      expect(graph.neighbors('previous')).toEqual([]);
      expect(graph.edges('toString', '__proto__')).toHaveLength(2);
      expect(graph.hasEdge('a', '__proto__')).toBe(true);
      expect(graph.hasEdge('a', 'constructor')).toBe(false);
      expect(graph.hasEdge('a', 'toString')).toBe(false);
      expect(graph.degree('__proto__')).toBe(4);
    },
  );

  it('keeps hasDirectedEdge and hasUndirectedEdge working on simple graphs', () => {
    const directed = new DirectedGraph();
    directed.mergeEdge('__proto__', 'constructor');
    expect(directed.hasDirectedEdge('__proto__', 'constructor')).toBe(true);
    expect(directed.hasDirectedEdge('constructor', '__proto__')).toBe(false);
    expect(directed.hasUndirectedEdge('__proto__', 'constructor')).toBe(false);
    expect(directed.hasEdge('__proto__', 'constructor')).toBe(true);
    expect(directed.hasEdge('toString', 'constructor')).toBe(false);
    const undirected = new Graph({ type: 'undirected' });
    undirected.mergeEdge('toString', 'valueOf');
    expect(undirected.hasUndirectedEdge('valueOf', 'toString')).toBe(true);
    expect(undirected.hasDirectedEdge('valueOf', 'toString')).toBe(false);
    expect(undirected.hasEdge('__proto__', 'toString')).toBe(false);
  });

  it('survives export and import', () => {
    const graph = new MultiGraph({ type: 'undirected' });
    graph.mergeNode('__proto__');
    graph.mergeNode('constructor');
    graph.addEdge('__proto__', 'constructor');
    graph.addEdge('__proto__', 'constructor');
    const copy = MultiGraph.from(graph.export());
    expect(copy.neighbors('constructor')).toEqual(['__proto__']);
    expect(copy.size).toBe(2);
    expect(inheritedKeysOfPlainObject()).toEqual([]);
  });
});
