/**
 * Rank and percentile of one actor's metric value among all actors of the shown graph.
 *
 * Conventions:
 * - Higher values rank first. Ties share a rank by competition ranking ("1224"): an
 *   actor's rank is 1 + the number of actors with a strictly higher value, as
 *   scipy.stats.rankdata(−x, method='min').
 * - Percentile is the weak percentile rank: the share (in %) of actors whose value is
 *   ≤ this one, as scipy.stats.percentileofscore(x, v, kind='weak'); the top actor is 100.
 * - Undefined values (NaN, e.g. constraint of an isolate) are left out of both counts and
 *   get no rank.
 * One pass over the column: O(n) per metric, fine for a details panel of one actor.
 */

export interface RankInfo {
  /** 1-based competition rank (1 = highest value). */
  rank: number;
  /** Number of actors with a defined value. */
  of: number;
  /** Weak percentile rank in [0, 100]. */
  percentile: number;
}

export function rankOf(column: ArrayLike<number>, index: number): RankInfo | null {
  const value = column[index];
  if (index < 0 || index >= column.length || Number.isNaN(value)) return null;
  let higher = 0;
  let atMost = 0;
  let defined = 0;
  for (let i = 0; i < column.length; i++) {
    const other = column[i];
    if (Number.isNaN(other)) continue;
    defined += 1;
    if (other > value) higher += 1;
    else atMost += 1;
  }
  return { rank: higher + 1, of: defined, percentile: (100 * atMost) / defined };
}

/**
 * Indices of a column's rows in display order: by value (descending unless `ascending`),
 * undefined (NaN) values last in either direction, ties in index order (stable).
 */
export function orderByColumn(column: ArrayLike<number>, ascending = false): Int32Array {
  const order = Int32Array.from({ length: column.length }, (_, i) => i);
  const sign = ascending ? 1 : -1;
  return order.sort((a, b) => {
    const x = column[a];
    const y = column[b];
    const xNaN = Number.isNaN(x);
    const yNaN = Number.isNaN(y);
    if (xNaN || yNaN) return xNaN === yNaN ? a - b : xNaN ? 1 : -1;
    return x === y ? a - b : sign * (x < y ? -1 : 1);
  });
}
