/**
 * Rows of the four files of a cluster dataset, as the importer reads them
 * (docs/data-format.md): organizations.csv, people.csv, collaborations.csv, memberships.csv.
 */
import type { KnownSector } from '../../model/index.ts';

export interface OrganizationRow {
  id: string;
  /** Japanese name. */
  name: string;
  /** Romanised name. */
  name_en: string;
  sector: KnownSector;
  /** university, company, public research institute, prefecture, cluster headquarters, … */
  type: string;
  region: string;
  prefecture: string;
  city: string;
  lat: string;
  lon: string;
}

export interface PersonRow {
  id: string;
  name: string;
  name_en: string;
  organization: string;
  /** researcher, coordinator, director, chief scientist, advisor, staff, engineer */
  role: string;
}

export interface CollaborationRow {
  source: string;
  target: string;
  /** joint_research, patent, publication, forum, contract */
  type: string;
  /** Fiscal year. */
  year: number;
  weight: number;
  /** Project id, '' when the tie belongs to no project. */
  project: string;
}

export interface MembershipRow {
  project: string;
  member: string;
  year: number;
  type: string;
}

export interface ClusterTables {
  organizations: OrganizationRow[];
  people: PersonRow[];
  collaborations: CollaborationRow[];
  memberships: MembershipRow[];
}

export const TABLE_COLUMNS = {
  organizations: [
    'id',
    'name',
    'name_en',
    'sector',
    'type',
    'region',
    'prefecture',
    'city',
    'lat',
    'lon',
  ],
  people: ['id', 'name', 'name_en', 'organization', 'role'],
  collaborations: ['source', 'target', 'type', 'year', 'weight', 'project'],
  memberships: ['project', 'member', 'year', 'type'],
} as const satisfies {
  organizations: readonly (keyof OrganizationRow)[];
  people: readonly (keyof PersonRow)[];
  collaborations: readonly (keyof CollaborationRow)[];
  memberships: readonly (keyof MembershipRow)[];
};

/** Fiscal years of the Knowledge Cluster Initiative's first phase. */
export const FIRST_YEAR = 2002;
export const LAST_YEAR = 2009;
export const YEARS: readonly number[] = Array.from(
  { length: LAST_YEAR - FIRST_YEAR + 1 },
  (_, i) => FIRST_YEAR + i,
);
