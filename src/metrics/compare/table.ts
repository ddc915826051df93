/**
 * The comparison table of several analyses (regions, or periods of one region): one
 * column per analysis, one row per graph metric and cluster indicator, each row with its
 * label and plain-language explanation (src/metrics/info.ts) and the best value marked
 * where "better" has a direction for a networking programme (more connected, more
 * cross-sector; fewer components). Rows without a direction mark nothing.
 * `analyze --compare` and the compare view both build their table here.
 *
 * Conventions: a value that is missing, NaN or ±Infinity is null (shown empty); the best
 * column is the first one holding the extreme value (ties go to the leftmost column);
 * a row whose values are all null has no best.
 */
import { toCsv } from '../../io/export/csv.ts';
import { METRIC_INFO } from '../info.ts';
import type { MetricsResult } from '../result.ts';

export type Direction = 'higher' | 'lower' | null;

/** Which way a value is "better" for a region that aims to network across sectors. */
export const COMPARE_ROWS: readonly { key: string; better: Direction }[] = [
  { key: 'nodes', better: null },
  { key: 'edges', better: null },
  { key: 'density', better: 'higher' },
  { key: 'components', better: 'lower' },
  { key: 'largestComponentShare', better: 'higher' },
  // Diameter and average path length are measured within the largest component (or over
  // reachable pairs only), so a fragmented region whose largest component is tiny scores
  // the "shortest" paths: neither direction means "better networked", so no ★.
  { key: 'diameter', better: null },
  { key: 'averagePathLength', better: null },
  { key: 'averageClustering', better: null },
  { key: 'transitivity', better: null },
  { key: 'assortativity', better: null },
  { key: 'modularity', better: null },
  { key: 'communities', better: null },
  { key: 'degreeCentralization', better: null },
  { key: 'betweennessCentralization', better: null },
  { key: 'crossSectorShare', better: 'higher' },
  { key: 'eiIndex', better: 'higher' },
  { key: 'sectorAssortativity', better: 'lower' },
  { key: 'tripleHelixT', better: 'lower' },
];

export interface ComparisonRow {
  key: string;
  label: string;
  explanation: string;
  better: Direction;
  values: (number | null)[];
  /** Index of the best column, or null when no direction or no values. */
  best: number | null;
}

export interface Comparison {
  datasets: string[];
  rows: ComparisonRow[];
}

/** One column: a name and its figures keyed like GraphMetrics / ClusterIndicators fields. */
export interface ComparedColumn {
  name: string;
  figures: Readonly<Record<string, unknown>>;
}

/** The figures of one computation: graph metrics and cluster indicators in one record. */
export function figuresOf(
  result: Pick<MetricsResult, 'graph' | 'indicators'>,
): Record<string, unknown> {
  return { ...result.graph, ...result.indicators };
}

export function buildComparison(columns: readonly ComparedColumn[]): Comparison {
  const rows = COMPARE_ROWS.map(({ key, better }): ComparisonRow => {
    const values = columns.map((column) => {
      const value = column.figures[key];
      return typeof value === 'number' && Number.isFinite(value) ? value : null;
    });
    return {
      key,
      label: METRIC_INFO[key]?.label ?? key,
      explanation: METRIC_INFO[key]?.explanation ?? '',
      better,
      values,
      best: bestIndex(values, better),
    };
  });
  return { datasets: columns.map((c) => c.name), rows };
}

export function bestIndex(values: readonly (number | null)[], better: Direction): number | null {
  if (better === null) return null;
  let best: number | null = null;
  values.forEach((v, i) => {
    if (v === null) return;
    if (best === null || (better === 'higher' ? v > values[best]! : v < values[best]!)) best = i;
  });
  return best;
}

/**
 * Rows ordered by one column's value (null last) or, with `column` null, in the table's
 * own order; stable, so equal values keep their order. The table itself is unchanged.
 */
export function sortRows(
  comparison: Comparison,
  column: number | null,
  order: 'ascending' | 'descending',
): ComparisonRow[] {
  const rows = [...comparison.rows];
  if (column === null) return order === 'ascending' ? rows : rows.reverse();
  const sign = order === 'ascending' ? 1 : -1;
  return rows.sort((a, b) => {
    const x = a.values[column];
    const y = b.values[column];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return sign * (x - y);
  });
}

/** CSV: metric, label, one column per dataset, the best dataset's name, explanation. */
export function comparisonToCsv(comparison: Comparison): string {
  const header = ['metric', 'label', ...comparison.datasets, 'best', 'explanation'];
  const rows = comparison.rows.map((r) => [
    r.key,
    r.label,
    ...r.values,
    r.best === null ? null : comparison.datasets[r.best],
    r.explanation,
  ]);
  return toCsv([header, ...rows]);
}
