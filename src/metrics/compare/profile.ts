/**
 * Data of the compare view's charts, pure:
 * - profile: indicators normalised across the compared regions for a radar chart:
 *   x' = (x − min) / (max − min) over the regions' values of that row, reversed
 *   (1 − x') for rows where lower is better, so that outward always means "better" where
 *   the table has a direction; null stays null; a row whose values are all equal gives 0.5.
 * - degree distribution: share of nodes with each degree k, P(k) = n_k / n, k ascending.
 * - sector mixing shares: tie counts between sectors divided by the number of ties (each
 *   tie once: the diagonal and the upper triangle sum to 1; the matrix stays mirrored), and
 *   one colour domain [0, max share over all panels] so heatmaps side by side compare.
 */
import type { SectorMixing } from '../types.ts';
import type { Comparison } from './table.ts';

export const PROFILE_KEYS = [
  'density',
  'largestComponentShare',
  'averageClustering',
  'averagePathLength',
  'crossSectorShare',
  'eiIndex',
] as const;

export interface ProfileAxis {
  key: string;
  label: string;
  reversed: boolean;
  /** Normalised value per dataset, aligned with comparison.datasets. */
  values: (number | null)[];
}

export function normaliseProfile(
  comparison: Comparison,
  keys: readonly string[] = PROFILE_KEYS,
): ProfileAxis[] {
  return keys.flatMap((key) => {
    const row = comparison.rows.find((r) => r.key === key);
    if (row === undefined) return [];
    const present = row.values.filter((v): v is number => v !== null);
    const min = Math.min(...present);
    const max = Math.max(...present);
    const reversed = row.better === 'lower';
    const values = row.values.map((v) => {
      if (v === null) return null;
      const t = max > min ? (v - min) / (max - min) : 0.5;
      return reversed ? 1 - t : t;
    });
    return [{ key, label: row.label, reversed, values }];
  });
}

export function degreeDistribution(
  degrees: ArrayLike<number>,
): { degree: number; share: number }[] {
  const counts = new Map<number, number>();
  for (let i = 0; i < degrees.length; i++)
    counts.set(degrees[i], (counts.get(degrees[i]) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([degree, count]) => ({ degree, share: count / degrees.length }));
}

export function mixingShares(mixing: SectorMixing): number[][] {
  const k = mixing.sectors.length;
  let ties = 0;
  for (let i = 0; i < k; i++) for (let j = i; j < k; j++) ties += mixing.counts[i][j];
  return mixing.counts.map((row) => row.map((c) => (ties > 0 ? c / ties : 0)));
}

export function sharedShareDomain(matrices: readonly number[][][]): [number, number] {
  let max = 0;
  for (const m of matrices) for (const row of m) for (const v of row) max = Math.max(max, v);
  return [0, max];
}
