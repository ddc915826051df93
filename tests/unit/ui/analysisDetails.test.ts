import { describe, expect, it } from 'vitest';
import { computeAllMetrics } from '../../../src/metrics/index.ts';
import { DEFAULT_METRIC_OPTIONS } from '../../../src/metrics/types.ts';
import {
  brokerageRows,
  nodeMetricRows,
  RANKED_METRICS,
} from '../../../src/ui/details/metricRows.ts';
import { safeHttpUrl } from '../../../src/ui/details/NodeAttributes.tsx';
import { loadFixture, loadReference } from '../helpers/fixtures.ts';

describe('safeHttpUrl (attribute links)', () => {
  it('accepts only absolute http(s) URLs', () => {
    expect(safeHttpUrl('https://www.kyoto-u.ac.jp/')).toBe('https://www.kyoto-u.ac.jp/');
    expect(safeHttpUrl(' HTTP://example.org/a b ')).toBe('http://example.org/a%20b');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(safeHttpUrl('//evil.example/')).toBeNull();
    expect(safeHttpUrl('www.example.org')).toBeNull();
    expect(safeHttpUrl('https://')).toBeNull();
  });
});

/** Columns of sna::brokerage's matrices (scripts/reference/brokerage.R): w_I w_O b_IO b_OI b_O t. */
const SNA_COLUMN = { coordinator: 0, consultant: 1, representative: 2, gatekeeper: 3, liaison: 4 };

interface BrokerageReference {
  nodes: string[];
  raw: number[][];
  exp: (number | string)[][];
  z: (number | string)[][];
}

describe('details rows of one actor', () => {
  const brokerage = loadReference<BrokerageReference>('brokerage').karate;
  it('ranks karate degrees like scipy and gives its brokerage roles as R sna does', async () => {
    const graph = loadFixture('karate');
    const result = await computeAllMetrics(graph, DEFAULT_METRIC_OPTIONS);
    const reference = loadReference<{ ids: string[]; rank: number[]; percentile: number[] }>(
      'analysis',
    ).karate;
    reference.ids.forEach((id, i) => {
      const index = result.ids.indexOf(id);
      const rows = nodeMetricRows(result, index);
      expect(rows.map((row) => row.id)).toEqual(RANKED_METRICS);
      const degree = rows[0];
      expect(degree.rank?.rank).toBe(reference.rank[i]);
      expect(degree.rank?.percentile).toBeCloseTo(reference.percentile[i], 9);
      const roles = brokerageRows(result, index);
      const row = brokerage.nodes.indexOf(id);
      roles.forEach((role) => {
        const column = SNA_COLUMN[role.role];
        expect(role.count).toBe(brokerage.raw[row][column]);
        expect(role.expected).toBeCloseTo(Number(brokerage.exp[row][column]), 9);
        const z = Number(brokerage.z[row][column]);
        if (Number.isFinite(z)) expect(role.z).toBeCloseTo(z, 9);
        else expect(Number.isFinite(role.z)).toBe(false);
      });
    });
  });
});
