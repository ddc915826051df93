/**
 * The Web Worker pool (src/workers/pathsPool.web.ts) wired to an in-process stand-in for
 * `Worker` that runs the real worker handler (src/metrics/paths/protocol.ts) on
 * structured-cloned messages, asynchronously: the pooled numbers must equal the single
 * thread's (and so networkx's) within 1e-9, progress must reach 1, and abort must
 * terminate every worker and reject with CancelledError. (Checked in Chromium by hand as
 * well; this test keeps the wiring honest in Node.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toCsr } from '../../../src/metrics/csr.ts';
import { computePathMetrics } from '../../../src/metrics/paths/index.ts';
import { createPathsWorkerHandler } from '../../../src/metrics/paths/protocol.ts';
import type { PathsReply, PathsRequest } from '../../../src/metrics/paths/protocol.ts';
import { CancelledError } from '../../../src/metrics/types.ts';
import {
  computePathMetricsParallel,
  defaultPathWorkers,
} from '../../../src/workers/pathsPool.web.ts';
import { loadFixture } from '../helpers/fixtures.ts';

const started: StandInWorker[] = [];

class StandInWorker {
  onmessage: ((event: { data: PathsReply }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  terminated = false;
  readonly url: string;
  private readonly handle = createPathsWorkerHandler((reply) => {
    const copy = structuredClone(reply);
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.({ data: copy });
    }, 0);
  });

  constructor(url: URL | string, options: { type: string }) {
    this.url = String(url);
    expect(options.type).toBe('module');
    started.push(this);
  }

  postMessage(request: PathsRequest): void {
    const copy = structuredClone(request);
    setTimeout(() => {
      if (!this.terminated) this.handle(copy);
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  started.length = 0;
});

describe('computePathMetricsParallel (Web Workers)', () => {
  it('equals the single thread on every weighting, with progress to 1', async () => {
    vi.stubGlobal('Worker', StandInWorker);
    const csr = toCsr(loadFixture('lesmis'));
    for (const weighted of [false, true]) {
      const single = computePathMetrics(csr, { weighted });
      const fractions: number[] = [];
      const pooled = await computePathMetricsParallel(
        csr,
        { weighted },
        { workers: 3, onProgress: (f) => fractions.push(f) },
      );
      for (const column of ['betweenness', 'closeness', 'harmonic', 'eccentricity'] as const) {
        for (let i = 0; i < csr.n; i++) {
          expect(Math.abs(pooled[column][i] - single[column][i])).toBeLessThanOrEqual(
            1e-9 * Math.max(1, single[column][i]),
          );
        }
      }
      expect(pooled.diameter).toBe(single.diameter);
      expect(fractions.at(-1)).toBe(1);
    }
    expect(started).toHaveLength(6);
    expect(
      started.every((w) => w.url.endsWith('/src/workers/paths.worker.ts') && w.terminated),
    ).toBe(true);
  });

  it('terminates the workers and rejects with CancelledError on abort', async () => {
    vi.stubGlobal('Worker', StandInWorker);
    const csr = toCsr(loadFixture('holmekim'));
    const controller = new AbortController();
    const run = computePathMetricsParallel(
      csr,
      { weighted: true },
      { workers: 2, signal: controller.signal, onProgress: () => controller.abort() },
    );
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(started.every((w) => w.terminated)).toBe(true);
  });

  it('leaves one core to the page by default, and starts that many workers', async () => {
    expect([1, 2, 8].map(defaultPathWorkers)).toEqual([1, 1, 7]);
    expect(defaultPathWorkers(undefined)).toBe(1);
    vi.stubGlobal('Worker', StandInWorker);
    vi.stubGlobal('navigator', { hardwareConcurrency: 4 });
    await computePathMetricsParallel(toCsr(loadFixture('karate')), { weighted: false });
    expect(started).toHaveLength(3);
  });
});
