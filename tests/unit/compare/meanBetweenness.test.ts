/** The closed-form mean betweenness equals the mean of the Brandes kernel's betweenness. */
import { describe, expect, it } from 'vitest';
import { FIXTURE_NAMES, loadFixture } from '../helpers/fixtures.ts';
import { toCsr } from '../../../src/metrics/csr.ts';
import { computePathMetrics } from '../../../src/metrics/paths/index.ts';
import { meanBetweennessUnweighted } from '../../../src/metrics/compare/meanBetweenness.ts';
import { loadReference } from '../helpers/fixtures.ts';

describe.each(FIXTURE_NAMES)('mean betweenness of %s', (name) => {
  it('equals the mean of the per-node betweenness', () => {
    const csr = toCsr(loadFixture(name));
    const { betweenness } = computePathMetrics(csr, { weighted: false });
    const mean = csr.n === 0 ? 0 : betweenness.reduce((s, b) => s + b, 0) / csr.n;
    expect(meanBetweennessUnweighted(csr)).toBeCloseTo(mean, 12);
  });
});

describe.each(FIXTURE_NAMES.filter((n) => n !== 'single' && n !== 'pairs'))(
  'mean betweenness of %s against networkx',
  (name) => {
    it('equals the mean of networkx betweenness_centrality', () => {
      const reference = loadReference('paths') as Record<
        string,
        { unweighted?: { betweenness?: Record<string, number> | number[] } }
      >;
      const betweenness = reference[name]?.unweighted?.betweenness;
      if (betweenness === undefined) throw new Error(`paths.json has no ${name} betweenness`);
      const values = Object.values(betweenness);
      const mean = values.reduce((s, b) => s + b, 0) / values.length;
      expect(meanBetweennessUnweighted(toCsr(loadFixture(name)))).toBeCloseTo(mean, 12);
    });
  },
);
