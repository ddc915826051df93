import { describe, expect, it } from 'vitest';
import { degreeDistribution, formatValue } from '../../../src/ui/scorecard/format.ts';
import { loadFixture, loadReference } from '../helpers/fixtures.ts';

describe('formatValue', () => {
  it('prints undefined values as a dash', () => {
    expect(formatValue(null)).toBe('—');
    expect(formatValue(NaN)).toBe('—');
    expect(formatValue(Infinity)).toBe('—');
  });
  it('groups integers and rounds reals to three significant digits', () => {
    expect(formatValue(12345)).toBe('12,345');
    expect(formatValue(0.042137)).toBe('0.0421');
    expect(formatValue(-0.25)).toBe('-0.25');
    expect(formatValue(12.3456)).toBe('12.3');
    expect(formatValue(4567.891)).toBe('4,567.9');
    expect(formatValue(0.000000123)).toBe('1.23e-7');
  });
  it('prints shares as percentages', () => {
    expect(formatValue(0.41666, 'crossSectorShare')).toBe('41.7%');
    expect(formatValue(1, 'largestComponentShare')).toBe('100.0%');
    expect(formatValue(null, 'crossSectorShare')).toBe('—');
  });
});

describe('degreeDistribution', () => {
  it('counts actors per degree like networkx degree_histogram on the reference graphs', () => {
    const reference = loadReference<{ histogram: number[] }>('analysis');
    for (const name of ['karate', 'florentine', 'disconnected']) {
      const graph = loadFixture(name);
      const degrees = Float64Array.from(graph.nodes(), (node) => graph.degree(node));
      const bins = degreeDistribution(degrees);
      expect(bins.map((bin) => bin.actors)).toEqual(reference[name].histogram);
      bins.forEach((bin, index) => expect(bin.degree).toBe(index));
      expect(bins.reduce((sum, bin) => sum + bin.actors, 0)).toBe(graph.order);
    }
  });
  it('is empty for an empty column and skips undefined values', () => {
    expect(degreeDistribution(new Float64Array(0))).toEqual([]);
    expect(degreeDistribution(Float64Array.from([1, NaN, 1]))).toEqual([
      { degree: 0, actors: 0 },
      { degree: 1, actors: 2 },
    ]);
  });
});
