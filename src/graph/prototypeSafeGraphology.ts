/**
 * Makes graphology safe for node ids that are names of Object.prototype members
 * (`__proto__`, `constructor`, `toString`, `valueOf`, `hasOwnProperty`, …).
 *
 * Why: graphology 0.26 indexes each node's neighbours in plain objects (`{}`) keyed by
 * neighbour id (`nodeData.out`, `.in`, `.undirected`). With such ids the lookups see
 * inherited members: adding an edge to a node named `toString` in a simple graph throws
 * "an edge … already exists" (the check finds Object.prototype.toString), and an edge to
 * `__proto__` replaces the index's prototype instead of adding a key, so neighbour
 * iteration lists the edge record's fields as neighbours. Ids are user data (an
 * organization may well be called "constructor"), so they must be ordinary strings.
 *
 * Fix, installed once per graphology module instance:
 * 1. the `clear` method of the three node-data classes (reached through the instance's
 *    `NodeDataClass`) creates the neighbour indices with `Object.create(null)`, so only
 *    own keys exist;
 * 2. `hasEdge`, `hasDirectedEdge` and `hasUndirectedEdge` (source, target forms), the only
 *    places that call a method on those indices (`index.hasOwnProperty(target)`), use
 *    `Object.hasOwn` instead.
 * Every other use of the indices (`in`, `for…in`, `delete`, property reads) already works
 * on null-prototype objects. This relies on graphology internals; the tests in
 * tests/unit/graph/prototypeSafeGraphology.test.ts fail if they change.
 *
 * Any module that builds graphology graphs from user ids (src/io, src/graph) must import
 * this module before creating graphs; importing it is enough (side effect, idempotent).
 */
import Graph from 'graphology';

interface NodeDataInternals {
  in?: Record<string, unknown>;
  out?: Record<string, unknown>;
  undirected?: Record<string, unknown>;
  inDegree?: number;
  outDegree?: number;
  undirectedDegree?: number;
  undirectedLoops?: number;
  directedLoops?: number;
}

interface GraphInternals {
  NodeDataClass: { prototype: { clear: (this: NodeDataInternals) => void } };
  _nodes: Map<string, NodeDataInternals>;
  type: 'mixed' | 'directed' | 'undirected';
}

const INSTALLED = Symbol.for('cluster-network-workbench.prototypeSafeGraphology');

function clearMixed(this: NodeDataInternals): void {
  this.inDegree = 0;
  this.outDegree = 0;
  this.undirectedDegree = 0;
  this.undirectedLoops = 0;
  this.directedLoops = 0;
  this.in = Object.create(null) as Record<string, unknown>;
  this.out = Object.create(null) as Record<string, unknown>;
  this.undirected = Object.create(null) as Record<string, unknown>;
}

function clearDirected(this: NodeDataInternals): void {
  this.inDegree = 0;
  this.outDegree = 0;
  this.directedLoops = 0;
  this.in = Object.create(null) as Record<string, unknown>;
  this.out = Object.create(null) as Record<string, unknown>;
}

function clearUndirected(this: NodeDataInternals): void {
  this.undirectedDegree = 0;
  this.undirectedLoops = 0;
  this.undirected = Object.create(null) as Record<string, unknown>;
}

function hasOwnIndex(index: Record<string, unknown> | undefined, key: string): boolean {
  return index !== undefined && Object.hasOwn(index, key);
}

type HasEdgeMethod = (this: unknown, ...args: unknown[]) => boolean;

/** Wrap a two-argument edge test; the one-argument (edge key) form is left as it was. */
function patchHasEdge(
  name: 'hasEdge' | 'hasDirectedEdge' | 'hasUndirectedEdge',
  test: (graph: GraphInternals, data: NodeDataInternals, target: string) => boolean,
): void {
  const proto = Graph.prototype as unknown as Record<string, HasEdgeMethod>;
  const original = proto[name];
  proto[name] = function (this: unknown, ...args: unknown[]): boolean {
    if (args.length !== 2) return original.apply(this, args);
    const graph = this as GraphInternals;
    const data = graph._nodes.get(String(args[0]));
    return data !== undefined && test(graph, data, String(args[1]));
  };
}

export function installPrototypeSafeGraphology(): void {
  const registry = globalThis as unknown as Record<symbol, Set<unknown>>;
  registry[INSTALLED] ??= new Set();
  if (registry[INSTALLED].has(Graph)) return;
  registry[INSTALLED].add(Graph);

  const dataClass = (type: GraphInternals['type']) =>
    (new Graph({ type }) as unknown as GraphInternals).NodeDataClass.prototype;
  dataClass('mixed').clear = clearMixed;
  dataClass('directed').clear = clearDirected;
  dataClass('undirected').clear = clearUndirected;

  patchHasEdge('hasDirectedEdge', (graph, data, target) =>
    graph.type === 'undirected' ? false : hasOwnIndex(data.out, target),
  );
  patchHasEdge('hasUndirectedEdge', (graph, data, target) =>
    graph.type === 'directed' ? false : hasOwnIndex(data.undirected, target),
  );
  patchHasEdge(
    'hasEdge',
    (_graph, data, target) => hasOwnIndex(data.out, target) || hasOwnIndex(data.undirected, target),
  );
}

installPrototypeSafeGraphology();
