/**
 * Degree, strength, eigenvector and PageRank against networkx 3.x
 * (tests/reference/structure.json, scripts/reference/structure.py) on every fixture.
 * Eigenvector and PageRank: within 1e-6 of networkx iterated to tol=1e-13 (the limit), and
 * within 1e-4 of networkx's default tol=1e-6 result (which stops early).
 */
import { describe, expect, it } from 'vitest';
import { csrFromEdges } from '../../../src/metrics/csr.ts';
import { computeDegree } from '../../../src/metrics/centrality/degree.ts';
import { computeWeightedDegree } from '../../../src/metrics/centrality/weightedDegree.ts';
import { computeEigenvector } from '../../../src/metrics/centrality/eigenvector.ts';
import { computePagerank } from '../../../src/metrics/centrality/pagerank.ts';
import {
  NETWORKX_VERSION,
  STRUCTURE_FIXTURES,
  STRUCTURE_REFERENCE,
  expectColumn,
  fixtureCsr,
} from './structureReference.ts';

const EXACT = 1e-9;
const ITERATIVE = 1e-6;

describe('centrality reference', () => {
  it('was computed with networkx 3.x on every fixture', () => {
    expect(NETWORKX_VERSION).toMatch(/^3\./);
    expect(STRUCTURE_FIXTURES).toEqual(
      expect.arrayContaining([
        'davis',
        'disconnected',
        'florentine',
        'holmekim',
        'karate',
        'lesmis',
        'pairs',
        'single',
      ]),
    );
  });
});

describe.each(STRUCTURE_FIXTURES)('centrality on %s', (name) => {
  const csr = fixtureCsr(name);
  const reference = STRUCTURE_REFERENCE[name];

  it('degree and strength equal networkx G.degree()', () => {
    expectColumn(csr, reference, 'degree', computeDegree(csr), EXACT);
    expectColumn(csr, reference, 'strength', computeWeightedDegree(csr), EXACT);
  });

  it.each([
    ['', false],
    ['Weighted', true],
  ] as const)('eigenvector%s equals networkx eigenvector_centrality', (suffix, weighted) => {
    const result = computeEigenvector(csr, { weighted });
    expect(result.converged).toBe(true);
    expect(result.warning).toBeUndefined();
    expectColumn(csr, reference, 'eigenvector' + suffix, result.values, ITERATIVE);
    expectColumn(csr, reference, 'eigenvectorDefault' + suffix, result.values, 1e-4);
  });

  it.each([
    ['', false],
    ['Weighted', true],
  ] as const)('pagerank%s equals networkx pagerank(alpha=0.85)', (suffix, weighted) => {
    const result = computePagerank(csr, { weighted });
    expect(result.converged).toBe(true);
    expectColumn(csr, reference, 'pagerank' + suffix, result.values, ITERATIVE);
    expectColumn(csr, reference, 'pagerankDefault' + suffix, result.values, 1e-4);
    expect(result.values.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});

describe('eigenvector edge cases', () => {
  it('converges on a two-mode (bipartite) graph where iterating on A alone oscillates', () => {
    // Path a-b-c: A has eigenvalues ±√2, so plain power iteration flips; A + I does not.
    const csr = csrFromEdges(3, [0, 1], [1, 2]);
    const { values, converged } = computeEigenvector(csr);
    expect(converged).toBe(true);
    // Perron vector of the path P3: (1, √2, 1) / 2.
    expect(values[0]).toBeCloseTo(0.5, 10);
    expect(values[1]).toBeCloseTo(Math.SQRT1_2, 10);
  });

  it('returns a NaN column and a warning instead of throwing when it cannot converge', () => {
    const csr = fixtureCsr('karate');
    const result = computeEigenvector(csr, { maxIterations: 3 });
    expect(result.converged).toBe(false);
    expect(result.warning).toMatch(/^eigenvector: .*did not converge/);
    expect(Array.from(result.values).every(Number.isNaN)).toBe(true);
    const pr = computePagerank(csr, { maxIterations: 2 });
    expect(pr.converged).toBe(false);
    expect(pr.warning).toMatch(/^pagerank: /);
  });

  it('gives an empty column for an empty graph', () => {
    const csr = csrFromEdges(0, [], []);
    expect(computeEigenvector(csr).values.length).toBe(0);
    expect(computePagerank(csr).values.length).toBe(0);
  });
});
