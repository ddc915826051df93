/**
 * Joined / left / changed-most between FY2002–2006 and FY2007–2009 at the organization
 * level, against networkx (scripts/reference/periods.py), plus hand-countable cases.
 */
import { describe, expect, it } from 'vitest';
import { loadReference } from '../helpers/fixtures.ts';
import { loadSampleRegion } from './helpers.ts';
import { compareBeforeAfter } from '../../../src/metrics/compare/beforeAfter.ts';
import { derivePeriodGraph } from '../../../src/graph/periods.ts';
import { computeAllMetrics } from '../../../src/metrics/index.ts';
import type { MetricsResult } from '../../../src/metrics/result.ts';
import type { NodeMetricColumns } from '../../../src/metrics/types.ts';

interface Reference {
  beforeAfter: {
    joined: string[];
    left: string[];
    stayed: number;
    changed: { id: string; before: number; after: number }[];
  };
}
const reference = loadReference('periods') as Record<string, Reference>;

describe.each(Object.keys(reference))('before/after of %s', (region) => {
  it('joined, left and changed most in betweenness match networkx', async () => {
    const dataset = await loadSampleRegion(region);
    const before = await computeAllMetrics(
      derivePeriodGraph(dataset, 'organizations', { kind: 'window', from: 2002, to: 2006 }),
    );
    const after = await computeAllMetrics(
      derivePeriodGraph(dataset, 'organizations', { kind: 'window', from: 2007, to: 2009 }),
    );
    const result = compareBeforeAfter(before, after, 'betweenness', 10);
    const expected = reference[region].beforeAfter;
    expect(result.joined).toEqual(expected.joined);
    expect(result.left).toEqual(expected.left);
    expect(result.stayed).toBe(expected.stayed);
    expect(result.changed.map((c) => c.id)).toEqual(expected.changed.map((c) => c.id));
    result.changed.forEach((c, k) => {
      expect(c.before).toBeCloseTo(expected.changed[k].before, 12);
      expect(c.after).toBeCloseTo(expected.changed[k].after, 12);
      expect(c.delta).toBeCloseTo(expected.changed[k].after - expected.changed[k].before, 12);
    });
  });
});

function fake(
  ids: string[],
  degree: number[],
  betweenness: number[],
): Pick<MetricsResult, 'ids' | 'nodes'> {
  const nodes = { degree: Float64Array.from(degree), betweenness: Float64Array.from(betweenness) };
  return { ids, nodes: nodes as unknown as NodeMetricColumns };
}

describe('before/after definitions', () => {
  it('an isolate in a result counts as inactive; undefined values are not ranked', () => {
    const before = fake(['a', 'b', 'c', 'd'], [1, 2, 0, 1], [0.1, 0.5, 0, NaN]);
    const after = fake(['b', 'c', 'a', 'd', 'e'], [1, 3, 2, 1, 1], [0.2, 0.4, 0.4, 0.3, 0]);
    const result = compareBeforeAfter(before, after, 'betweenness', 5);
    expect(result.joined).toEqual(['c', 'e']);
    expect(result.left).toEqual([]);
    expect(result.stayed).toBe(3);
    // a: +0.3, b: −0.3 (same size: ordered by id), d: NaN before → not ranked
    expect(result.changed.map((c) => c.id)).toEqual(['a', 'b']);
    expect(result.changed[1].delta).toBeCloseTo(-0.3, 15);
    expect(compareBeforeAfter(before, after, 'betweenness', 1).changed).toHaveLength(1);
  });
});
