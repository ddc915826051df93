/**
 * Exporters: CSV cells a spreadsheet would run as formulas are neutralised; GEXF and
 * GraphML exports import back unchanged and are read by graphology's own parsers
 * (independent readers) with the same counts, labels and positions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Graph, { MultiGraph } from 'graphology';
import { parse as parseGexfWithGraphology } from 'graphology-gexf';
import { parse as parseGraphmlWithGraphology } from 'graphology-graphml';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/io/export/csv.ts';
import { exportGexf } from '../../../src/io/export/gexf.ts';
import { exportGraphml } from '../../../src/io/export/graphml.ts';
import { importFiles } from '../../../src/io/index.ts';
import type { Dataset, EdgeAttributes, NodeAttributes } from '../../../src/model/dataset.ts';
import { SHARED_DATA_DIR } from '../helpers/fixtures.ts';
import { expectDataset, fixtureFiles, textFile } from './helpers.ts';

describe('toCsv', () => {
  it.each([
    ['=SUM(A1:A3)', "'=SUM(A1:A3)"],
    ['+81-75-000', "'+81-75-000"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tindent', "'\tindent"],
    ['\rreturn', `"'\rreturn"`],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['京都大学', '京都大学'],
    ['', ''],
  ])('writes the text %j as %j', (value, cell) => {
    expect(toCsv([[value]])).toBe(cell + '\r\n');
  });

  it.each([
    [-0.5, '-0.5'],
    [0, '0'],
    [1e21, '1e+21'],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
    [null, ''],
  ])('writes the number %d as %j', (value, cell) => {
    expect(toCsv([[value]])).toBe(cell + '\r\n');
  });

  it('writes rows with CRLF that papaparse reads back to the same (neutralised) cells', () => {
    const rows = [
      ['id', 'name', 'score'],
      ['A', 'Alpha, Inc.', -0.25],
      ['B', '=HYPERLINK("x")', null],
      ['C', 'multi\r\nline', 3],
    ];
    const text = toCsv(rows);
    expect(text.split('\r\n').length).toBe(6); // 4 rows, one with an embedded CRLF, and the final newline
    const parsed = Papa.parse<string[]>(text.trimEnd(), { header: false }).data;
    expect(parsed).toEqual([
      ['id', 'name', 'score'],
      ['A', 'Alpha, Inc.', '-0.25'],
      ['B', `'=HYPERLINK("x")`, ''],
      ['C', 'multi\r\nline', '3'],
    ]);
  });
});

async function roundTrip(dataset: Dataset, format: 'gexf' | 'graphml'): Promise<Dataset> {
  const text =
    format === 'gexf'
      ? exportGexf(dataset.graph, { directed: dataset.sourceDirected })
      : exportGraphml(dataset.graph, { directed: dataset.sourceDirected });
  return expectDataset(await importFiles([textFile(`export.${format}`, text)]));
}

function expectSameGraph(a: Dataset, b: Dataset): void {
  expect(b.graph.order).toBe(a.graph.order);
  expect(b.graph.size).toBe(a.graph.size);
  expect(b.sourceDirected ?? false).toBe(a.sourceDirected ?? false);
  a.graph.forEachNode((id, attributes) =>
    expect(b.graph.getNodeAttributes(id)).toEqual(attributes),
  );
  a.graph.forEachEdge((key, attributes, source, target) => {
    expect([b.graph.source(key), b.graph.target(key)]).toEqual([source, target]);
    expect(b.graph.getEdgeAttributes(key)).toEqual(attributes);
  });
}

describe.each(['gexf', 'graphml'] as const)('%s export', (format) => {
  it('brings a cluster dataset back unchanged: kinds, sectors, affiliations, years, projects, attributes', async () => {
    const original = expectDataset(await importFiles(fixtureFiles('kyoto')));
    const copy = await roundTrip(original, format);
    expectSameGraph(original, copy);
    expect(copy.report.problems).toEqual([]);
    expect(copy.graph.getNodeAttributes('P-002')).toMatchObject({
      kind: 'person',
      organization: 'O-SH',
      role: 'chief scientist',
      sector: 'industry',
    });
  });

  it.each([
    'gephi-lite-samples/Java.gexf',
    'graphology-fixtures/arctic.gexf',
    'gephi-lite-samples/airlines.graphml',
    'graphology-fixtures/missing_nodes.graphml',
  ])('brings %s back unchanged', async (path) => {
    const original = expectDataset(
      await importFiles([
        { name: path, bytes: new Uint8Array(readFileSync(join(SHARED_DATA_DIR, path))) },
      ]),
    );
    expectSameGraph(original, await roundTrip(original, format));
  });

  it('escapes markup, keeps tabs and newlines, and replaces characters XML forbids', async () => {
    const graph = new MultiGraph<NodeAttributes, EdgeAttributes>({ type: 'undirected' });
    graph.addNode('<a&b>', {
      kind: 'node',
      label: 'Tom & "Jerry" <x>',
      sector: 'unknown',
      attributes: { note: 'tab\there\nnewline', bad: 'bell\u0007' },
    });
    graph.addNode("it's", { kind: 'node', label: '', sector: 'academia', attributes: {} });
    graph.addEdge('<a&b>', "it's", {
      kind: 'collaboration',
      type: 'R&D',
      year: 2005,
      weight: 0.5,
      attributes: {},
    });
    const dataset = {
      id: 'x',
      name: 'x',
      format: 'generic',
      graph,
      report: { files: [], problems: [] },
    } as Dataset;
    const copy = await roundTrip(dataset, format);
    expect(copy.graph.getNodeAttributes('<a&b>')).toMatchObject({ label: 'Tom & "Jerry" <x>' });
    expect({ ...copy.graph.getNodeAttributes('<a&b>').attributes }).toEqual({
      note: 'tab\there\nnewline',
      bad: 'bell\uFFFD',
    });
    expect(copy.graph.getNodeAttributes("it's").sector).toBe('academia');
    expect(copy.graph.getEdgeAttributes(copy.graph.edges()[0])).toMatchObject({
      type: 'R&D',
      year: 2005,
      weight: 0.5,
    });
  });
});

describe('exports read by graphology parsers', () => {
  it('GEXF: same counts, labels and positions in graphology-gexf', async () => {
    const path = 'gephi-lite-samples/Les-Miserables.gexf';
    const { graph } = expectDataset(
      await importFiles([
        { name: path, bytes: new Uint8Array(readFileSync(join(SHARED_DATA_DIR, path))) },
      ]),
    );
    const other = parseGexfWithGraphology(MultiGraph, exportGexf(graph));
    expect([other.order, other.size]).toEqual([graph.order, graph.size]);
    graph.forEachNode((id, a) => {
      expect(other.getNodeAttribute(id, 'label')).toBe(a.label);
      expect(other.getNodeAttribute(id, 'x')).toBeCloseTo(a.x as number, 6);
      expect(other.getNodeAttribute(id, 'modularity_class')).toBe(a.attributes.modularity_class);
    });
  });

  it('GraphML: same counts, labels and weights in graphology-graphml', async () => {
    const { graph } = expectDataset(await importFiles(fixtureFiles('kyoto')));
    const other = parseGraphmlWithGraphology(Graph, exportGraphml(graph));
    expect(other.order).toBe(graph.order);
    expect(other.size).toBe(graph.size);
    graph.forEachNode((id, a) => {
      expect(other.getNodeAttribute(id, 'label')).toBe(a.label);
      expect(other.getNodeAttribute(id, 'sector')).toBe(
        a.sector === 'unknown' ? undefined : a.sector,
      );
    });
    let weight = 0;
    other.forEachEdge((_, a) => (weight += a.weight));
    let expected = 0;
    graph.forEachEdge((_, a) => (expected += a.weight));
    expect(weight).toBeCloseTo(expected, 9);
  });
});
