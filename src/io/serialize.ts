/**
 * ImportOutcome ⇄ a structured-clone-friendly form, for the import worker: the graph
 * travels as `graph.export()` and is rebuilt with `graph.import()` into a new dataset
 * multigraph. `attributes` records come back prototype-less, as the importers made them
 * (structured clone gives plain objects), so `__proto__` stays an ordinary key.
 */
import type { SerializedGraph } from 'graphology-types';
import type { Dataset, EdgeAttributes, NodeAttributes } from '../model/dataset.ts';
import { createDatasetGraph } from './datasetGraph.ts';
import type { ImportOutcome } from './index.ts';

export interface SerializedDataset extends Omit<Dataset, 'graph'> {
  graph: SerializedGraph<NodeAttributes, EdgeAttributes>;
}

export type SerializedOutcome =
  { ok: true; dataset: SerializedDataset } | Extract<ImportOutcome, { ok: false }>;

export function serializeOutcome(outcome: ImportOutcome): SerializedOutcome {
  if (!outcome.ok) return outcome;
  const { graph, ...rest } = outcome.dataset;
  return {
    ok: true,
    dataset: { ...rest, graph: graph.export() as SerializedGraph<NodeAttributes, EdgeAttributes> },
  };
}

function prototypeless(record: Record<string, string> | undefined): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  if (record) for (const key of Object.keys(record)) out[key] = record[key];
  return out;
}

export function deserializeOutcome(serialized: SerializedOutcome): ImportOutcome {
  if (!serialized.ok) return serialized;
  const { graph: exported, ...rest } = serialized.dataset;
  for (const node of exported.nodes)
    if (node.attributes) node.attributes.attributes = prototypeless(node.attributes.attributes);
  for (const edge of exported.edges)
    if (edge.attributes) edge.attributes.attributes = prototypeless(edge.attributes.attributes);
  const graph = createDatasetGraph();
  graph.import(exported);
  return { ok: true, dataset: { ...rest, graph } };
}
