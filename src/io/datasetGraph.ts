/**
 * The one model every format lands in: a graphology MultiGraph of type 'undirected'
 * (parallel ties kept, self-loops refused).
 *
 * Why undirected: collaborations have no direction and every metric treats ties as
 * undirected. Files that declare directed edges (GEXF/GraphML) keep the order of each
 * edge (graphology remembers `source`/`target` of undirected edges too) and set
 * `Dataset.sourceDirected`, so the direction can be recovered on export.
 * Why no self-loops: a tie needs two parties; self-ties are reported and skipped.
 */
import { MultiGraph } from 'graphology';
import './graphologyPatch.ts';
import type { DatasetGraph, EdgeAttributes, NodeAttributes } from '../model/dataset.ts';

export const DATASET_GRAPH_OPTIONS = {
  type: 'undirected',
  multi: true,
  allowSelfLoops: false,
} as const;

export function createDatasetGraph(): DatasetGraph {
  return new MultiGraph<NodeAttributes, EdgeAttributes>({
    type: 'undirected',
    allowSelfLoops: false,
  });
}

/** A generic node (no person/organization distinction): label defaults to the id. */
export function genericNode(id: string, label: string = id): NodeAttributes {
  return {
    kind: 'node',
    label: label || id,
    sector: 'unknown',
    attributes: Object.create(null) as Record<string, string>,
  };
}

export function emptyAttributes(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

/** Lower-case slug of a display name; letters of any script are kept. */
export function slug(name: string): string {
  const s = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\.[a-z0-9]+$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'dataset';
}
