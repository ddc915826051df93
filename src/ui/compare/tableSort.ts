/** Pure helpers of the compare table: number formatting and the header-click sort cycle. */
export type TableSort = { column: number | null; order: 'ascending' | 'descending' };

export const UNSORTED: TableSort = { column: null, order: 'ascending' };

/** Integers as they are, others to 3 significant digits (1 decimal from 100 up); null → –. */
export function formatValue(value: number | null): string {
  if (value === null) return '–';
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) >= 100 ? value.toFixed(1) : value.toPrecision(3);
}

/** A click on a column header: descending → ascending → table order; the Metric header resets. */
export function nextSort(sort: TableSort, column: number | null): TableSort {
  if (column === null) return UNSORTED;
  if (sort.column !== column) return { column, order: 'descending' };
  return sort.order === 'descending' ? { column, order: 'ascending' } : UNSORTED;
}
