/**
 * Indicators per period against networkx (scripts/reference/periods.py, which reads the
 * sample CSVs itself), and each point against computeAllMetrics on the same period graph.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReference } from '../helpers/fixtures.ts';
import { loadSampleRegion } from './helpers.ts';
import { computeTimeline, TIMELINE_INDICATORS } from '../../../src/metrics/compare/timeline.ts';
import { datasetYears, derivePeriodGraph, type PeriodSpec } from '../../../src/graph/periods.ts';
import { computeAllMetrics } from '../../../src/metrics/index.ts';
import type { Dataset, Level } from '../../../src/model/index.ts';

type Figures = Record<string, number>;
interface RegionReference {
  years: number[];
  periods: { period: PeriodSpec; people: Figures; organizations: Figures }[];
}
const reference = loadReference('periods') as Record<string, RegionReference>;
const CHECKED = [
  'nodes',
  'edges',
  'density',
  'largestComponentShare',
  'crossSectorShare',
  'eiIndex',
  'meanBetweenness',
];

describe.each(Object.keys(reference))('timeline of %s', (region) => {
  let dataset: Dataset;
  beforeAll(async () => {
    dataset = await loadSampleRegion(region);
  });

  it('has the fiscal years networkx found', () => {
    expect(datasetYears(dataset)).toEqual(reference[region].years);
  });

  it.each(['people', 'organizations'] as const)(
    '%s level matches networkx for every period',
    async (level: Level & ('people' | 'organizations')) => {
      const ref = reference[region].periods;
      const points = await computeTimeline(
        dataset,
        level,
        ref.map((p) => p.period),
      );
      points.forEach((point, k) => {
        const expected = ref[k][level];
        for (const key of CHECKED) {
          const value = point[key as keyof typeof point] as number | null;
          if (expected[key] === undefined) expect(value, `${point.label} ${key}`).toBeNull();
          else expect(value, `${point.label} ${key}`).toBeCloseTo(expected[key], 10);
        }
      });
    },
  );
});

describe('timeline points equal computeAllMetrics on the period graph', () => {
  it.each([false, true])(
    'for every indicator, including modularity (weighted: %s)',
    async (weighted) => {
      const dataset = await loadSampleRegion('sapporo');
      const periods: PeriodSpec[] = [
        { kind: 'window', from: 2002, to: 2006 },
        { kind: 'cumulative', to: 2009 },
      ];
      const points = await computeTimeline(dataset, 'organizations', periods, {
        seed: 7,
        weighted,
      });
      for (const [k, period] of periods.entries()) {
        const full = await computeAllMetrics(derivePeriodGraph(dataset, 'organizations', period), {
          seed: 7,
          weighted,
        });
        let sum = 0;
        for (const b of full.nodes.betweenness) sum += b;
        const expected: Record<string, number | null> = {
          density: full.graph.density,
          largestComponentShare: full.graph.largestComponentShare,
          crossSectorShare: full.indicators.crossSectorShare,
          eiIndex: full.indicators.eiIndex,
          modularity: full.graph.modularity,
          meanBetweenness: sum / full.ids.length,
        };
        for (const key of TIMELINE_INDICATORS)
          expect(points[k][key], key).toBeCloseTo(expected[key]!, 12);
        expect(points[k].modularity).not.toBeNull();
      }
    },
  );

  it('an empty period has no nodes and null indicators', async () => {
    const dataset = await loadSampleRegion('nagano');
    const [point] = await computeTimeline(dataset, 'people', [
      { kind: 'window', from: 1990, to: 1995 },
    ]);
    expect(point.nodes).toBe(0);
    for (const key of TIMELINE_INDICATORS) expect(point[key]).toBeNull();
  });

  it('honours a cancelled signal', async () => {
    const dataset = await loadSampleRegion('nagano');
    const controller = new AbortController();
    controller.abort();
    await expect(
      computeTimeline(
        dataset,
        'people',
        [{ kind: 'cumulative', to: 2009 }],
        {},
        { signal: controller.signal },
      ),
    ).rejects.toThrow('cancelled');
  });
});
