/**
 * The comparison table of several analyses (regions or periods): one column per
 * dataset, one row per graph metric and cluster indicator, with the best value marked
 * where "better" has a direction for a networking programme (more connected, more
 * cross-sector; fewer components). Rows without a direction mark nothing.
 */
import { toCsv } from '../io/export/csv.ts';
import { METRIC_INFO } from '../metrics/info.ts';
import type { AnalysisDocument } from './analysis.ts';
import type { OutputFormat } from './args.ts';
import { formatNumber } from './format.ts';

export type Direction = 'higher' | 'lower' | null;

/** Which way a value is "better" for a region that aims to network across sectors. */
export const COMPARE_ROWS: readonly { key: string; better: Direction }[] = [
  { key: 'nodes', better: null },
  { key: 'edges', better: null },
  { key: 'density', better: 'higher' },
  { key: 'components', better: 'lower' },
  { key: 'largestComponentShare', better: 'higher' },
  { key: 'diameter', better: 'lower' },
  { key: 'averagePathLength', better: 'lower' },
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

export function buildComparison(docs: AnalysisDocument[]): Comparison {
  const rows = COMPARE_ROWS.map(({ key, better }): ComparisonRow => {
    const values = docs.map((doc) => {
      const value = doc.graph[key];
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
  return { datasets: docs.map((d) => d.dataset), rows };
}

function bestIndex(values: (number | null)[], better: Direction): number | null {
  if (better === null) return null;
  let best: number | null = null;
  values.forEach((v, i) => {
    if (v === null) return;
    if (best === null || (better === 'higher' ? v > values[best]! : v < values[best]!)) best = i;
  });
  return best;
}

export function formatComparison(comparison: Comparison, format: OutputFormat): string {
  if (format === 'json') return JSON.stringify(comparison, null, 2) + '\n';
  if (format === 'csv') {
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
  const width = Math.max(12, ...comparison.datasets.map((d) => d.length + 2));
  const out = [' '.repeat(30) + comparison.datasets.map((d) => d.padStart(width)).join('')];
  for (const row of comparison.rows) {
    const cells = row.values.map((v, i) =>
      (formatNumber(v) + (row.best === i ? '*' : ' ')).padStart(width),
    );
    out.push(row.label.padEnd(30) + cells.join(''));
  }
  out.push('');
  out.push(
    '* best value in the row (for rows where more or less is clearly better for networking)',
  );
  out.push('');
  for (const row of comparison.rows) out.push(`${row.label}: ${row.explanation}`);
  return out.join('\n') + '\n';
}
