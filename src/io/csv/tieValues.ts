/**
 * The value cells every tie row shares (weight, fiscal year), checked the same way in the
 * cluster and the generic formats:
 *  - weight empty → 1; not a number → 1 with a warning; ≤ 0 → the row is skipped;
 *  - year empty → null; not a year (see parseFiscalYear) → null with a warning.
 */
import { because, type Reason } from '../reasons.ts';
import { quote, type FileTally } from '../tally.ts';
import { parseFiscalYear, parseNumber } from '../values.ts';

export interface WeightCheck {
  weight: number;
  /** Why the row must be skipped, or null. */
  skip: Reason | null;
  warning: Reason | null;
}

export function checkWeight(text: string): WeightCheck {
  const value = parseNumber(text);
  if (value === null) return { weight: 1, skip: null, warning: null };
  if (Number.isNaN(value))
    return {
      weight: 1,
      skip: null,
      warning: because('weightNotNumber', { value: quote(text) }),
    };
  if (value <= 0)
    return {
      weight: value,
      skip: because('weightNotPositive', { value: quote(text) }),
      warning: null,
    };
  return { weight: value, skip: null, warning: null };
}

export interface YearCheck {
  year: number | null;
  warning: Reason | null;
}

export function checkYear(text: string): YearCheck {
  const year = parseFiscalYear(text);
  if (year === null) return { year: null, warning: null };
  if (Number.isNaN(year)) {
    return {
      year: null,
      warning: because('yearNotFiscal', { value: quote(text) }),
    };
  }
  return { year, warning: null };
}

/**
 * The row rules every tie row shares (cluster collaborations and generic edges): a
 * self-tie is skipped, a weight ≤ 0 is skipped, a weight that is not a number becomes 1.
 * Returns null when the row was skipped (and reported on `tally`); otherwise the weight
 * check, whose warning the caller reports where its other warnings go.
 */
export function admitTie(
  tally: FileTally,
  rowNumber: number,
  source: string,
  target: string,
  weightText: string,
): WeightCheck | null {
  if (source === target) {
    tally.skipped(rowNumber, because('selfTie', { id: quote(source) }));
    return null;
  }
  const weight = checkWeight(weightText);
  if (weight.skip !== null) {
    tally.skipped(rowNumber, weight.skip);
    return null;
  }
  return weight;
}
