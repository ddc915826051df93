/**
 * What a table is: its role (organizations, people, collaborations, memberships of a
 * cluster dataset; nodes or edges of a generic graph) and which of its columns plays
 * which part. A table gets its role from its file name (`organizations.csv`), its sheet
 * name in a workbook, or the user (the import step in the app, `--edges FILE` and
 * `--map target=Partner` on the command line). Columns the user does not name are found
 * by their aliases (src/io/csv/columns.ts), so a mapping only says what the aliases miss.
 */
import type { ColumnSpec } from './csv/columns.ts';
import {
  COLLABORATION_COLUMNS,
  MEMBERSHIP_COLUMNS,
  ORGANIZATION_COLUMNS,
  PEOPLE_COLUMNS,
} from './csv/clusterColumns.ts';
import { EDGE_COLUMNS, NODE_COLUMNS } from './csv/generic.ts';
import { normaliseName } from './values.ts';

export const CLUSTER_ROLES = ['organizations', 'people', 'collaborations', 'memberships'] as const;
export const GENERIC_ROLES = ['nodes', 'edges'] as const;
export const TABLE_ROLES = [...CLUSTER_ROLES, ...GENERIC_ROLES] as const;
export type ClusterRole = (typeof CLUSTER_ROLES)[number];
export type GenericRole = (typeof GENERIC_ROLES)[number];
export type TableRole = (typeof TABLE_ROLES)[number];

export function isTableRole(value: string): value is TableRole {
  return (TABLE_ROLES as readonly string[]).includes(value);
}

export function isClusterRole(role: TableRole): role is ClusterRole {
  return (CLUSTER_ROLES as readonly string[]).includes(role);
}

/** The user's word on one table. */
export interface TableMapping {
  role: TableRole;
  /**
   * Column role → header cell as written in the file (`{ source: 'Org', target:
   * 'Partner' }`). Roles left out are found by their aliases. Kept prototype-less.
   */
  columns?: Readonly<Record<string, string>>;
  /** false: the first row is data, and the columns are called `column 1`, `column 2`, … */
  header?: boolean;
}

/** The column roles of each table role, with their aliases (first alias = canonical name). */
export const ROLE_COLUMNS: Readonly<Record<TableRole, readonly ColumnSpec<string>[]>> = {
  organizations: ORGANIZATION_COLUMNS,
  people: PEOPLE_COLUMNS,
  collaborations: COLLABORATION_COLUMNS,
  memberships: MEMBERSHIP_COLUMNS,
  nodes: NODE_COLUMNS,
  edges: EDGE_COLUMNS,
};

/** File names that say what a table is, as the importer has always read them. */
const FILE_NAME_ROLES: ReadonlyMap<string, TableRole> = new Map<string, TableRole>([
  ['organizations.csv', 'organizations'],
  ['people.csv', 'people'],
  ['collaborations.csv', 'collaborations'],
  ['memberships.csv', 'memberships'],
  ['nodes.csv', 'nodes'],
  ['edges.csv', 'edges'],
]);

/** The role a file's base name gives (case-insensitive), or null. */
export function roleOfFileName(baseName: string): TableRole | null {
  return FILE_NAME_ROLES.get(baseName.toLowerCase()) ?? null;
}

/**
 * Sheet names (and file stems) that say what a table is, English and Japanese, compared
 * on their normalised form (NFKC, lower case, separators as one space).
 */
const SHEET_NAME_ALIASES: Readonly<Record<TableRole, readonly string[]>> = {
  organizations: [
    'organizations',
    'organisations',
    'organization',
    'organisation',
    'orgs',
    '組織',
    '機関',
    '組織一覧',
    '機関一覧',
    '参加機関',
  ],
  people: ['people', 'persons', 'person', 'researchers', '人物', '研究者', '研究者一覧', '人'],
  collaborations: [
    'collaborations',
    'collaboration',
    'ties',
    '共同研究',
    '連携',
    '共同研究一覧',
    '連携一覧',
  ],
  memberships: ['memberships', 'membership', 'members', '参加', 'メンバー', 'プロジェクト参加'],
  nodes: ['nodes', 'node', 'vertices', 'ノード', '頂点'],
  edges: ['edges', 'edge', 'links', 'arcs', 'エッジ', 'リンク', '辺'],
};

const SHEET_ROLE_BY_NAME: ReadonlyMap<string, TableRole> = new Map(
  (Object.entries(SHEET_NAME_ALIASES) as [TableRole, readonly string[]][]).flatMap(
    ([role, names]) => names.map((name) => [normaliseName(name), role] as const),
  ),
);

/** The role a workbook sheet's name gives, or null. */
export function roleOfSheetName(sheet: string): TableRole | null {
  return SHEET_ROLE_BY_NAME.get(normaliseName(sheet)) ?? null;
}

/** The column of `header` each role of `specs` takes by its aliases (-1 when none). */
export function columnsByAlias(
  header: readonly string[],
  specs: readonly ColumnSpec<string>[],
): Map<string, number> {
  const normalised = header.map(normaliseName);
  const taken = new Set<number>();
  const found = new Map<string, number>();
  for (const spec of specs) {
    let index = -1;
    for (const alias of spec.aliases) {
      const wanted = normaliseName(alias);
      index = normalised.findIndex((name, i) => !taken.has(i) && name === wanted);
      if (index >= 0) break;
    }
    if (index >= 0) taken.add(index);
    found.set(spec.role, index);
  }
  return found;
}

export interface MappingSuggestion {
  mapping: TableMapping;
  /** Every required column of the role was found by its aliases. */
  complete: boolean;
}

/**
 * The role a table most likely has from its header: the role whose required columns are
 * all found by alias, most columns recognised winning (edges before nodes before the
 * cluster roles on a tie, since a lone table is most often a list of ties); failing that,
 * an edge table of its first two columns, which the user confirms or changes.
 */
export function suggestMapping(header: readonly string[]): MappingSuggestion {
  const order: TableRole[] = [
    'edges',
    'collaborations',
    'nodes',
    'organizations',
    'people',
    'memberships',
  ];
  let best: { role: TableRole; found: number } | null = null;
  for (const role of order) {
    const byAlias = columnsByAlias(header, ROLE_COLUMNS[role]);
    const complete = ROLE_COLUMNS[role].every(
      (spec) => !spec.required || byAlias.get(spec.role)! >= 0,
    );
    if (!complete) continue;
    const found = [...byAlias.values()].filter((i) => i >= 0).length;
    if (best === null || found > best.found) best = { role, found };
  }
  if (best !== null) return { mapping: { role: best.role }, complete: true };
  const columns = Object.create(null) as Record<string, string>;
  if (header.length >= 1) columns.source = header[0];
  if (header.length >= 2) columns.target = header[1];
  return { mapping: { role: 'edges', columns }, complete: false };
}

/**
 * A key for "the same headers": remembered mappings are offered again for the next table
 * whose header normalises to the same list.
 */
export function headerSignature(header: readonly string[]): string {
  return header.map(normaliseName).join('\u001f');
}
