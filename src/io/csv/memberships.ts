/**
 * memberships.csv: two-mode data (project × member) projected onto one-mode ties.
 *
 * Rows are grouped by (project, year); rows without a year form their own group for
 * the project. Every pair of distinct members of a group becomes one collaboration tie
 * (weight 1, year of the group, `project` set, type of the group: the first non-empty
 * `type` among its rows, else 'project'). A group of k members gives k(k-1)/2 ties.
 * Row rules: empty project or member → skipped; member that is not a known person or
 * organization → skipped; member listed twice in a group → skipped; year not a year →
 * the row joins the project's undated group, with a warning; a `type` that differs from
 * the group's → warning.
 * Size: the ties are counted before any is made (src/io/projection.ts); above the limit
 * the import stops naming the largest project, or (largeGroups 'star') the largest
 * projects become a node of their own (kind 'node', attribute `project_node` = 'true')
 * tied to each member, and the report lists each.
 */
import type { DatasetGraph, EdgeAttributes } from '../../model/dataset.ts';
import { emptyAttributes } from '../datasetGraph.ts';
import { CHUNK_ROWS } from '../progress.ts';
import { quote } from '../tally.ts';
import type { FileTally } from '../tally.ts';
import { cell, reportWidth } from './columns.ts';
import type { CsvTable } from './table.ts';
import { checkYear } from './tieValues.ts';
import { because } from '../reasons.ts';
import { FatalImportError } from '../tally.ts';
import { genericNode } from '../datasetGraph.ts';
import {
  DEFAULT_PROJECTION_LIMITS,
  pairCount,
  planProjection,
  type ProjectionLimits,
} from '../projection.ts';

interface ProjectGroup {
  project: string;
  year: number | null;
  type: string;
  members: string[];
  /** member id → row number where it joined. */
  rowOf: Map<string, number>;
}

export const DEFAULT_MEMBERSHIP_TYPE = 'project';

export async function projectMemberships(
  table: CsvTable,
  index: Record<'project' | 'member' | 'year' | 'type', number>,
  graph: DatasetGraph,
  tally: FileTally,
  checkpoint: (rowIndex: number) => Promise<void>,
  limits: ProjectionLimits = DEFAULT_PROJECTION_LIMITS,
): Promise<void> {
  for (const t of table.warnings) tally.warn(t.row, t.reason);
  const groups = new Map<string, ProjectGroup>();
  for (let i = 0; i < table.rows.length; i++) {
    if (i % CHUNK_ROWS === 0) await checkpoint(i);
    const row = table.rows[i];
    const rowNumber = table.rowNumbers[i];
    const project = cell(row, index.project);
    const member = cell(row, index.member);
    if (project === '' || member === '') {
      tally.skipped(
        rowNumber,
        because('requiredValueEmpty', { column: quote(project === '' ? 'project' : 'member') }),
      );
      continue;
    }
    if (!graph.hasNode(member)) {
      tally.skipped(rowNumber, because('unknownMember', { id: quote(member) }));
      continue;
    }
    const year = checkYear(cell(row, index.year));
    const key = year.year === null ? project + '\u0000' : project + '\u0000' + year.year;
    let group = groups.get(key);
    if (group === undefined) {
      group = { project, year: year.year, type: '', members: [], rowOf: new Map() };
      groups.set(key, group);
    }
    const earlier = group.rowOf.get(member);
    if (earlier !== undefined) {
      tally.skipped(
        rowNumber,
        year.year === null
          ? because('memberTwice', { member: quote(member), project: quote(project), row: earlier })
          : because('memberTwiceInYear', {
              member: quote(member),
              project: quote(project),
              year: year.year,
              row: earlier,
            }),
      );
      continue;
    }
    if (year.warning !== null) tally.warn(rowNumber, year.warning);
    const type = cell(row, index.type);
    if (type !== '') {
      if (group.type === '') group.type = type;
      else if (type !== group.type)
        tally.warn(
          rowNumber,
          because('typeDiffers', { type: quote(type), first: quote(group.type) }),
        );
    }
    group.members.push(member);
    group.rowOf.set(member, rowNumber);
    reportWidth(table, row, rowNumber, tally);
    tally.imported();
  }

  const list = [...groups.values()];
  const plan = planProjection(
    list.map((group) => group.members.length),
    limits,
  );
  if (plan.kind === 'tooMany') {
    const largest = list[plan.largest];
    throw new FatalImportError(
      table.file,
      because('projectionTooLarge', {
        ties: plan.ties,
        limit: limits.maxProjectedTies,
        project: quote(largest.project),
        members: largest.members.length,
        largestTies: pairCount(largest.members.length),
      }),
      null,
      table.sheet,
    );
  }

  let tiesAdded = 0;
  for (let g = 0; g < list.length; g++) {
    const group = list[g];
    const { members } = group;
    if (members.length === 1) {
      tally.warn(
        group.rowOf.get(members[0]) ?? null,
        because('singleMemberProject', { project: quote(group.project) }),
      );
      continue;
    }
    const type = group.type === '' ? DEFAULT_MEMBERSHIP_TYPE : group.type;
    if (plan.stars.has(g)) {
      addStar(graph, group, type, tally);
      continue;
    }
    for (let a = 0; a < members.length; a++) {
      for (let b = a + 1; b < members.length; b++) {
        const edge: EdgeAttributes = {
          kind: 'collaboration',
          type,
          year: group.year,
          weight: 1,
          project: group.project,
          attributes: emptyAttributes(),
        };
        graph.addEdge(members[a], members[b], edge);
        if (++tiesAdded % CHUNK_ROWS === 0) await checkpoint(table.rows.length);
      }
    }
  }
}

/**
 * A group kept as a star: a node for the project (and year) tied to each member, so a
 * roster of thousands gives thousands of ties, not millions of pairs.
 */
function addStar(graph: DatasetGraph, group: ProjectGroup, type: string, tally: FileTally): void {
  const label = group.year === null ? group.project : `${group.project} (${group.year})`;
  let id = `project:${label}`;
  for (let n = 2; graph.hasNode(id); n++) id = `project:${label} #${n}`;
  const node = genericNode(id, label);
  node.attributes.project_node = 'true';
  graph.addNode(id, node);
  for (const member of group.members) {
    const edge: EdgeAttributes = {
      kind: 'collaboration',
      type,
      year: group.year,
      weight: 1,
      project: group.project,
      attributes: emptyAttributes(),
    };
    graph.addEdge(id, member, edge);
  }
  tally.warn(
    group.rowOf.get(group.members[0]) ?? null,
    because('projectAsStar', {
      project: quote(group.project),
      members: group.members.length,
      pairs: pairCount(group.members.length),
    }),
  );
}
