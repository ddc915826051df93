import { describe, expect, it } from 'vitest';
import {
  degreeDistribution,
  mixingShares,
  normaliseProfile,
  sharedShareDomain,
} from '../../../src/metrics/compare/profile.ts';
import { buildComparison } from '../../../src/metrics/compare/table.ts';
import { computeAllMetrics } from '../../../src/metrics/index.ts';
import { loadFixture } from '../helpers/fixtures.ts';

describe('profile normalisation', () => {
  it('min–max per row, reversed where lower is better, nulls kept, equal values at 0.5', () => {
    const table = buildComparison([
      {
        name: 'A',
        figures: { density: 0.1, averagePathLength: 2, eiIndex: 0.3, crossSectorShare: null },
      },
      {
        name: 'B',
        figures: { density: 0.3, averagePathLength: 4, eiIndex: 0.3, crossSectorShare: 0.5 },
      },
      {
        name: 'C',
        figures: { density: 0.2, averagePathLength: 3, eiIndex: 0.3, crossSectorShare: 0.7 },
      },
    ]);
    const axes = Object.fromEntries(normaliseProfile(table).map((a) => [a.key, a]));
    expect(axes.density.values[0]).toBe(0);
    expect(axes.density.values[1]).toBe(1);
    expect(axes.density.values[2]).toBeCloseTo(0.5, 12);
    // Path length has no direction in the table (a tiny largest component has short
    // paths), so its axis is not reversed; components (fewer is better) is.
    expect(axes.averagePathLength.reversed).toBe(false);
    expect(axes.averagePathLength.values).toEqual([0, 1, 0.5]);
    const components = normaliseProfile(
      buildComparison([
        { name: 'A', figures: { components: 2 } },
        { name: 'B', figures: { components: 6 } },
        { name: 'C', figures: { components: 4 } },
      ]),
      ['components'],
    )[0];
    expect(components.reversed).toBe(true);
    expect(components.values).toEqual([1, 0, 0.5]);
    expect(axes.eiIndex.values).toEqual([0.5, 0.5, 0.5]);
    expect(axes.crossSectorShare.values[0]).toBeNull();
    expect(axes.crossSectorShare.values[2]).toBeCloseTo(1, 15);
  });
});

describe('degree distribution', () => {
  it('karate club: shares by degree sum to 1 and match a hand count', () => {
    const graph = loadFixture('karate');
    const degrees = graph.mapNodes((id) => graph.degree(id));
    const distribution = degreeDistribution(degrees);
    expect(distribution.reduce((s, d) => s + d.share, 0)).toBeCloseTo(1, 12);
    // Zachary's karate club: 1 node of degree 1, 11 of degree 2, max degree 17 (node 33)
    expect(distribution[0]).toEqual({ degree: 1, share: 1 / 34 });
    expect(distribution.find((d) => d.degree === 2)!.share).toBeCloseTo(11 / 34, 15);
    expect(distribution.at(-1)!.degree).toBe(17);
  });
});

describe('sector mixing shares', () => {
  it('each tie counted once sums to 1; one domain over several matrices', async () => {
    const result = await computeAllMetrics(loadFixture('karate'));
    const shares = mixingShares(result.indicators.mixing);
    let total = 0;
    for (let i = 0; i < shares.length; i++)
      for (let j = i; j < shares.length; j++) total += shares[i][j];
    expect(total).toBeCloseTo(1, 12);
    const counts = result.indicators.mixing.counts;
    expect(shares[0][1]).toBeCloseTo(counts[0][1] / 78, 15); // karate has 78 ties
    expect(sharedShareDomain([[[0.1, 0.4]], [[0.6]]])).toEqual([0, 0.6]);
  });
});
