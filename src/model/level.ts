import type { NodeId, NodeKind } from './dataset.ts';
import type { Sector } from './sector.ts';
import type { AbstractGraph } from 'graphology-types';

/**
 * Levels of a cluster dataset: `people` (person–person ties), `organizations` (ties
 * aggregated to organizations) and `all` (both, affiliation edges included).
 */
export const LEVELS = ['people', 'organizations', 'all'] as const;
export type Level = (typeof LEVELS)[number];

/** What a derived graph includes. Absent fields mean "no restriction". */
export interface TieFilter {
  /** Inclusive fiscal-year range; ties without a year are kept only when `keepUndated` is true (default true). */
  years?: { from: number; to: number };
  keepUndated?: boolean;
  /** Collaboration types to include; affiliation edges are not filtered by type. */
  types?: readonly string[];
}

export interface SimpleNodeAttributes {
  kind: NodeKind;
  label: string;
  sector: Sector;
  organization?: NodeId;
  role?: string;
  type?: string;
  attributes: Record<string, string>;
  x?: number;
  y?: number;
  color?: string;
  size?: number;
}

/** A merged tie of the simple graph: parallel ties summed. */
export interface SimpleEdgeAttributes {
  /** Sum of the weights of the underlying ties. */
  weight: number;
  /** Number of underlying ties merged into this edge. */
  count: number;
  /** Distinct collaboration types among the underlying ties ('affiliation' for affiliation edges). */
  types: string[];
  /** Distinct years among the underlying ties, ascending. */
  years: number[];
}

/** The simple undirected graph that metrics and views use. */
export type SimpleGraph = AbstractGraph<SimpleNodeAttributes, SimpleEdgeAttributes>;
