/**
 * Makes node ids such as `__proto__`, `constructor` or `toString` safe in graphology.
 *
 * graphology 0.26 keeps each node's adjacency in plain objects keyed by neighbour id
 * (`nodeData.undirected[neighbour]`, `in`, `out`). With a neighbour id of `__proto__`,
 * `adj['__proto__']` reads Object.prototype, and adding a parallel edge then writes
 * `Object.prototype.previous` — a prototype pollution that later breaks any `for...in`
 * (papaparse's config copy overflows the stack); ids `constructor`/`toString` are read as
 * existing neighbours, and `neighbors()` misses a `__proto__` neighbour.
 *
 * The fix: after graphology's own `clear()` (which its node constructors call), the
 * adjacency objects are replaced by prototype-less ones (`Object.create(null)`), where
 * every string is an ordinary key; and the three methods that called
 * `adjacency.hasOwnProperty(target)` (`hasEdge`, `hasDirectedEdge`, `hasUndirectedEdge`
 * with two arguments) use `Object.prototype.hasOwnProperty.call` instead, as they must
 * on such objects. Applied once, when this module is first imported; every graph
 * created afterwards, in any module, is safe.
 * tests/unit/io/graphologyPatch.test.ts checks graphs with such ids after the patch.
 */
import Graph from 'graphology';

const PATCHED = Symbol.for('cluster-network-workbench.graphology-null-prototype-adjacency');
const ADJACENCY_KEYS = ['in', 'out', 'undirected'] as const;

interface NodeDataPrototype {
  clear(this: Record<string, unknown>): void;
  [PATCHED]?: true;
}

function patchNodeDataOf(type: 'mixed' | 'directed' | 'undirected'): void {
  const probe = new Graph({ type });
  probe.addNode('probe');
  const nodes = (probe as unknown as { _nodes: Map<string, object> })._nodes;
  const data = nodes?.get('probe');
  if (!data) return; // graphology changed its internals: nothing to patch
  const prototype = Object.getPrototypeOf(data) as NodeDataPrototype;
  if (prototype[PATCHED] || typeof prototype.clear !== 'function') return;
  const clear = prototype.clear;
  prototype.clear = function clearWithNullPrototypeAdjacency(this: Record<string, unknown>) {
    clear.call(this);
    for (const key of ADJACENCY_KEYS) if (key in this) this[key] = Object.create(null);
  };
  prototype[PATCHED] = true;
}

interface NodeData {
  in?: object;
  out?: object;
  undirected?: object;
}

interface GraphInternals {
  type: string;
  _nodes: Map<string, NodeData>;
}

type HasEdge = (this: GraphInternals, ...args: unknown[]) => boolean;

const own = Object.prototype.hasOwnProperty;

function adjacencyHas(adjacency: object | undefined, target: unknown): boolean {
  return adjacency !== undefined && own.call(adjacency, '' + target);
}

function patchHasEdgeMethods(): void {
  const prototype = Graph.prototype as unknown as Record<string, HasEdge> & { [PATCHED]?: true };
  if (prototype[PATCHED]) return;
  const wrap = (
    name: string,
    test: (graph: GraphInternals, data: NodeData, target: unknown) => boolean,
  ) => {
    const original = prototype[name];
    if (typeof original !== 'function') return;
    prototype[name] = function (this: GraphInternals, ...args: unknown[]) {
      if (args.length !== 2) return original.apply(this, args);
      const data = this._nodes.get('' + args[0]);
      return data !== undefined && test(this, data, args[1]);
    };
  };
  wrap(
    'hasEdge',
    (_, data, target) => adjacencyHas(data.out, target) || adjacencyHas(data.undirected, target),
  );
  wrap(
    'hasDirectedEdge',
    (graph, data, target) => graph.type !== 'undirected' && adjacencyHas(data.out, target),
  );
  wrap(
    'hasUndirectedEdge',
    (graph, data, target) => graph.type !== 'directed' && adjacencyHas(data.undirected, target),
  );
  prototype[PATCHED] = true;
}

export function patchGraphologyAdjacency(): void {
  patchHasEdgeMethods();
  patchNodeDataOf('mixed');
  patchNodeDataOf('directed');
  patchNodeDataOf('undirected');
}

patchGraphologyAdjacency();
