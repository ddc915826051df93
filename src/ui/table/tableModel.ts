/**
 * The node table's rows as plain arrays: which rows pass the text filter, in which order
 * they are shown, and the CSV of what is shown. Pure, no React.
 *
 * - Filter: a row passes when its label or id contains the query after NFKC
 *   normalisation and lower-casing (the search box's matching, ../search/match.ts).
 * - Sort: by a metric column (descending first; undefined values last either way) or by
 *   label / sector text (ascending first, Japanese collation); ties keep the order of
 *   the given rows (graph order, as filterRows returns them).
 * - CSV: header row (id, label, sector, every metric), one row per shown row in shown
 *   order, written by src/io/export/csv.ts (formulas neutralised, undefined = empty).
 */
import { toCsv, type CsvCell } from '../../io/export/csv.ts';
import { NODE_METRICS, type NodeMetricName } from '../../metrics/types.ts';
import { orderByColumn } from '../details/ranking.ts';
import { normalizeForSearch } from '../search/match.ts';

export type TableColumn = 'label' | 'sector' | NodeMetricName;

export interface TableData {
  ids: string[];
  labels: string[];
  sectors: string[];
  /** Metric columns aligned with ids, or null before metrics exist. */
  metrics: Record<NodeMetricName, Float64Array> | null;
}

export interface TableSort {
  column: TableColumn;
  descending: boolean;
}

export function filterRows(data: TableData, query: string): Int32Array {
  const wanted = normalizeForSearch(query);
  if (wanted === '') return Int32Array.from(data.ids, (_, i) => i);
  const kept: number[] = [];
  for (let i = 0; i < data.ids.length; i++) {
    if (
      normalizeForSearch(data.labels[i]).includes(wanted) ||
      normalizeForSearch(data.ids[i]).includes(wanted)
    )
      kept.push(i);
  }
  return Int32Array.from(kept);
}

const collator = new Intl.Collator('ja');

/** The rows (indices into data) in display order. */
export function sortRows(data: TableData, rows: Int32Array, sort: TableSort | null): Int32Array {
  if (sort === null) return rows;
  const { column, descending } = sort;
  if (column === 'label' || column === 'sector') {
    const text = column === 'label' ? data.labels : data.sectors;
    const sign = descending ? -1 : 1;
    return Int32Array.from(rows).sort((a, b) => sign * collator.compare(text[a], text[b]) || a - b);
  }
  if (data.metrics === null) return rows;
  const full = data.metrics[column];
  const values = Float64Array.from(rows, (row) => full[row]);
  return Int32Array.from(orderByColumn(values, !descending), (position) => rows[position]);
}

export function tableCsv(data: TableData, rows: Int32Array): string {
  const header: CsvCell[] = ['id', 'label', 'sector', ...(data.metrics ? NODE_METRICS : [])];
  const lines: CsvCell[][] = [header];
  for (const row of rows) {
    const line: CsvCell[] = [data.ids[row], data.labels[row], data.sectors[row]];
    if (data.metrics) for (const name of NODE_METRICS) line.push(data.metrics[name][row]);
    lines.push(line);
  }
  return toCsv(lines);
}
