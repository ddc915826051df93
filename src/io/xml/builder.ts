/**
 * What GEXF and GraphML share once their elements are read: the row rules for nodes and
 * edges (docs/data-format.md, "XML files").
 *
 * Nodes: no id → skipped; duplicate id → skipped (first kept).
 * Edges: no source or target → skipped; self-loop → skipped; weight ≤ 0 → skipped;
 * weight not a number → 1 with a warning; an endpoint never declared as a node is
 * created, with one warning per created node (on the first edge naming it). The file's
 * edge id becomes the edge key when it is unique, otherwise a key is generated.
 * All nodes are added before any edge, since GraphML may declare a node after its edges.
 */
import type { DatasetGraph, EdgeAttributes, NodeAttributes } from '../../model/dataset.ts';
import { checkWeight } from '../csv/tieValues.ts';
import { createDatasetGraph, genericNode } from '../datasetGraph.ts';
import { quote } from '../tally.ts';
import type { FileTally } from '../tally.ts';
import { applyEdgeFields, applyNodeFields } from './fields.ts';
import { because } from '../reasons.ts';

const RENAMED_SUFFIX = ' (attribute)';

/**
 * The exporters write an `attributes` key that clashes with a native column as
 * `<key> (attribute)` (src/io/export/columns.ts); once the native columns are taken,
 * such keys get their name back, so an export imports as it was.
 */
function restoreRenamed(attributes: Record<string, string>): void {
  for (const key of Object.keys(attributes)) {
    if (!key.endsWith(RENAMED_SUFFIX)) continue;
    const original = key.slice(0, -RENAMED_SUFFIX.length);
    if (original === '' || Object.hasOwn(attributes, original)) continue;
    attributes[original] = attributes[key];
    delete attributes[key];
  }
}

export class XmlGraphBuilder {
  readonly graph: DatasetGraph = createDatasetGraph();
  sourceDirected = false;
  private readonly declaredOn = new Map<string, number | null>();

  constructor(private readonly tally: FileTally) {}

  addNode(
    row: number | null,
    id: string | null,
    label: string | null,
    attributes: Record<string, string>,
    x?: number,
    y?: number,
  ): void {
    if (id === null || id === '') {
      this.tally.skipped(row, because('nodeWithoutId'));
      return;
    }
    if (this.declaredOn.has(id)) {
      const first = this.declaredOn.get(id);
      this.tally.skipped(
        row,
        first === null || first === undefined
          ? because('duplicateNode', { id: quote(id) })
          : because('duplicateNodeOnLine', { id: quote(id), line: first }),
      );
      return;
    }
    const node: NodeAttributes = genericNode(id, label ?? id);
    node.attributes = attributes;
    if (x !== undefined && Number.isFinite(x)) node.x = x;
    if (y !== undefined && Number.isFinite(y)) node.y = y;
    applyNodeFields(node, this.tally, row);
    restoreRenamed(node.attributes);
    this.graph.addNode(id, node);
    this.declaredOn.set(id, row);
    this.tally.imported();
  }

  addEdge(
    row: number | null,
    key: string | null,
    source: string | null,
    target: string | null,
    weightText: string | null,
    directed: boolean,
    attributes: Record<string, string>,
  ): void {
    if (!source || !target) {
      this.tally.skipped(row, because(!source ? 'edgeWithoutSource' : 'edgeWithoutTarget'));
      return;
    }
    if (source === target) {
      this.tally.skipped(row, because('selfLoop', { id: quote(source) }));
      return;
    }
    const weight = checkWeight(weightText ?? '');
    if (weight.skip !== null) {
      this.tally.skipped(row, weight.skip);
      return;
    }
    if (weight.warning !== null) this.tally.warn(row, weight.warning);
    for (let end = 0; end < 2; end++) {
      const endpoint = end === 0 ? source : target;
      if (this.graph.hasNode(endpoint)) continue;
      this.graph.addNode(endpoint, genericNode(endpoint));
      this.tally.warn(row, because('undeclaredNode', { id: quote(endpoint) }));
    }
    const edge: EdgeAttributes = {
      kind: 'collaboration',
      type: '',
      year: null,
      weight: weight.weight,
      attributes,
    };
    applyEdgeFields(edge, this.tally, row);
    restoreRenamed(edge.attributes);
    if (directed) this.sourceDirected = true;
    if (key !== null && key !== '' && !this.graph.hasEdge(key))
      this.graph.addEdgeWithKey(key, source, target, edge);
    else {
      if (key !== null && key !== '')
        this.tally.warn(row, because('edgeIdTwice', { id: quote(key) }));
      this.graph.addEdge(source, target, edge);
    }
    this.tally.imported();
  }
}
