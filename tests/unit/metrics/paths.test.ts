/**
 * The shortest-path kernel against networkx 3.x (tests/reference/paths.json, written by
 * scripts/reference/paths.py) on every reference graph, unweighted and weighted
 * (distance = 1/weight). Tolerance: |ours − networkx| ≤ 1e-9 · max(1, |networkx|).
 */
import { describe, expect, it } from 'vitest';
import { toCsr } from '../../../src/metrics/csr.ts';
import {
  accumulatePaths,
  computePathMetrics,
  createPathWorkspace,
  finalizePaths,
} from '../../../src/metrics/paths/index.ts';
import { CancelledError } from '../../../src/metrics/types.ts';
import { FIXTURE_NAMES, loadFixture, loadReference } from '../helpers/fixtures.ts';

interface PathReference {
  betweenness: number[];
  closeness: number[];
  harmonic: number[];
  eccentricity: number[];
  diameter: number | null;
  averagePathLength: number | null;
}
interface FixtureReference {
  nodes: string[];
  unweighted: PathReference;
  weighted: PathReference;
}

const reference = loadReference<FixtureReference>('paths');
const TOLERANCE = 1e-9;

function expectClose(actual: number, expected: number, what: string): void {
  const error = Math.abs(actual - expected);
  if (!(error <= TOLERANCE * Math.max(1, Math.abs(expected)))) {
    expect.fail(`${what}: got ${actual}, networkx ${expected}`);
  }
}

function expectColumn(actual: Float64Array, expected: number[], what: string): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) expectClose(actual[i], expected[i], `${what}[${i}]`);
}

describe.each(FIXTURE_NAMES)('path metrics on %s', (name) => {
  const csr = toCsr(loadFixture(name));
  const ref = reference[name];

  it('indexes nodes in the reference order', () => {
    expect(csr.ids).toEqual(ref.nodes);
  });

  for (const weighted of [false, true]) {
    const mode = weighted ? 'weighted' : 'unweighted';
    it(`matches networkx (${mode})`, () => {
      const expected = ref[mode];
      const result = computePathMetrics(csr, { weighted });
      expectColumn(result.betweenness, expected.betweenness, 'betweenness');
      expectColumn(result.closeness, expected.closeness, 'closeness');
      expectColumn(result.harmonic, expected.harmonic, 'harmonic');
      expectColumn(result.eccentricity, expected.eccentricity, 'eccentricity');
      if (expected.diameter === null) {
        expect(result.diameter).toBeNull();
        expect(result.averagePathLength).toBeNull();
      } else {
        expectClose(result.diameter!, expected.diameter, 'diameter');
        expectClose(result.averagePathLength!, expected.averagePathLength!, 'averagePathLength');
      }
    });

    it(`gives the same numbers from uneven source ranges merged (${mode})`, () => {
      const whole = computePathMetrics(csr, { weighted });
      const workspace = createPathWorkspace(csr, weighted);
      const cuts = [0, Math.floor(csr.n / 3), Math.floor(csr.n / 3) + 1, csr.n];
      const partials = cuts
        .slice(1)
        .map((to, i) => accumulatePaths(csr, { weighted, from: cuts[i], to }, workspace));
      const split = finalizePaths(csr, partials);
      expectColumn(split.betweenness, Array.from(whole.betweenness), 'betweenness');
      expectColumn(split.closeness, Array.from(whole.closeness), 'closeness');
      expectColumn(split.harmonic, Array.from(whole.harmonic), 'harmonic');
      expect(split.diameter).toBe(whole.diameter);
    });
  }
});

describe('computePathMetrics hooks and guards', () => {
  const csr = toCsr(loadFixture('holmekim'));

  it('reports progress rising to 1', () => {
    const fractions: number[] = [];
    computePathMetrics(csr, { weighted: false }, { onProgress: (f) => fractions.push(f) });
    expect(fractions.length).toBeGreaterThanOrEqual(50);
    for (let i = 1; i < fractions.length; i++)
      expect(fractions[i]).toBeGreaterThan(fractions[i - 1]);
    expect(fractions.at(-1)).toBe(1);
  });

  it('throws CancelledError once the signal is aborted', () => {
    const controller = new AbortController();
    let calls = 0;
    const run = () =>
      computePathMetrics(
        csr,
        { weighted: true },
        {
          signal: controller.signal,
          onProgress: () => {
            if (++calls === 3) controller.abort();
          },
        },
      );
    expect(run).toThrow(CancelledError);
    expect(calls).toBe(3);
  });

  it('refuses to finalise partials that miss sources', () => {
    const partial = accumulatePaths(csr, { weighted: false, from: 0, to: 10 });
    expect(() => finalizePaths(csr, [partial])).toThrow(/cover 10 of 300 sources/);
  });

  it('refuses a source range outside the graph', () => {
    expect(() => accumulatePaths(csr, { weighted: false, from: 0, to: 301 })).toThrow(/outside/);
  });
});
