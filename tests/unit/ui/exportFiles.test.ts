import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import cytoscape from 'cytoscape';
import { deriveGraph } from '../../../src/graph/levels.ts';
import { importFiles } from '../../../src/io/index.ts';
import type { MetricsResult } from '../../../src/metrics/result.ts';
import { NODE_METRICS } from '../../../src/metrics/types.ts';
import type { ImportReport } from '../../../src/model/index.ts';
import { exportFileName, localDate } from '../../../src/ui/export/fileName.ts';
import {
  cytoscapeJson,
  edgesCsvRows,
  graphWithPositions,
  nodesCsv,
} from '../../../src/ui/export/exportTables.ts';
import { reportCsv } from '../../../src/ui/import/reportCsv.ts';
import { imageLegend } from '../../../src/ui/export/imageLegend.ts';
import type { LookLegend } from '../../../src/ui/appearance/look.ts';
import { legendLines } from '../../../src/view/exportImage.ts';
import { PALETTE_SECTORS, SECTOR_COLOURS } from '../../../src/view/palette.ts';
import { uniqueDatasetId } from '../../../src/ui/import/runImport.ts';
import { tinyClusterDataset } from '../store/datasetFactory.ts';

const parse = (text: string) => Papa.parse<string[]>(text.trimEnd(), { newline: '\r\n' }).data;

describe('export file names', () => {
  const date = new Date(2026, 10, 7, 23, 59); // local time: 7 November 2026
  it('reads region-level-date[-what].ext', () => {
    expect(exportFileName({ region: 'Sapporo', level: 'organizations', date, ext: 'gexf' })).toBe(
      'sapporo-organizations-2026-11-07.gexf',
    );
    expect(
      exportFileName({
        region: 'Kansai / Osaka',
        level: 'people',
        date,
        what: 'nodes',
        ext: '.csv',
      }),
    ).toBe('kansai-osaka-people-2026-11-07-nodes.csv');
    expect(
      exportFileName({ region: 'Sendai', level: 'all', date, what: 'png@2x', ext: 'png' }),
    ).toBe('sendai-all-2026-11-07-png@2x.png');
  });
  it('keeps Japanese names and never yields an empty or path-like name', () => {
    expect(
      exportFileName({ region: '札幌 IT カロッツェリア', level: 'all', date, ext: 'csv' }),
    ).toBe('札幌-it-カロッツェリア-all-2026-11-07.csv');
    const odd = exportFileName({ region: '../../etc/passwd', level: 'all', date, ext: 'svg' });
    expect(odd).not.toMatch(/[/\\]/);
    expect(exportFileName({ region: '', level: 'all', date, ext: 'svg' })).toBe(
      'network-all-2026-11-07.svg',
    );
    expect(localDate(new Date(2026, 0, 1))).toBe('2026-01-01');
  });
});

describe('import report CSV', () => {
  const report: ImportReport = {
    files: [{ file: 'edges.csv', rowsRead: 3, rowsImported: 2, rowsSkipped: 1 }],
    problems: [
      {
        file: 'edges.csv',
        row: 4,
        severity: 'error',
        reason: 'target "=HYPERLINK(x)" is not a node, "quoted"',
      },
      { file: '=cmd.csv', row: null, severity: 'warning', reason: 'ignored' },
    ],
  };
  it('writes one row per file and per problem, formulas neutralised, quotes escaped', () => {
    const rows = parse(reportCsv(report));
    expect(rows).toEqual([
      [
        'record',
        'file',
        'row',
        'severity',
        'reason',
        'rows_read',
        'rows_imported',
        'rows_skipped',
        'sheet',
      ],
      ['file', 'edges.csv', '', '', '', '3', '2', '1', ''],
      [
        'problem',
        'edges.csv',
        '4',
        'error',
        'target "=HYPERLINK(x)" is not a node, "quoted"',
        '',
        '',
        '',
        '',
      ],
      ['problem', "'=cmd.csv", '', 'warning', 'ignored', '', '', '', ''],
    ]);
  });

  it("names a workbook's sheet in its own column", () => {
    const rows = parse(
      reportCsv({
        files: [
          { file: 'book.xlsx', sheet: 'people', rowsRead: 1, rowsImported: 0, rowsSkipped: 1 },
        ],
        problems: [{ file: 'book.xlsx', sheet: 'people', row: 7, severity: 'error', reason: 'x' }],
      }),
    );
    expect(rows[1]).toEqual(['file', 'book.xlsx', '', '', '', '1', '0', '1', 'people']);
    expect(rows[2]).toEqual(['problem', 'book.xlsx', '7', 'error', 'x', '', '', '', 'people']);
  });
});

describe('dataset ids of loaded files', () => {
  it('adds -2, -3… until the id is free', () => {
    const taken = new Set(['file-a', 'file-a-2']);
    expect(uniqueDatasetId('file-a', (id) => taken.has(id))).toBe('file-a-3');
    expect(uniqueDatasetId('file-b', (id) => taken.has(id))).toBe('file-b');
  });
});

async function genericGraph() {
  const enc = (t: string) => new TextEncoder().encode(t);
  const outcome = await importFiles([
    {
      name: 'nodes.csv',
      bytes: enc(
        'id,label,sector,city,degree\n__proto__,=SUM(A1),academia,Kyoto,7\nb,B,industry,Osaka,\nc,C,government,,\n',
      ),
    },
    {
      name: 'edges.csv',
      bytes: enc('source,target,weight,year\n__proto__,b,2,2004\nb,__proto__,3,2006\nb,c,1,\n'),
    },
  ]);
  if (!outcome.ok) throw new Error(outcome.error);
  return deriveGraph(outcome.dataset, 'all');
}

describe('nodes and edges CSV', () => {
  it('writes every node with its attributes, positions and metrics aligned by id', async () => {
    const graph = await genericGraph();
    const positions = new Map([['b', { x: 10, y: -20 }]]);
    // Metrics listed in another order than the graph's, to check alignment by id.
    const ids = ['c', 'b', '__proto__'];
    const nodes = Object.fromEntries(
      NODE_METRICS.map((m, k) => [
        m,
        Float64Array.from(ids, (_id, i) => (m === 'closeness' && i === 0 ? NaN : k * 10 + i)),
      ]),
    ) as unknown as MetricsResult['nodes'];
    const metrics = { ids, nodes } as MetricsResult;
    const rows = parse(nodesCsv(graph, positions, metrics));
    const header = rows[0];
    expect(header.slice(0, 7)).toEqual([
      'id',
      'label',
      'kind',
      'sector',
      'organization',
      'role',
      'type',
    ]);
    expect(header).toContain('city');
    expect(header).toContain('degree (attribute)'); // input column clashing with a metric
    expect(header.slice(-NODE_METRICS.length)).toEqual([...NODE_METRICS]);
    const byId = new Map(
      rows.slice(1).map((r) => [r[0], Object.fromEntries(header.map((h, i) => [h, r[i]]))]),
    );
    expect(byId.size).toBe(3);
    expect(byId.get('__proto__')?.label).toBe("'=SUM(A1)");
    expect(byId.get('__proto__')?.city).toBe('Kyoto');
    expect(byId.get('__proto__')?.['degree (attribute)']).toBe('7');
    expect(byId.get('b')?.x).toBe('10');
    expect(byId.get('b')?.y).toBe('-20');
    expect(byId.get('b')?.sector).toBe('industry');
    const pagerank = NODE_METRICS.indexOf('pagerank') * 10;
    expect(byId.get('b')?.pagerank).toBe(String(pagerank + 1));
    expect(byId.get('__proto__')?.pagerank).toBe(String(pagerank + 2));
    expect(byId.get('c')?.closeness).toBe(''); // NaN = undefined → empty
  });

  it('leaves metric columns out when the metrics belong to another graph', async () => {
    const graph = await genericGraph();
    const metrics = { ids: ['x', 'y', 'z'], nodes: {} } as unknown as MetricsResult;
    expect(parse(nodesCsv(graph, new Map(), metrics))[0]).not.toContain('pagerank');
  });

  it('writes one row per merged tie with summed weight', async () => {
    const graph = await genericGraph();
    const rows = edgesCsvRows(graph);
    expect(rows).toHaveLength(1 + graph.size);
    const proto = rows.find(
      (r) => (r[0] === '__proto__' || r[1] === '__proto__') && (r[0] === 'b' || r[1] === 'b'),
    );
    expect(proto?.[4]).toBe(5); // 2 + 3
    expect(proto?.[5]).toBe(2);
    expect(proto?.[7]).toBe('2004;2006');
  });
});

describe('Cytoscape JSON', () => {
  it('is read by Cytoscape.js with the same nodes, edges, data and positions', () => {
    const graph = deriveGraph(tinyClusterDataset(), 'all');
    const positions = new Map(graph.nodes().map((key, i) => [key, { x: i * 5, y: 0 - i }]));
    const doc = JSON.parse(JSON.stringify(cytoscapeJson(graph, positions, 'Tiny')));
    const cy = cytoscape({ headless: true, elements: doc.elements, layout: { name: 'preset' } });
    expect(cy.nodes().length).toBe(graph.order);
    expect(cy.edges().length).toBe(graph.size);
    graph.forEachNode((key, a) => {
      const node = cy.getElementById(key);
      expect(node.data('name')).toBe(a.label);
      expect(node.data('sector')).toBe(a.sector);
      expect(node.position()).toEqual(positions.get(key));
    });
    graph.forEachEdge((_key, a, source, target) => {
      const edge = cy
        .edges()
        .filter(
          (e) =>
            (e.source().id() === source && e.target().id() === target) ||
            (e.source().id() === target && e.target().id() === source),
        );
      expect(edge.length).toBe(1);
      expect(edge.data('weight')).toBe(a.weight);
    });
    expect(doc.data.name).toBe('Tiny');
    cy.destroy();
  });

  it('copies the view positions into x/y for GEXF/GraphML, leaving the shown graph alone', () => {
    const graph = deriveGraph(tinyClusterDataset(), 'organizations');
    const copy = graphWithPositions(graph, new Map([['U', { x: 1, y: 2 }]]));
    expect(copy.getNodeAttribute('U', 'x')).toBe(1);
    expect(graph.getNodeAttribute('U', 'x')).toBeUndefined();
  });
});

describe('the legend drawn into PNG exports', () => {
  it('is the sector key (same palette as the canvas) when no appearance legend is known', () => {
    const legend = imageLegend(null, 'degree');
    expect(legend.colourTitle).toBe('Colour: sector');
    expect(legend.colours.map((c) => c.colour)).toEqual(
      PALETTE_SECTORS.map((s) => SECTOR_COLOURS[s]),
    );
    expect(legend.sizeNote).toMatch(/degree.*number of partners/i);
    expect(legendLines(legend).filter((l) => l.kind === 'sector')).toHaveLength(
      PALETTE_SECTORS.length,
    );
  });

  it('follows the appearance legend: categories, size metric and tie colours', () => {
    const look = {
      colourBy: 'community',
      categories: [
        { value: '1', label: 'Community 1', colour: '#111111', count: 3 },
        { value: '', label: 'Other', colour: '#D9D9D9', count: 1 },
      ],
      sizeBy: 'betweenness',
      sizeFallback: false,
      sizeExamples: [],
      edgeTypes: [{ type: 'patent', colour: '#222222' }],
    } as unknown as LookLegend;
    const legend = imageLegend(look, 'betweenness');
    expect(legend.colourTitle).toBe('Colour: community');
    expect(legend.colours).toEqual([
      { label: 'Community 1', colour: '#111111' },
      { label: 'Other', colour: '#D9D9D9' },
    ]);
    expect(legend.sizeNote).toBe('Size: betweenness');
    const lines = legendLines(legend);
    expect(lines.find((l) => l.kind === 'tie')).toEqual({
      kind: 'tie',
      text: 'patent',
      colour: '#222222',
    });
    expect(imageLegend(look, 'uniform').sizeNote).toBe('Size: uniform');
  });
});
