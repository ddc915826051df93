import { describe, expect, it } from 'vitest';
import { orderByColumn, rankOf } from '../../../src/ui/details/ranking.ts';
import { loadReference } from '../helpers/fixtures.ts';

interface AnalysisReference {
  ids: string[];
  degree: number[];
  rank: number[];
  percentile: number[];
}

const reference = loadReference<AnalysisReference>('analysis');

describe('rankOf (competition ranking, weak percentile)', () => {
  for (const name of ['karate', 'florentine', 'disconnected']) {
    it(`matches scipy rankdata(min) and percentileofscore(weak) on ${name} degrees`, () => {
      const { degree, rank, percentile } = reference[name];
      const column = Float64Array.from(degree);
      degree.forEach((_, index) => {
        const info = rankOf(column, index);
        expect(info).not.toBeNull();
        expect(info?.rank).toBe(rank[index]);
        expect(info?.percentile).toBeCloseTo(percentile[index], 9);
        expect(info?.of).toBe(degree.length);
      });
    });
  }

  it('leaves undefined values out and gives them no rank', () => {
    const column = Float64Array.from([3, NaN, 5, 3, NaN]);
    expect(rankOf(column, 1)).toBeNull();
    expect(rankOf(column, 2)).toEqual({ rank: 1, of: 3, percentile: 100 });
    expect(rankOf(column, 0)).toEqual({ rank: 2, of: 3, percentile: (100 * 2) / 3 });
    expect(rankOf(column, 3)?.rank).toBe(2);
    expect(rankOf(column, 9)).toBeNull();
  });
});

describe('orderByColumn', () => {
  it('sorts descending with NaN last and ties in index order', () => {
    const column = Float64Array.from([2, NaN, 7, 2, -1, NaN]);
    expect([...orderByColumn(column)]).toEqual([2, 0, 3, 4, 1, 5]);
    expect([...orderByColumn(column, true)]).toEqual([4, 0, 3, 2, 1, 5]);
  });

  it('puts the competition-rank-1 node of karate first', () => {
    const { degree, rank } = reference.karate;
    const order = orderByColumn(Float64Array.from(degree));
    expect(rank[order[0]]).toBe(1);
    for (let i = 1; i < order.length; i++)
      expect(degree[order[i - 1]]).toBeGreaterThanOrEqual(degree[order[i]]);
  });
});
