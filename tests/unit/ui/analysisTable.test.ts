import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { NODE_METRICS, type NodeMetricName } from '../../../src/metrics/types.ts';
import {
  filterRows,
  sortRows,
  tableCsv,
  type TableData,
} from '../../../src/ui/table/tableModel.ts';
import { loadFixture, loadReference } from '../helpers/fixtures.ts';

function metricsWith(n: number, columns: Partial<Record<NodeMetricName, number[]>>) {
  const metrics = {} as Record<NodeMetricName, Float64Array>;
  for (const name of NODE_METRICS)
    metrics[name] = columns[name]
      ? Float64Array.from(columns[name])
      : new Float64Array(n).fill(NaN);
  return metrics;
}

const data: TableData = {
  ids: ['a', 'b', 'c', 'd'],
  labels: ['京都大学', '=HYPERLINK("x")', 'ＫＹＯＴＯ Park', 'Osaka'],
  sectors: ['academia', 'industry', 'intermediary', 'government'],
  metrics: metricsWith(4, { betweenness: [0.1, NaN, 0.5, 0.1], degree: [3, 1, 4, 3] }),
};

describe('node table model', () => {
  it('filters by label or id, width- and case-insensitively', () => {
    expect([...filterRows(data, 'kyoto')]).toEqual([2]);
    expect([...filterRows(data, '京都')]).toEqual([0]);
    expect([...filterRows(data, 'D')]).toEqual([3]);
    expect([...filterRows(data, '')]).toEqual([0, 1, 2, 3]);
  });

  it('sorts metrics descending first with undefined last, and text ascending', () => {
    const all = filterRows(data, '');
    expect([...sortRows(data, all, { column: 'betweenness', descending: true })]).toEqual([
      2, 0, 3, 1,
    ]);
    expect([...sortRows(data, all, { column: 'betweenness', descending: false })]).toEqual([
      0, 3, 2, 1,
    ]);
    expect([...sortRows(data, all, { column: 'sector', descending: false })]).toEqual([0, 3, 1, 2]);
    const filtered = Int32Array.from([1, 3, 0]);
    expect([...sortRows(data, filtered, { column: 'degree', descending: true })]).toEqual([
      3, 0, 1,
    ]);
  });

  it('puts the node of highest degree first on karate (networkx degrees)', () => {
    const graph = loadFixture('karate');
    const { ids, degree, rank } = loadReference<{
      ids: string[];
      degree: number[];
      rank: number[];
    }>('analysis').karate;
    const karate: TableData = {
      ids,
      labels: ids.map((id) => graph.getNodeAttribute(id, 'label')),
      sectors: ids.map((id) => graph.getNodeAttribute(id, 'sector')),
      metrics: metricsWith(ids.length, { degree }),
    };
    const order = sortRows(karate, filterRows(karate, ''), { column: 'degree', descending: true });
    expect(rank[order[0]]).toBe(1);
  });

  it('writes the shown rows as CSV with formulas neutralised and undefined values empty', () => {
    const rows = sortRows(data, filterRows(data, ''), { column: 'betweenness', descending: true });
    const parsed = Papa.parse<string[]>(tableCsv(data, rows).trim(), { newline: '\r\n' }).data;
    expect(parsed[0].slice(0, 4)).toEqual(['id', 'label', 'sector', 'degree']);
    expect(parsed).toHaveLength(5);
    expect(parsed.map((line) => line[0])).toEqual(['id', 'c', 'a', 'd', 'b']);
    const b = parsed[4];
    expect(b[1]).toBe('\'=HYPERLINK("x")');
    expect(b[3 + NODE_METRICS.indexOf('betweenness')]).toBe('');
    expect(Number(parsed[1][3 + NODE_METRICS.indexOf('betweenness')])).toBe(0.5);
  });
});
