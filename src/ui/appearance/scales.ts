/**
 * Size scales and ranking for the appearance mapping; pure, tested in Node.
 *
 * Size scale (node diameter from a metric value v over the shown nodes' range lo..hi):
 *   t = (v − lo) / (hi − lo),  size = min + f(t) · (max − min),
 * with f(t) = t (linear), √t (sqrt) or ln(1 + 99 t) / ln 100 (log: two decades across
 * the range, whatever the metric's units, so it also spreads values in 0..1 such as
 * betweenness). Measuring from the minimum lets sqrt and log work for metrics with
 * negative values (E-I index, z-scores) too. Undefined
 * values (NaN) get the smallest size; a degenerate range (all equal) gives every node the
 * middle size. sqrt makes the disc *area* proportional to the value (Tufte's lie factor 1).
 */
import type { SizeScale } from '../../store/appearanceSlice.ts';

/** Decades the log scale spans across the range. */
const LOG_SPAN = 100;

const TRANSFORM: Record<SizeScale, (t: number) => number> = {
  linear: (t) => t,
  sqrt: (t) => Math.sqrt(t),
  log: (t) => Math.log1p((LOG_SPAN - 1) * t) / Math.log(LOG_SPAN),
};

export interface SizeRange {
  lo: number;
  hi: number;
}

/** The finite range of the values (null when none is finite). */
export function finiteRange(values: ArrayLike<number>): SizeRange | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? { lo, hi } : null;
}

/** The diameter for one value. */
export function sizeFor(
  value: number,
  range: SizeRange | null,
  scale: SizeScale,
  min: number,
  max: number,
): number {
  if (range === null || !Number.isFinite(value)) return min;
  if (range.hi === range.lo) return (min + max) / 2;
  const t = (Math.min(Math.max(value, range.lo), range.hi) - range.lo) / (range.hi - range.lo);
  return min + TRANSFORM[scale](t) * (max - min);
}

/** Diameters for all values. */
export function scaleSizes(
  values: ArrayLike<number>,
  scale: SizeScale,
  min: number,
  max: number,
): Float64Array {
  const range = finiteRange(values);
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = sizeFor(values[i], range, scale, min, max);
  return out;
}

/**
 * Example values for the legend: low, middle and high; for a count (`integer`) the
 * middle is rounded, so the legend never shows a value no node can have.
 */
export function legendExamples(
  range: SizeRange | null,
  scale: SizeScale,
  min: number,
  max: number,
  integer = false,
): { value: number; size: number }[] {
  if (range === null) return [];
  if (range.hi === range.lo) return [{ value: range.lo, size: (min + max) / 2 }];
  const middle = (range.lo + range.hi) / 2;
  const values = [range.lo, integer ? Math.round(middle) : middle, range.hi];
  return values.map((value) => ({ value, size: sizeFor(value, range, scale, min, max) }));
}

/**
 * Indices of the `count` largest finite values, largest first; ties go to the lower
 * index (graph order), and values ≤ 0 only when `keepZero` (an isolate is no hub).
 */
export function topIndices(values: ArrayLike<number>, count: number, keepZero = false): number[] {
  const candidates: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v) && (keepZero || v > 0)) candidates.push(i);
  }
  candidates.sort((a, b) => values[b] - values[a] || a - b);
  return candidates.slice(0, Math.max(0, count));
}
