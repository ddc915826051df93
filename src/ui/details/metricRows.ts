/**
 * The metric rows of the details panel for one actor: value, competition rank and weak
 * percentile among all actors of the shown graph (./ranking.ts), and its brokerage roles
 * (count, expected count under sna's null model and z-score). Pure, no React.
 */
import type { MetricsResult } from '../../metrics/result.ts';
import type { NodeMetricName } from '../../metrics/types.ts';
import { rankOf, type RankInfo } from './ranking.ts';

/** Ranked metrics in display order (community is a label, not a score: no rank). */
export const RANKED_METRICS: readonly NodeMetricName[] = [
  'degree',
  'weightedDegree',
  'betweenness',
  'closeness',
  'harmonic',
  'eigenvector',
  'pagerank',
  'clustering',
  'coreness',
  'constraint',
  'effectiveSize',
  'eiIndex',
  'participation',
  'withinModuleZ',
  'brokerage',
];

export const BROKERAGE_ROLES = [
  'coordinator',
  'consultant',
  'gatekeeper',
  'representative',
  'liaison',
] as const;
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];

export interface MetricRow {
  id: NodeMetricName;
  value: number;
  rank: RankInfo | null;
}

export interface RoleRow {
  role: BrokerageRole;
  count: number;
  expected: number;
  z: number;
}

export function nodeMetricRows(result: MetricsResult, index: number): MetricRow[] {
  return RANKED_METRICS.map((id) => ({
    id,
    value: result.nodes[id][index],
    rank: rankOf(result.nodes[id], index),
  }));
}

export function brokerageRows(result: MetricsResult, index: number): RoleRow[] {
  return BROKERAGE_ROLES.map((role) => ({
    role,
    count: result.nodes[role][index],
    expected: result.nodes[`${role}Expected`][index],
    z: result.nodes[`${role}Z`][index],
  }));
}
