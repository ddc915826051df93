import { describe, expect, it } from 'vitest';
import {
  finiteRange,
  legendExamples,
  scaleSizes,
  sizeFor,
  topIndices,
} from '../../../src/ui/appearance/scales.ts';

describe('size scales', () => {
  it('sqrt makes disc area proportional to the value: 0,1,4,9 → evenly spaced diameters', () => {
    expect([...scaleSizes([0, 1, 4, 9], 'sqrt', 10, 40)]).toEqual([10, 20, 30, 40]);
  });

  it('linear maps the range onto min..max', () => {
    expect([...scaleSizes([2, 4, 6], 'linear', 8, 36)]).toEqual([8, 22, 36]);
  });

  it('log spans two decades across the range: ln(1 + 99 t) / ln 100', () => {
    // t = 9/99 gives ln 10 / ln 100 = 1/2, in any units (here betweenness-like 0..0.99).
    const sizes = scaleSizes([0, 0.09, 0.99], 'log', 0, 10);
    expect(sizes[0]).toBe(0);
    expect(sizes[1]).toBeCloseTo(5, 12);
    expect(sizes[2]).toBeCloseTo(10, 12);
  });

  it('measures from the minimum, so negative metrics (E-I index) work with sqrt', () => {
    const sizes = scaleSizes([-1, 0, 1], 'sqrt', 0, 10);
    expect(sizes[0]).toBe(0);
    expect(sizes[1]).toBeCloseTo(10 * Math.sqrt(0.5), 12);
    expect(sizes[2]).toBe(10);
  });

  it('undefined values get the smallest size; one value for all gets the middle', () => {
    expect([...scaleSizes([Number.NaN, 3, 5], 'linear', 4, 8)]).toEqual([4, 4, 8]);
    expect([...scaleSizes([2, 2], 'sqrt', 4, 8)]).toEqual([6, 6]);
    expect(finiteRange([Number.NaN])).toBeNull();
    expect(sizeFor(3, null, 'linear', 4, 8)).toBe(4);
  });

  it('legend examples show low, middle and high values with their sizes', () => {
    expect(legendExamples({ lo: 0, hi: 16 }, 'sqrt', 0, 8)).toEqual([
      { value: 0, size: 0 },
      { value: 8, size: 8 * Math.sqrt(0.5) },
      { value: 16, size: 8 },
    ]);
    expect(legendExamples(null, 'sqrt', 0, 8)).toEqual([]);
    // Counts: the middle example is a count too (27 / 2 → 14, drawn at its own size).
    const counts = legendExamples({ lo: 0, hi: 27 }, 'linear', 0, 27, true);
    expect(counts).toEqual([
      { value: 0, size: 0 },
      { value: 14, size: 14 },
      { value: 27, size: 27 },
    ]);
  });
});

describe('topIndices', () => {
  it('largest first, ties to the earlier index, no zeros or NaN', () => {
    expect(topIndices([3, 0, 5, 3, Number.NaN, 1], 3)).toEqual([2, 0, 3]);
    expect(topIndices([0, 0], 5)).toEqual([]);
    expect(topIndices([0, 0], 5, true)).toEqual([0, 1]);
    expect(topIndices([1, 2], 0)).toEqual([]);
  });
});
