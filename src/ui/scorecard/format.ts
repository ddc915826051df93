/**
 * Numbers for reading: how the analysis panels print metric values, and the degree
 * distribution the scorecard plots. Pure, no React.
 *
 * - Undefined (null, NaN, ±Infinity) prints as an em dash.
 * - Integers print with the locale's thousands separators ("1,234"; src/i18n/format.ts).
 * - Shares (SHARE_METRICS) print as percentages with one decimal ("41.7%").
 * - Other values print with 3 significant digits, at most 3 decimals for |v| < 1000
 *   ("0.0421", "0.25", "12.3"), and grouped with one decimal from 1000 on.
 */
import { formatNumber, formatPercent } from '../../i18n/format.ts';

export const SHARE_METRICS: ReadonlySet<string> = new Set([
  'crossSectorShare',
  'largestComponentShare',
]);

export function formatValue(value: number | null | undefined, metric?: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (metric !== undefined && SHARE_METRICS.has(metric)) return formatPercent(value, 1);
  if (Number.isInteger(value)) return formatNumber(value, 0);
  const size = Math.abs(value);
  if (size >= 1000) return formatNumber(value, 1);
  if (size === 0) return '0';
  const text = value.toPrecision(3);
  // toPrecision switches to exponents below 1e-6; keep those readable too.
  return text.includes('e') ? value.toExponential(2) : String(Number(text));
}

export function formatPercentile(percentile: number): string {
  return `${Math.round(percentile)}`;
}

export interface DegreeBin {
  degree: number;
  actors: number;
}

/** How many actors have each degree 0 … max (absent degrees as 0); NaN values skipped. */
export function degreeDistribution(degrees: ArrayLike<number>): DegreeBin[] {
  let max = -1;
  for (let i = 0; i < degrees.length; i++) {
    if (Number.isFinite(degrees[i])) max = Math.max(max, degrees[i]);
  }
  const counts = new Array<number>(max + 1).fill(0);
  for (let i = 0; i < degrees.length; i++) {
    if (Number.isFinite(degrees[i])) counts[Math.round(degrees[i])] += 1;
  }
  return counts.map((actors, degree) => ({ degree, actors }));
}
