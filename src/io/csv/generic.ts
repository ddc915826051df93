/**
 * Generic graph: nodes.csv and/or edges.csv (Gephi's spreadsheet import format and the
 * like) → dataset multigraph of kind 'node' nodes and 'collaboration' edges.
 *
 * Without nodes.csv the nodes come from the edges (label = id). With nodes.csv, an edge
 * endpoint missing from it is created, with one warning per created node. A `sector`
 * column is mapped like in the cluster format; a `type` column on edges fills the tie
 * type, except Gephi's direction values (Directed, Undirected, Mutual), which stay in
 * `attributes` and mark the dataset as directed when one says Directed.
 */
import type { DatasetGraph, EdgeAttributes, NodeAttributes } from '../../model/dataset.ts';
import { createDatasetGraph, genericNode } from '../datasetGraph.ts';
import { CHUNK_ROWS } from '../progress.ts';
import type { ImportProgress } from '../progress.ts';
import { quote } from '../tally.ts';
import type { ReportBuilder } from '../tally.ts';
import { because } from '../reasons.ts';
import { parseSector } from '../values.ts';
import { attributesOf, cell, reportWidth, resolveColumns } from './columns.ts';
import type { ColumnSpec } from './columns.ts';
import type { CsvTable } from './table.ts';
import { admitTie, checkYear } from './tieValues.ts';

export const NODE_COLUMNS: readonly ColumnSpec<'id' | 'label' | 'sector'>[] = [
  { role: 'id', required: true, aliases: ['id', 'node', 'node id', 'key', 'name', 'ノードid'] },
  { role: 'label', required: false, aliases: ['label', 'name', 'title', 'ラベル', '名称', '名前'] },
  { role: 'sector', required: false, aliases: ['sector', 'セクター', '区分'] },
];

export const EDGE_COLUMNS: readonly ColumnSpec<
  'source' | 'target' | 'weight' | 'type' | 'year' | 'project'
>[] = [
  {
    role: 'source',
    required: true,
    aliases: ['source', 'from', 'src', 'node1', 'source id', '始点'],
  },
  {
    role: 'target',
    required: true,
    aliases: ['target', 'to', 'dst', 'node2', 'target id', '終点'],
  },
  { role: 'weight', required: false, aliases: ['weight', 'value', 'strength', '重み'] },
  { role: 'type', required: false, aliases: ['type', 'kind', 'relation', '種類', '種別'] },
  { role: 'year', required: false, aliases: ['year', 'fiscal year', 'fy', '年度', '年'] },
  { role: 'project', required: false, aliases: ['project', 'プロジェクト'] },
];

const DIRECTION_VALUES = new Map([
  ['directed', true],
  ['undirected', false],
  ['mutual', false],
]);

export interface GenericResult {
  graph: DatasetGraph;
  sourceDirected: boolean;
}

export async function importGenericTables(
  tables: { nodes?: CsvTable; edges?: CsvTable },
  report: ReportBuilder,
  progress: ImportProgress,
): Promise<GenericResult> {
  const nodeCols = tables.nodes && resolveColumns(tables.nodes, NODE_COLUMNS);
  const edgeCols = tables.edges && resolveColumns(tables.edges, EDGE_COLUMNS);
  const totalRows = (tables.nodes?.rows.length ?? 0) + (tables.edges?.rows.length ?? 0);
  const graph = createDatasetGraph();
  const firstRow = new Map<string, number>();
  let sourceDirected = false;

  if (tables.nodes && nodeCols) {
    const table = tables.nodes;
    const tally = report.file(table.file, table.sheet);
    for (const t of table.warnings) tally.warn(t.row, t.reason);
    const { index, attributeColumns } = nodeCols;
    for (let i = 0; i < table.rows.length; i++) {
      if (i % CHUNK_ROWS === 0) await progress.checkpoint(i / totalRows, 'nodes');
      const row = table.rows[i];
      const rowNumber = table.rowNumbers[i];
      const id = cell(row, index.id);
      if (id === '') {
        tally.skipped(
          rowNumber,
          because('requiredValueEmpty', { column: quote(table.header[index.id]) }),
        );
        continue;
      }
      const first = firstRow.get(id);
      if (first !== undefined) {
        tally.skipped(rowNumber, because('duplicateIdOfRow', { id: quote(id), row: first }));
        continue;
      }
      const node: NodeAttributes = genericNode(id, cell(row, index.label));
      node.attributes = attributesOf(table, row, attributeColumns);
      const sectorText = cell(row, index.sector);
      if (sectorText !== '') {
        const sector = parseSector(sectorText);
        if (sector === null)
          tally.warn(rowNumber, because('unknownSector', { value: quote(sectorText) }));
        else node.sector = sector;
      }
      graph.addNode(id, node);
      firstRow.set(id, rowNumber);
      reportWidth(table, row, rowNumber, tally);
      tally.imported();
    }
  }

  if (tables.edges && edgeCols) {
    const table = tables.edges;
    const tally = report.file(table.file, table.sheet);
    for (const t of table.warnings) tally.warn(t.row, t.reason);
    const { index, attributeColumns } = edgeCols;
    const nodesFile = tables.nodes?.file;
    const typeHeader = index.type >= 0 ? table.header[index.type] : '';
    const offset = tables.nodes?.rows.length ?? 0;
    for (let i = 0; i < table.rows.length; i++) {
      if (i % CHUNK_ROWS === 0) await progress.checkpoint((offset + i) / totalRows, 'edges');
      const row = table.rows[i];
      const rowNumber = table.rowNumbers[i];
      const source = cell(row, index.source);
      const target = cell(row, index.target);
      if (source === '' || target === '') {
        const column = source === '' ? index.source : index.target;
        tally.skipped(
          rowNumber,
          because('requiredValueEmpty', { column: quote(table.header[column]) }),
        );
        continue;
      }
      const weight = admitTie(tally, rowNumber, source, target, cell(row, index.weight));
      if (weight === null) continue;
      for (let end = 0; end < 2; end++) {
        const endpoint = end === 0 ? source : target;
        if (graph.hasNode(endpoint)) continue;
        graph.addNode(endpoint, genericNode(endpoint));
        if (nodesFile)
          tally.warn(
            rowNumber,
            because('nodeNotInNodesFile', { id: quote(endpoint), file: nodesFile }),
          );
      }
      if (weight.warning !== null) tally.warn(rowNumber, weight.warning);
      const year = checkYear(cell(row, index.year));
      if (year.warning !== null) tally.warn(rowNumber, year.warning);
      const edge: EdgeAttributes = {
        kind: 'collaboration',
        type: cell(row, index.type),
        year: year.year,
        weight: weight.weight,
        attributes: attributesOf(table, row, attributeColumns),
      };
      const direction = DIRECTION_VALUES.get(edge.type.toLowerCase());
      if (direction !== undefined) {
        edge.attributes[typeHeader] = edge.type;
        edge.type = '';
        if (direction) sourceDirected = true;
      }
      const project = cell(row, index.project);
      if (project !== '') edge.project = project;
      graph.addEdge(source, target, edge);
      reportWidth(table, row, rowNumber, tally);
      tally.imported();
    }
  }
  return { graph, sourceDirected };
}
