import { describe, expect, it } from 'vitest';
import { sharedSizeScale } from '../../../src/metrics/compare/sharedScale.ts';

describe('shared size scale', () => {
  it('takes its domain from the largest value over every panel', () => {
    const scale = sharedSizeScale([Float64Array.of(0.1, 0.2), [0.05, 0.4, NaN]], {
      minSize: 10,
      maxSize: 50,
    });
    expect(scale.domain).toEqual([0, 0.4]);
    expect(scale.size(0.4)).toBe(50);
    expect(scale.size(0.2)).toBe(30); // 10 + 40 · 0.2/0.4
    expect(scale.size(0)).toBe(10);
    expect(scale.size(NaN)).toBe(10);
    expect(scale.size(-1)).toBe(10);
    expect(scale.size(9)).toBe(50);
  });

  it('gives equal values equal sizes whatever each panel holds', () => {
    const panels = [[0.2, 0.9], [0.2, 0.3], [0.2]];
    const scale = sharedSizeScale(panels);
    const sizes = panels.map((p) => scale.size(p[0]));
    expect(new Set(sizes).size).toBe(1);
    expect(scale.size(0.9)).toBeGreaterThan(scale.size(0.3));
  });

  it('sqrt makes area proportional to value', () => {
    const scale = sharedSizeScale([[4]], { minSize: 0, maxSize: 20, curve: 'sqrt' });
    expect(scale.size(1)).toBeCloseTo(10, 12);
    expect(scale.size(1) ** 2 / scale.size(4) ** 2).toBeCloseTo(1 / 4, 12);
  });

  it('an all-zero or empty domain draws every node at the minimum', () => {
    expect(sharedSizeScale([[0, 0]]).size(0)).toBe(8);
    expect(sharedSizeScale([]).domain).toEqual([0, 0]);
  });
});
