/**
 * What computeAllMetrics returns: per-node columns aligned with `ids` (NaN = undefined),
 * graph metrics, cluster indicators and the warnings met on the way (e.g. a power
 * iteration that did not converge). `nullable` turns NaN into null for output.
 */
import type { ClusterIndicators, GraphMetrics, MetricOptions, NodeMetricColumns } from './types.ts';

export interface MetricsResult {
  ids: string[];
  nodes: NodeMetricColumns;
  graph: GraphMetrics;
  indicators: ClusterIndicators;
  options: MetricOptions;
  warnings: string[];
}

/** NaN and ±Infinity are not numbers a report can carry: they become null. */
export function nullable(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
