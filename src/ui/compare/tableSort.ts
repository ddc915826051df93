/** Helpers of the compare table: number formatting (for the interface language) and the header-click sort cycle. */
import { formatCount, formatNumber } from '../../i18n/format.ts';

export type TableSort = { column: number | null; order: 'ascending' | 'descending' };

export const UNSORTED: TableSort = { column: null, order: 'ascending' };

/**
 * Integers whole, others to 3 significant digits (1 decimal from 100 up), trailing zeros
 * dropped, in the interface language's number format (src/i18n/format.ts); null → –.
 * Decimals for 3 significant digits of v: 2 − ⌊log10 |v|⌋.
 */
export function formatValue(value: number | null): string {
  if (value === null) return '–';
  if (Number.isInteger(value)) return formatCount(value);
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  return formatNumber(value, Math.abs(value) >= 100 ? 1 : Math.min(20, Math.max(0, 2 - magnitude)));
}

/** A click on a column header: descending → ascending → table order; the Metric header resets. */
export function nextSort(sort: TableSort, column: number | null): TableSort {
  if (column === null) return UNSORTED;
  if (sort.column !== column) return { column, order: 'descending' };
  return sort.order === 'descending' ? { column, order: 'ascending' } : UNSORTED;
}
