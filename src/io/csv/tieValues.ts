/**
 * The value cells every tie row shares (weight, fiscal year), checked the same way in the
 * cluster and the generic formats:
 *  - weight empty → 1; not a number → 1 with a warning; ≤ 0 → the row is skipped;
 *  - year empty → null; not a year (see parseFiscalYear) → null with a warning.
 */
import { quote, type FileTally } from '../tally.ts';
import { parseFiscalYear, parseNumber } from '../values.ts';

export interface WeightCheck {
  weight: number;
  /** Why the row must be skipped, or null. */
  skip: string | null;
  warning: string | null;
}

export function checkWeight(text: string): WeightCheck {
  const value = parseNumber(text);
  if (value === null) return { weight: 1, skip: null, warning: null };
  if (Number.isNaN(value))
    return {
      weight: 1,
      skip: null,
      warning: `weight ${quote(text)} is not a number; weight 1 is used`,
    };
  if (value <= 0)
    return {
      weight: value,
      skip: `weight ${quote(text)} is not positive; a tie needs a weight above 0`,
      warning: null,
    };
  return { weight: value, skip: null, warning: null };
}

export interface YearCheck {
  year: number | null;
  warning: string | null;
}

export function checkYear(text: string): YearCheck {
  const year = parseFiscalYear(text);
  if (year === null) return { year: null, warning: null };
  if (Number.isNaN(year)) {
    return {
      year: null,
      warning: `year ${quote(text)} is not a fiscal year (write 2005, FY2005, 2005年度 or 平成17年度); the tie is kept without a year`,
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
    tally.skipped(
      rowNumber,
      `source and target are the same (${quote(source)}); self-ties are skipped`,
    );
    return null;
  }
  const weight = checkWeight(weightText);
  if (weight.skip !== null) {
    tally.skipped(rowNumber, weight.skip);
    return null;
  }
  return weight;
}
