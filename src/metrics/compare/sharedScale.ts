/**
 * One node-size scale across the panels of a comparison, so that a node of betweenness
 * 0.2 is drawn the same size in every panel whatever each region's own maximum.
 *
 * size(v) = minSize + (maxSize − minSize) · f(v / domainMax), with f the identity
 * (`linear`, size ∝ value) or the square root (`sqrt`, area ∝ value). The domain is
 * [0, domainMax], domainMax = the largest finite value over ALL panels' columns; values
 * are clamped to it. Undefined values (NaN) and a domain of 0 (every value 0 or none)
 * get minSize. Negative values are clamped to 0: size metrics are non-negative.
 */
export interface SizeScaleOptions {
  /** Pixel size of 0 (and of undefined values). */
  minSize: number;
  /** Pixel size of the largest value over all panels. */
  maxSize: number;
  /** linear: size ∝ value; sqrt: area ∝ value. */
  curve: 'linear' | 'sqrt';
}

export const DEFAULT_SIZE_SCALE_OPTIONS: SizeScaleOptions = {
  minSize: 8,
  maxSize: 40,
  curve: 'linear',
};

export interface SharedSizeScale {
  /** [0, largest finite value over all panels]. */
  domain: [number, number];
  range: [number, number];
  curve: SizeScaleOptions['curve'];
  size(value: number): number;
}

export function sharedSizeScale(
  columns: readonly ArrayLike<number>[],
  partial: Partial<SizeScaleOptions> = {},
): SharedSizeScale {
  const { minSize, maxSize, curve } = { ...DEFAULT_SIZE_SCALE_OPTIONS, ...partial };
  let domainMax = 0;
  for (const column of columns) {
    for (let i = 0; i < column.length; i++) {
      const v = column[i];
      if (Number.isFinite(v) && v > domainMax) domainMax = v;
    }
  }
  const size = (value: number): number => {
    if (!Number.isFinite(value) || domainMax === 0) return minSize;
    const t = Math.min(1, Math.max(0, value) / domainMax);
    return minSize + (maxSize - minSize) * (curve === 'sqrt' ? Math.sqrt(t) : t);
  };
  return { domain: [0, domainMax], range: [minSize, maxSize], curve, size };
}
