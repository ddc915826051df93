/**
 * Loads the reference graphs of tests/fixtures/graphs (written by
 * scripts/reference/fixtures.py) into graphology, and the reference values computed on
 * them by networkx / igraph (tests/reference/*.json).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { UndirectedGraph } from 'graphology';
import type {
  SimpleEdgeAttributes,
  SimpleNodeAttributes,
  SimpleGraph,
} from '../../../src/model/level.ts';
import type { Sector } from '../../../src/model/sector.ts';

export const FIXTURE_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'graphs');
export const REFERENCE_DIR = join(import.meta.dirname, '..', '..', 'reference');
/**
 * The real network files of other projects (../shared/data beside the checkout, as CI lays
 * it out). CNW_SHARED_DATA overrides it, and /work/shared/data is the workplace's copy
 * for a clone made elsewhere (e.g. in a temporary folder).
 */
export const SHARED_DATA_DIR = findSharedData();

function findSharedData(): string {
  const candidates = [
    process.env.CNW_SHARED_DATA,
    join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data'),
    '/work/shared/data',
  ].filter((c): c is string => c !== undefined && c !== '');
  const found = candidates.find((c) => existsSync(join(c, 'README.md')));
  if (found === undefined) {
    throw new Error(
      `shared test data not found; looked in ${candidates.join(', ')}. Set CNW_SHARED_DATA to the shared/data folder.`,
    );
  }
  return found;
}

interface FixtureFile {
  name: string;
  description: string;
  nodes: { id: string; sector: Sector }[];
  edges: [string, string, number][];
}

export const FIXTURE_NAMES: string[] = readdirSync(FIXTURE_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

export function loadFixture(name: string): SimpleGraph {
  const data = JSON.parse(readFileSync(join(FIXTURE_DIR, name + '.json'), 'utf8')) as FixtureFile;
  const graph = new UndirectedGraph<SimpleNodeAttributes, SimpleEdgeAttributes>();
  for (const node of data.nodes) {
    graph.addNode(node.id, { kind: 'node', label: node.id, sector: node.sector, attributes: {} });
  }
  for (const [u, v, w] of data.edges) {
    graph.addEdge(u, v, { weight: w, count: 1, types: [], years: [] });
  }
  return graph;
}

/** Reference values: tests/reference/<file>.json, keyed by fixture name. */
export function loadReference<T = Record<string, unknown>>(file: string): Record<string, T> {
  return JSON.parse(readFileSync(join(REFERENCE_DIR, file + '.json'), 'utf8')) as Record<string, T>;
}
