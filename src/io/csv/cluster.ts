/**
 * Cluster dataset: organizations.csv (required), people.csv, collaborations.csv and
 * memberships.csv (optional) → one dataset multigraph.
 *
 * Nodes: organizations (kind 'organization') and people (kind 'person'); ids share one
 * namespace. A person's sector is their organization's, and each person with a known
 * organization gets an `affiliation` edge person → organization (type 'affiliation',
 * weight 1, year null). Collaborations and projected memberships are `collaboration`
 * edges. The row rules (which rows are skipped, which imported with a warning) are
 * listed in docs/data-format.md.
 */
import type { DatasetGraph, EdgeAttributes, NodeAttributes } from '../../model/dataset.ts';
import type { Sector } from '../../model/sector.ts';
import { createDatasetGraph, emptyAttributes } from '../datasetGraph.ts';
import { CHUNK_ROWS } from '../progress.ts';
import type { ImportProgress } from '../progress.ts';
import { quote } from '../tally.ts';
import type { ReportBuilder } from '../tally.ts';
import { because } from '../reasons.ts';
import { parseSector } from '../values.ts';
import { attributesOf, cell, reportWidth, resolveColumns } from './columns.ts';
import {
  COLLABORATION_COLUMNS,
  MEMBERSHIP_COLUMNS,
  ORGANIZATION_COLUMNS,
  PEOPLE_COLUMNS,
} from './clusterColumns.ts';
import { projectMemberships } from './memberships.ts';
import { DEFAULT_PROJECTION_LIMITS, type ProjectionLimits } from '../projection.ts';
import type { CsvTable } from './table.ts';
import { admitTie, checkYear } from './tieValues.ts';

export interface ClusterTables {
  organizations: CsvTable;
  people?: CsvTable;
  collaborations?: CsvTable;
  memberships?: CsvTable;
}

export interface ClusterResult {
  graph: DatasetGraph;
  /** Most frequent `region` value of the organizations, if any. */
  region: string | null;
}

/** Where an id was first defined, for duplicate messages. */
interface Definition {
  file: string;
  row: number;
}

export async function importClusterTables(
  tables: ClusterTables,
  report: ReportBuilder,
  progress: ImportProgress,
  limits: ProjectionLimits = DEFAULT_PROJECTION_LIMITS,
): Promise<ClusterResult> {
  // Resolve every header first: a missing required column is fatal before anything loads.
  const orgCols = resolveColumns(tables.organizations, ORGANIZATION_COLUMNS);
  const peopleCols = tables.people && resolveColumns(tables.people, PEOPLE_COLUMNS);
  const collabCols =
    tables.collaborations && resolveColumns(tables.collaborations, COLLABORATION_COLUMNS);
  const memberCols = tables.memberships && resolveColumns(tables.memberships, MEMBERSHIP_COLUMNS);
  const totalRows =
    tables.organizations.rows.length +
    (tables.people?.rows.length ?? 0) +
    (tables.collaborations?.rows.length ?? 0) +
    (tables.memberships?.rows.length ?? 0);
  let rowsDone = 0;
  const tick = (step: string) => progress.checkpoint(rowsDone / totalRows, step);

  const graph = createDatasetGraph();
  const defined = new Map<string, Definition>();
  const organizationSector = new Map<string, Sector>();
  const regionCounts = new Map<string, number>();

  // organizations.csv
  {
    const table = tables.organizations;
    const tally = report.file(table.file, table.sheet);
    for (const t of table.warnings) tally.warn(t.row, t.reason);
    const { index, attributeColumns } = orgCols;
    const regionColumn =
      attributeColumns.find((c) => table.header[c].toLowerCase() === 'region') ?? -1;
    for (let i = 0; i < table.rows.length; i++, rowsDone++) {
      if (i % CHUNK_ROWS === 0) await tick('organizations');
      const row = table.rows[i];
      const rowNumber = table.rowNumbers[i];
      const id = cell(row, index.id);
      const name = cell(row, index.name);
      const sectorText = cell(row, index.sector);
      if (id === '' || name === '' || sectorText === '') {
        tally.skipped(
          rowNumber,
          because('requiredValueEmpty', {
            column: quote(id === '' ? 'id' : name === '' ? 'name' : 'sector'),
          }),
        );
        continue;
      }
      const first = defined.get(id);
      if (first) {
        tally.skipped(
          rowNumber,
          because('duplicateIdOf', { id: quote(id), file: first.file, row: first.row }),
        );
        continue;
      }
      let sector = parseSector(sectorText);
      if (sector === null) {
        sector = 'unknown';
        tally.warn(rowNumber, because('unknownSector', { value: quote(sectorText) }));
      }
      const node: NodeAttributes = {
        kind: 'organization',
        label: name,
        sector,
        attributes: attributesOf(table, row, attributeColumns),
      };
      const type = cell(row, index.type);
      if (type !== '') node.type = type;
      graph.addNode(id, node);
      defined.set(id, { file: table.file, row: rowNumber });
      organizationSector.set(id, sector);
      const region = cell(row, regionColumn);
      if (region !== '') regionCounts.set(region, (regionCounts.get(region) ?? 0) + 1);
      reportWidth(table, row, rowNumber, tally);
      tally.imported();
    }
  }

  // people.csv
  if (tables.people && peopleCols) {
    const table = tables.people;
    const tally = report.file(table.file, table.sheet);
    for (const t of table.warnings) tally.warn(t.row, t.reason);
    const { index, attributeColumns } = peopleCols;
    for (let i = 0; i < table.rows.length; i++, rowsDone++) {
      if (i % CHUNK_ROWS === 0) await tick('people');
      const row = table.rows[i];
      const rowNumber = table.rowNumbers[i];
      const id = cell(row, index.id);
      const name = cell(row, index.name);
      if (id === '' || name === '') {
        tally.skipped(
          rowNumber,
          because('requiredValueEmpty', { column: quote(id === '' ? 'id' : 'name') }),
        );
        continue;
      }
      const first = defined.get(id);
      if (first) {
        const where = { id: quote(id), file: first.file, row: first.row };
        tally.skipped(
          rowNumber,
          because(first.file === table.file ? 'duplicateIdOf' : 'idOfOrganization', where),
        );
        continue;
      }
      const node: NodeAttributes = {
        kind: 'person',
        label: name,
        sector: 'unknown',
        attributes: attributesOf(table, row, attributeColumns),
      };
      const organization = cell(row, index.organization);
      const organizationKnown = organization !== '' && organizationSector.has(organization);
      if (organizationKnown) {
        node.organization = organization;
        node.sector = organizationSector.get(organization) as Sector;
      } else if (organization !== '') {
        tally.warn(rowNumber, because('unknownAffiliation', { id: quote(organization) }));
      }
      const role = cell(row, index.role);
      if (role !== '') node.role = role;
      graph.addNode(id, node);
      defined.set(id, { file: table.file, row: rowNumber });
      if (organizationKnown) {
        const affiliation: EdgeAttributes = {
          kind: 'affiliation',
          type: 'affiliation',
          year: null,
          weight: 1,
          attributes: emptyAttributes(),
        };
        graph.addEdge(id, organization, affiliation);
      }
      reportWidth(table, row, rowNumber, tally);
      tally.imported();
    }
  }

  // collaborations.csv
  if (tables.collaborations && collabCols) {
    const table = tables.collaborations;
    const tally = report.file(table.file, table.sheet);
    for (const t of table.warnings) tally.warn(t.row, t.reason);
    const { index, attributeColumns } = collabCols;
    for (let i = 0; i < table.rows.length; i++, rowsDone++) {
      if (i % CHUNK_ROWS === 0) await tick('collaborations');
      const row = table.rows[i];
      const rowNumber = table.rowNumbers[i];
      const source = cell(row, index.source);
      const target = cell(row, index.target);
      if (source === '' || target === '') {
        tally.skipped(
          rowNumber,
          because('requiredValueEmpty', { column: quote(source === '' ? 'source' : 'target') }),
        );
        continue;
      }
      const sourceKnown = graph.hasNode(source);
      const targetKnown = graph.hasNode(target);
      if (!sourceKnown || !targetKnown) {
        const reason = !sourceKnown
          ? !targetKnown
            ? because('unknownSourceAndTarget', { source: quote(source), target: quote(target) })
            : because('unknownSource', { id: quote(source) })
          : because('unknownTarget', { id: quote(target) });
        tally.skipped(rowNumber, reason);
        continue;
      }
      const weight = admitTie(tally, rowNumber, source, target, cell(row, index.weight));
      if (weight === null) continue;
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
      const project = cell(row, index.project);
      if (project !== '') edge.project = project;
      graph.addEdge(source, target, edge);
      reportWidth(table, row, rowNumber, tally);
      tally.imported();
    }
  }

  // memberships.csv
  if (tables.memberships && memberCols) {
    const before = rowsDone;
    await projectMemberships(
      tables.memberships,
      memberCols.index,
      graph,
      report.file(tables.memberships.file, tables.memberships.sheet),
      (i) => progress.checkpoint((before + i) / totalRows, 'memberships'),
      limits,
    );
  }

  let region: string | null = null;
  let best = 0;
  for (const [name, count] of regionCounts) if (count > best) [region, best] = [name, count];
  return { graph, region };
}
