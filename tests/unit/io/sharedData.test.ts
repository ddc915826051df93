/**
 * Every real file in /work/shared/data imports with the node and edge counts of its
 * README (parallel edges kept), and agrees with networkx on direction, total weight,
 * labels and positions (tests/reference/io_shared_data.json, written by
 * scripts/reference/io_shared_data.py). arctic.gexf, which networkx cannot read, is
 * checked against graphology-gexf's parser instead.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Graph from 'graphology';
import { parse as parseGexfWithGraphology } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/io/index.ts';
import { SHARED_DATA_DIR, loadReference } from '../helpers/fixtures.ts';
import { expectDataset, expectFatal } from './helpers.ts';

interface NetworkxReference {
  nodes: number;
  edges: number;
  directed: boolean;
  totalWeight: number;
  labels: Record<string, string>;
  positions: Record<string, [number, number]>;
}

const reference = loadReference<NetworkxReference>('io_shared_data');

function read(path: string) {
  return importFiles([
    { name: path, bytes: new Uint8Array(readFileSync(join(SHARED_DATA_DIR, path))) },
  ]);
}

// Counts from /work/shared/data/README.md; missing: nodes the edges name but the file never declares.
const README_COUNTS: [string, number, number, number][] = [
  ['gephi-lite-samples/Java.gexf', 1538, 8032, 0],
  ['gephi-lite-samples/Les-Miserables.gexf', 77, 254, 0],
  ['gephi-lite-samples/Power-Grid.gexf', 4941, 6594, 0],
  ['gephi-lite-samples/airlines.graphml', 235, 2101, 0],
  ['graphology-fixtures/celegans.gexf', 306, 2345, 0],
  ['graphology-fixtures/miserables.graphml', 77, 254, 0],
  ['graphology-fixtures/missing_nodes.gexf', 6, 4, 4],
  ['graphology-fixtures/missing_nodes.graphml', 51, 37, 36],
];

describe.each(README_COUNTS)('%s', (path, nodes, edges, missing) => {
  it(`imports ${nodes} nodes and ${edges} edges, as the README and networkx count them`, async () => {
    const dataset = expectDataset(await read(path));
    const ref = reference[path];
    expect(dataset.graph.order).toBe(nodes);
    expect(dataset.graph.size).toBe(edges);
    expect([ref.nodes, ref.edges]).toEqual([nodes, edges]);
    expect(dataset.format).toBe(path.endsWith('.gexf') ? 'gexf' : 'graphml');
    // Rows of an XML file are its <node> and <edge> elements.
    expect(dataset.report.files).toEqual([
      {
        file: path.split('/')[1],
        rowsRead: nodes - missing + edges,
        rowsImported: nodes - missing + edges,
        rowsSkipped: 0,
      },
    ]);
    const warnings = dataset.report.problems.filter((p) => p.severity === 'warning');
    expect(warnings.length).toBe(missing);
    for (const w of warnings)
      expect(w.reason).toMatch(/^node ".+" is not declared in the file; it is created$/);
  });

  it('agrees with networkx on direction, weights, labels and positions', async () => {
    const { graph, sourceDirected } = expectDataset(await read(path));
    const ref = reference[path];
    expect(sourceDirected ?? false).toBe(ref.directed);
    let totalWeight = 0;
    graph.forEachEdge((_, a) => (totalWeight += a.weight));
    expect(totalWeight).toBeCloseTo(ref.totalWeight, 6);
    for (const [id, label] of Object.entries(ref.labels))
      expect(graph.getNodeAttribute(id, 'label')).toBe(label);
    for (const [id, [x, y]] of Object.entries(ref.positions)) {
      expect(graph.getNodeAttribute(id, 'x')).toBeCloseTo(x, 4);
      expect(graph.getNodeAttribute(id, 'y')).toBeCloseTo(y, 4);
    }
  });
});

describe('details of the real files', () => {
  it('keeps other attributes as text (Les Misérables GEXF: modularity class, colour, size, position)', async () => {
    const { graph } = expectDataset(await read('gephi-lite-samples/Les-Miserables.gexf'));
    const valjean = graph.getNodeAttributes('11');
    expect(valjean).toMatchObject({
      kind: 'node',
      label: 'Valjean',
      sector: 'unknown',
      x: -87.93029,
      y: 6.8120565,
    });
    expect({ ...valjean.attributes }).toEqual({
      modularity_class: '1',
      color: '#f55b5b',
      size: '100',
    });
    const [edge] = graph.edges('2', '0');
    expect(graph.getEdgeAttributes(edge)).toMatchObject({
      kind: 'collaboration',
      weight: 8,
      year: null,
      type: '',
    });
  });

  it('reads GraphML data keys by their names, with x/y as positions', async () => {
    const { graph } = expectDataset(await read('graphology-fixtures/miserables.graphml'));
    expect(graph.getNodeAttributes('11')).toMatchObject({
      label: 'Valjean',
      x: -87.93029,
      y: 6.8120565,
    });
    expect({ ...graph.getNodeAttributes('11').attributes }).toEqual({
      'Modularity Class': '1',
      size: '100.0',
      r: '245',
      g: '91',
      b: '91',
    });
  });

  it('keeps Java.gexf directed: sourceDirected and each edge in file order', async () => {
    const { graph, sourceDirected } = expectDataset(await read('gephi-lite-samples/Java.gexf'));
    expect(sourceDirected).toBe(true);
    expect(graph.type).toBe('undirected');
    expect([graph.source('0'), graph.target('0')]).toEqual(['1', '2']);
  });

  it('reads arctic.gexf (GEXF 1.0 attvalues by id) like graphology-gexf does', async () => {
    const path = 'graphology-fixtures/arctic.gexf';
    const { graph } = expectDataset(await read(path));
    const other = parseGexfWithGraphology(Graph, readFileSync(join(SHARED_DATA_DIR, path), 'utf8'));
    expect(graph.order).toBe(other.order);
    expect(graph.size).toBe(other.size);
    other.forEachNode((id, a) => {
      expect(graph.getNodeAttribute(id, 'label')).toBe(a.label);
      expect(graph.getNodeAttributes(id).attributes.occurrences).toBe(
        a.occurrences === undefined ? undefined : String(a.occurrences),
      );
      expect(graph.getNodeAttributes(id).attributes.nodedef).toBe(a.nodedef);
    });
  });

  it('refuses miserables_broken.graphml, naming the file and the undeclared key', async () => {
    const outcome = expectFatal(await read('graphology-fixtures/miserables_broken.graphml'));
    expect(outcome.error).toBe(
      'miserables_broken.graphml: <data key="label"> on line 12 refers to a key that no <key> element declares; ' +
        'add <key id="label" for="node" attr.name="label" attr.type="string"/> or remove the data',
    );
    expect(outcome.report.files).toEqual([]);
  });
});
