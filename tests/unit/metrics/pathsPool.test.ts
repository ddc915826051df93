/**
 * The Node worker pool (src/workers/pathsPool.node.ts) gives the single-thread numbers:
 * same columns within 1e-9 relative (only summation order differs), on the reference graphs
 * with several workers, and it honours progress and cancellation.
 */
import { describe, expect, it } from 'vitest';
import { toCsr } from '../../../src/metrics/csr.ts';
import { computePathMetrics } from '../../../src/metrics/paths/index.ts';
import type { PathMetrics } from '../../../src/metrics/paths/index.ts';
import { CancelledError } from '../../../src/metrics/types.ts';
import { computePathMetricsParallel } from '../../../src/workers/pathsPool.node.ts';
import { loadFixture } from '../helpers/fixtures.ts';

function expectSameMetrics(actual: PathMetrics, expected: PathMetrics): void {
  for (const column of ['betweenness', 'closeness', 'harmonic', 'eccentricity'] as const) {
    const a = actual[column];
    const e = expected[column];
    expect(a.length).toBe(e.length);
    for (let i = 0; i < e.length; i++) {
      if (!(Math.abs(a[i] - e[i]) <= 1e-9 * Math.max(1, Math.abs(e[i])))) {
        expect.fail(`${column}[${i}]: pool ${a[i]}, single thread ${e[i]}`);
      }
    }
  }
  expect(actual.diameter).toBe(expected.diameter);
  if (expected.averagePathLength === null) expect(actual.averagePathLength).toBeNull();
  else expect(actual.averagePathLength).toBeCloseTo(expected.averagePathLength, 12);
}

describe('computePathMetricsParallel (worker_threads)', () => {
  for (const [name, workers] of [
    ['holmekim', 3],
    ['disconnected', 2],
    ['pairs', 4],
    ['single', 2],
  ] as const) {
    it(`equals the single thread on ${name} with ${workers} workers, weighted and not`, async () => {
      const csr = toCsr(loadFixture(name));
      for (const weighted of [false, true]) {
        const single = computePathMetrics(csr, { weighted });
        const pooled = await computePathMetricsParallel(csr, { weighted }, { workers });
        expectSameMetrics(pooled, single);
      }
    });
  }

  it('reports progress up to 1 and rejects with CancelledError on abort', async () => {
    const csr = toCsr(loadFixture('holmekim'));
    const fractions: number[] = [];
    await computePathMetricsParallel(
      csr,
      { weighted: false },
      { workers: 2, onProgress: (f) => fractions.push(f) },
    );
    expect(fractions.length).toBe(100);
    expect(fractions.at(-1)).toBe(1);

    const controller = new AbortController();
    const run = computePathMetricsParallel(
      csr,
      { weighted: true },
      { workers: 2, signal: controller.signal, onProgress: () => controller.abort() },
    );
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    const aborted = AbortSignal.abort();
    await expect(
      computePathMetricsParallel(csr, { weighted: false }, { workers: 2, signal: aborted }),
    ).rejects.toBeInstanceOf(CancelledError);
  });
});
