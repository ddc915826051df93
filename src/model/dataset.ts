import type { AbstractGraph } from 'graphology-types';
import type { Sector } from './sector.ts';
import type { ImportReport } from './report.ts';

/** Node and edge ids are plain strings; `__proto__` or `toString` are ordinary ids. */
export type NodeId = string;

/**
 * `person` and `organization` come from cluster datasets; `node` from generic graphs
 * (nodes/edges CSV, GEXF, GraphML), where no people/organization distinction exists.
 */
export type NodeKind = 'person' | 'organization' | 'node';

/** Attributes of a node of the dataset multigraph. */
export interface NodeAttributes {
  kind: NodeKind;
  label: string;
  /** A person's sector is their organization's; generic nodes are `unknown` unless a column says otherwise. */
  sector: Sector;
  /** For a person: id of their organization (if known). */
  organization?: NodeId;
  /** Person role: researcher, coordinator, director, chief scientist, advisor, ... */
  role?: string;
  /** Organization type (university, company, public research institute, ...). */
  type?: string;
  /** Every other column of the input, kept as text. Keys are column names as written. */
  attributes: Record<string, string>;
  /** Position from the input file (GEXF viz, GraphML x/y, Pajek, GML graphics) when present. */
  x?: number;
  y?: number;
  /** Colour from the input file (GEXF viz:color, GraphML/GML fill, Pajek ic): `#rrggbb` or `rgba(r,g,b,a)`. */
  color?: string;
  /** Size from the input file (GEXF viz:size, GML graphics w): a positive finite number. */
  size?: number;
}

/** `affiliation` links a person to their organization; everything else is a collaboration. */
export type EdgeKind = 'affiliation' | 'collaboration';

export interface EdgeAttributes {
  kind: EdgeKind;
  /** Collaboration type (joint_research, patent, publication, forum, contract, ...); '' when not given. */
  type: string;
  /** Fiscal year, or null when not given. */
  year: number | null;
  /** Positive weight; 1 when not given. */
  weight: number;
  /** Project or forum id this tie comes from (memberships.csv projection or the `project` column). */
  project?: string;
  /** Every other column, kept as text. */
  attributes: Record<string, string>;
}

/** The one model every format lands in: a graphology multigraph (mixed, parallel edges kept). */
export type DatasetGraph = AbstractGraph<NodeAttributes, EdgeAttributes>;

export type DatasetFormat = 'cluster' | 'generic' | 'gexf' | 'graphml';

export interface Dataset {
  /** Stable id (slug of the name). */
  id: string;
  /** Display name (region name for cluster datasets, file name otherwise). */
  name: string;
  format: DatasetFormat;
  graph: DatasetGraph;
  report: ImportReport;
  /** Whether the source declared edges directed (GEXF/GraphML); metrics treat all ties as undirected. */
  sourceDirected?: boolean;
}
